#include "ui/editor/bodyeditor.h"

#include "ui/editor/articletextedit.h"
#include "ui/editor/markdownhighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

BodyEditor::BodyEditor(QTextDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar)
    , m_text(new ArticleTextEdit)
{
    m_text->setDocument(document);
    m_text->setObjectName(QStringLiteral("body"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Write the story in Markdown…"));
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_text->setFont(font);
    new MarkdownHighlighter(document);

    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this](const QString &text, const QString &tip, const QKeySequence &keys, auto slot) {
        QAction *action = m_toolBar->addAction(text, this, slot);
        action->setToolTip(keys.isEmpty()
                ? tip
                : tip + QStringLiteral(" (") + keys.toString(QKeySequence::NativeText) + u')');
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        return action;
    };
    add(tr("B", "bold"), tr("Bold"), QKeySequence::Bold,
        [this] { wrapSelection(QStringLiteral("**"), QStringLiteral("**"), tr("bold text")); });
    add(tr("I", "italic"), tr("Italic"), QKeySequence::Italic,
        [this] { wrapSelection(QStringLiteral("*"), QStringLiteral("*"), tr("italic text")); });
    add(tr("H", "heading"), tr("Heading"), {}, [this] { prefixLines(QStringLiteral("## ")); });
    add(tr("Quote"), tr("Quote"), {}, [this] { prefixLines(QStringLiteral("> ")); });
    add(tr("List"), tr("Bulleted list"), {}, [this] { prefixLines(QStringLiteral("- ")); });
    add(tr("Link…"), tr("Link"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { insertLink(); });
    add(tr("Photo…"), tr("Insert a photo from a file"), {}, [this] { emit insertPhotoRequested(); });
    m_toolBar->addSeparator();
    add(tr("→ 简"), tr("Convert the selection (or the whole text) to Simplified Chinese"), {},
        [this] { emit convertRequested(true); });
    add(tr("→ 繁"), tr("Convert the selection (or the whole text) to Traditional Chinese (Hong Kong)"), {},
        [this] { emit convertRequested(false); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_text, 1);
    layout->addWidget(createFindBar());
}

QMenu *BodyEditor::createContextMenu(const QPoint &position)
{
    return m_text->createContextMenu(position);
}

void BodyEditor::setUndoStack(QUndoStack *stack)
{
    m_text->setUndoStack(stack);
}

QWidget *BodyEditor::createFindBar()
{
    m_findBar = new QWidget;
    m_find = new QLineEdit;
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit;
    m_replace->setPlaceholderText(tr("Replace with"));
    m_findStatus = new QLabel;

    auto *previous = new QToolButton;
    previous->setText(tr("Previous"));
    auto *next = new QToolButton;
    next->setText(tr("Next"));
    auto *close = new QToolButton;
    close->setText(tr("Close"));
    auto *replace = new QPushButton(tr("Replace"));
    auto *replaceAllButton = new QPushButton(tr("Replace All"));

    auto *rows = new QVBoxLayout(m_findBar);
    rows->setContentsMargins(0, 2, 0, 2);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_findStatus);
    findRow->addWidget(close);
    m_replaceRow = new QWidget;
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replace);
    replaceRow->addWidget(replaceAllButton);
    rows->addLayout(findRow);
    rows->addWidget(m_replaceRow);
    m_findBar->hide();

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(replace, &QPushButton::clicked, this, &BodyEditor::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &BodyEditor::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        m_text->setFocus();
    });
    auto *escape = new QShortcut(
        QKeySequence(Qt::Key_Escape), m_findBar, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, close, &QToolButton::click);
    return m_findBar;
}

void BodyEditor::showRange(qsizetype offset, qsizetype size)
{
    QTextCursor cursor(m_text->document());
    const int end = m_text->document()->characterCount() - 1;
    cursor.setPosition(std::clamp(int(offset), 0, end));
    cursor.setPosition(std::clamp(int(offset + size), 0, end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    m_text->setFocus(Qt::OtherFocusReason);
}

void BodyEditor::replaceRange(qsizetype offset, qsizetype size, const QString &text)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(offset));
    cursor.setPosition(int(offset + size), QTextCursor::KeepAnchor);
    cursor.insertText(text);
}

void BodyEditor::wrapSelection(const QString &before, const QString &after, const QString &placeholder)
{
    QTextCursor cursor = m_text->textCursor();
    const QString selected = cursor.selectedText();
    const QString inner = selected.isEmpty() ? placeholder : selected;
    cursor.beginEditBlock();
    const int start = cursor.selectionStart();
    cursor.insertText(before + inner + after);
    cursor.endEditBlock();
    cursor.setPosition(start + int(before.size()));
    cursor.setPosition(start + int(before.size() + inner.size()), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->setFocus();
}

void BodyEditor::prefixLines(const QString &prefix)
{
    QTextCursor cursor = m_text->textCursor();
    QTextBlock block = m_text->document()->findBlock(cursor.selectionStart());
    const QTextBlock last = m_text->document()->findBlock(cursor.selectionEnd());
    QTextCursor edit(m_text->document());
    edit.beginEditBlock();
    while (block.isValid()) {
        edit.setPosition(block.position());
        if (block.text().startsWith(prefix)) {
            edit.setPosition(block.position() + int(prefix.size()), QTextCursor::KeepAnchor);
            edit.removeSelectedText();
        } else {
            edit.insertText(prefix);
        }
        if (block == last)
            break;
        block = block.next();
    }
    edit.endEditBlock();
    m_text->setFocus();
}

void BodyEditor::insertLink()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Insert Link"), tr("Link (https://…):"), QLineEdit::Normal, QStringLiteral("https://"), &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    wrapSelection(QStringLiteral("["), QStringLiteral("](") + url + u')', tr("link text"));
}

void BodyEditor::showFindBar(bool withReplace)
{
    m_findBar->show();
    m_replaceRow->setVisible(withReplace);
    const QString selected = m_text->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

bool BodyEditor::findNext(bool backwards)
{
    if (m_find->text().isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    bool found = m_text->find(m_find->text(), flags);
    if (!found) { // wrap around
        QTextCursor cursor = m_text->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(cursor);
        found = m_text->find(m_find->text(), flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

void BodyEditor::replaceCurrent()
{
    QTextCursor cursor = m_text->textCursor();
    if (cursor.hasSelection() && cursor.selectedText() == m_find->text())
        cursor.insertText(m_replace->text());
    findNext();
}

int BodyEditor::replaceAll()
{
    if (m_find->text().isEmpty())
        return 0;
    int count = 0;
    QTextCursor edit(m_text->document());
    edit.beginEditBlock();
    QTextCursor found = m_text->document()->find(m_find->text(), 0);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = m_text->document()->find(m_find->text(), found.position());
    }
    edit.endEditBlock();
    m_findStatus->setText(tr("%n replaced", nullptr, count));
    return count;
}

} // namespace PortalDesk::Ui
