#include "ui/editor/commands/bodyeditcommand.h"

#include <QTextDocument>

namespace PortalDesk::Ui {

BodyEditCommand::BodyEditCommand(QTextDocument *document, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{ }

void BodyEditCommand::undo()
{
    m_document->undo();
}

void BodyEditCommand::redo()
{
    if (m_done) {
        m_done = false; // QUndoStack::push calls redo(); the text is already there
        return;
    }
    m_document->redo();
}

} // namespace PortalDesk::Ui
