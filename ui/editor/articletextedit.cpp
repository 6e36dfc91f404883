#include "ui/editor/articletextedit.h"

#include "core/text/normaliser.h"

#include <QKeyEvent>
#include <QMimeData>

namespace PortalDesk::Ui {

void ArticleTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasText())
        return;
    textCursor().insertText(Normaliser::normalise(source->text()).text);
    ensureCursorVisible();
}

bool ArticleTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore(); // let Edit ▸ Undo/Redo have it
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void ArticleTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))
        return;
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace PortalDesk::Ui
