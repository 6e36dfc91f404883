#include "ui/sections/commands/reordercategoriescommand.h"

#include "ui/sections/categorylistmodel.h"

#include <utility>

namespace PortalDesk::Ui {

ReorderCategoriesCommand::ReorderCategoriesCommand(
    CategoryListModel *model, const QStringList &before, const QStringList &after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(before)
    , m_after(after)
{ }

void ReorderCategoriesCommand::undo()
{
    setObsolete(!m_model->applyOrder(m_before));
}

void ReorderCategoriesCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    setObsolete(!m_model->applyOrder(m_after));
}

} // namespace PortalDesk::Ui
