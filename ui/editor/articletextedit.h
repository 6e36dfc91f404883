#pragma once

// A plain-text field of the article editor (the body, the Simplified body):
// pasted and dropped text goes through the normaliser (NFC, LF, no control
// characters), and Undo/Redo — keys and right-click menu — step the article's
// undo stack, never the widget's own history.

#include <QPlainTextEdit>

class QMenu;
class QUndoStack;

namespace PortalDesk::Ui {

class ArticleTextEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // The standard menu with Undo and Redo taken from the article's stack.
    QMenu *createContextMenu(const QPoint &position);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QUndoStack *m_undoStack = nullptr;
};

} // namespace PortalDesk::Ui
