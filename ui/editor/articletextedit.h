#pragma once

// A plain-text field of the article editor (the body, the Simplified body):
// pasted and dropped text goes through the normaliser (NFC, LF, no control
// characters), and the widget's own undo keys are left to Edit ▸ Undo/Redo,
// which step the article's undo stack.

#include <QPlainTextEdit>

namespace PortalDesk::Ui {

class ArticleTextEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    void insertFromMimeData(const QMimeData *source) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace PortalDesk::Ui
