#include "ui/editor/articletextedit.h"

#include "core/text/normaliser.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>

namespace PortalDesk::Ui {

QMenu *ArticleTextEdit::createContextMenu(const QPoint &position)
{
    QMenu *menu = createStandardContextMenu(position);
    if (!m_undoStack)
        return menu;
    // QPlainTextEdit's own Undo/Redo would step the text behind the article's
    // stack; these take the same steps as Edit ▸ Undo/Redo.
    const QList<QAction *> actions = menu->actions();
    for (QAction *own : actions) {
        const bool undo = own->objectName() == u"edit-undo";
        if (!undo && own->objectName() != u"edit-redo")
            continue;
        // Translated where the body editor had them (this class has no tr() of its own).
        QAction *action = undo ? m_undoStack->createUndoAction(
                              menu, QCoreApplication::translate("PortalDesk::Ui::BodyEditor", "&Undo"))
                               : m_undoStack->createRedoAction(
                                   menu, QCoreApplication::translate("PortalDesk::Ui::BodyEditor", "&Redo"));
        action->setShortcut(undo ? QKeySequence::Undo : QKeySequence::Redo);
        action->setObjectName(own->objectName());
        menu->insertAction(own, action);
        menu->removeAction(own);
        own->deleteLater();
    }
    return menu;
}

void ArticleTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

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
