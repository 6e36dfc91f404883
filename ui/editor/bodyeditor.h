#pragma once

// The Markdown body of an article: a plain-text editor with a formatting
// toolbar (bold, italic, heading, quote, list, link, photo, script conversion),
// light highlighting and a find/replace bar. Pasted text passes the
// normaliser. Undo and redo belong to the article's stack, not to this widget.

#include "ui/editor/articletextedit.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTextDocument;
class QToolBar;
class QUndoStack;

namespace PortalDesk::Ui {

class BodyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BodyEditor(QTextDocument *document, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QToolBar *toolBar() const { return m_toolBar; }

    // The article's stack: the context menu's Undo and Redo act on it, as Ctrl+Z does.
    void setUndoStack(QUndoStack *stack); // for the right-click Undo/Redo
    // The text's right-click menu (the caller owns it).
    QMenu *createContextMenu(const QPoint &position);

    // Selects `size` UTF-16 units at `offset` and shows them.
    void showRange(qsizetype offset, qsizetype size);
    // Replaces `size` units at `offset` as one undo step.
    void replaceRange(qsizetype offset, qsizetype size, const QString &text);

    void wrapSelection(const QString &before, const QString &after, const QString &placeholder);
    void prefixLines(const QString &prefix);
    void insertLink();

    void showFindBar(bool withReplace);
    bool findNext(bool backwards = false);
    void replaceCurrent();
    int replaceAll();

signals:
    void insertPhotoRequested();
    void convertRequested(bool toSimplified);

private:
    QWidget *createFindBar();

    QToolBar *m_toolBar;
    ArticleTextEdit *m_text;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QWidget *m_replaceRow = nullptr;
    QLabel *m_findStatus = nullptr;
};

} // namespace PortalDesk::Ui
