#pragma once

// Undo step for one edit of the Markdown body. The body's QTextDocument keeps
// its own undo history (so typing merges the way every text editor does); each
// step it records is mirrored here, on the article's QUndoStack, so body edits
// and field edits undo in the order they were made. Undo and redo call the
// document's own undo()/redo(). The body editor never calls those directly.

#include <QUndoCommand>

class QTextDocument;

namespace PortalDesk::Ui {

class BodyEditCommand : public QUndoCommand
{
public:
    BodyEditCommand(QTextDocument *document, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    QTextDocument *m_document;
    bool m_done = true; // the edit has happened when the command is pushed
};

} // namespace PortalDesk::Ui
