#include "ui/sections/commands/removecategorycommand.h"

#include "ui/sections/categorylistmodel.h"

#include <QCoreApplication>
#include <utility>

namespace PortalDesk::Ui {

RemoveCategoryCommand::RemoveCategoryCommand(CategoryListModel *model, const Category &category)
    : QUndoCommand(QCoreApplication::translate("PortalDesk::Ui::CategoryCommands", "Remove “%1”")
                       .arg(CategoryListModel::labelOf(category)))
    , m_model(model)
    , m_category(category)
    , m_order(model->keys())
{ }

void RemoveCategoryCommand::undo()
{
    setObsolete(!m_model->add(m_category) || !m_model->applyOrder(m_order));
}

void RemoveCategoryCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    setObsolete(!m_model->remove(m_category.key));
}

} // namespace PortalDesk::Ui
