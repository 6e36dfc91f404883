#pragma once

// Move to Trash as an undoable step of the article list: undo restores the articles
// (those that can come back), redo moves them to the trash again. The move itself has
// been made when the command is pushed, so its first redo does nothing.

#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

namespace PortalDesk::Ui {

class ArticleTrash;

class MoveToTrashCommand : public QUndoCommand
{
public:
    MoveToTrashCommand(ArticleTrash *trash, const QStringList &ids, const QString &text);

    void undo() override;
    void redo() override;

private:
    QPointer<ArticleTrash> m_trash;
    QStringList m_ids;
    bool m_done = true; // the move was made before the push
};

} // namespace PortalDesk::Ui
