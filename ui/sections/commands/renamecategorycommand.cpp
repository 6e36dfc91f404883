#include "ui/sections/commands/renamecategorycommand.h"

#include "ui/sections/categorylistmodel.h"

#include <QCoreApplication>
#include <utility>

namespace PortalDesk::Ui {

RenameCategoryCommand::RenameCategoryCommand(CategoryListModel *model, const QString &key, Language language,
    const QString &before, const QString &after)
    : QUndoCommand(QCoreApplication::translate("PortalDesk::Ui::CategoryCommands", "Rename “%1”")
                       .arg(before.isEmpty() ? key : before))
    , m_model(model)
    , m_key(key)
    , m_language(language)
    , m_before(before)
    , m_after(after)
{ }

void RenameCategoryCommand::undo()
{
    setObsolete(!m_model->rename(m_key, m_language, m_before));
}

void RenameCategoryCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    setObsolete(!m_model->rename(m_key, m_language, m_after));
}

} // namespace PortalDesk::Ui
