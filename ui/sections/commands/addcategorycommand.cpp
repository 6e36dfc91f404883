#include "ui/sections/commands/addcategorycommand.h"

#include "ui/sections/categorylistmodel.h"

#include <QCoreApplication>
#include <utility>

namespace PortalDesk::Ui {

AddCategoryCommand::AddCategoryCommand(CategoryListModel *model, const Category &category)
    : QUndoCommand(QCoreApplication::translate("PortalDesk::Ui::CategoryCommands", "Add “%1”")
                       .arg(CategoryListModel::labelOf(category)))
    , m_model(model)
    , m_category(category)
{ }

void AddCategoryCommand::undo()
{
    setObsolete(!m_model->remove(m_category.key));
}

void AddCategoryCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    setObsolete(!m_model->add(m_category));
}

} // namespace PortalDesk::Ui
