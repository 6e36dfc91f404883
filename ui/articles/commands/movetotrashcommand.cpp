#include "ui/articles/commands/movetotrashcommand.h"

#include "ui/articles/articletrash.h"

namespace PortalDesk::Ui {

MoveToTrashCommand::MoveToTrashCommand(ArticleTrash *trash, const QStringList &ids, const QString &text)
    : m_trash(trash)
    , m_ids(ids)
{
    setText(text);
}

void MoveToTrashCommand::undo()
{
    if (!m_trash)
        return setObsolete(true);
    // An article that cannot come back (its address was taken again) says why and stays
    // in the trash, where Restore can try again later; this step forgets it.
    m_ids = m_trash->restoreAll(m_ids);
    setObsolete(m_ids.isEmpty());
}

void MoveToTrashCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (!m_trash)
        return setObsolete(true);
    m_ids = m_trash->trashAgain(m_ids);
    setObsolete(m_ids.isEmpty());
}

} // namespace PortalDesk::Ui
