#include "ui/editor/editortabs.h"

#include "core/store/articlestore.h"
#include "core/store/portalstore.h"
#include "core/store/recoverystore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/articleform.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace PortalDesk::Ui {

EditorTabs::EditorTabs(QWidget *listPage, QWidget *parent)
    : QTabWidget(parent)
    , m_listPage(listPage)
    , m_undo(new QUndoGroup(this))
{
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setElideMode(Qt::ElideRight);
    addTab(listPage, tr("Articles"));
    // The list stays: no close button on its tab.
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *editor = qobject_cast<ArticleEditor *>(widget(index)))
            closeEditor(editor);
    });
    connect(this, &QTabWidget::currentChanged, this, [this] {
        ArticleEditor *editor = currentEditor();
        if (!editor)
            m_undo->setActiveStack(currentWidget() == m_listPage ? m_listUndo : nullptr);
        else
            m_undo->setActiveStack(editor->isReadOnly() ? nullptr : editor->document()->undoStack());
        updateActions();
        emit currentEditorChanged(editor);
    });
    setRecoveryFolder(defaultRecoveryFolder());
}

EditorTabs::~EditorTabs() = default;

QString EditorTabs::defaultRecoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

void EditorTabs::setDatabase(DatabasePtr database)
{
    m_database = std::move(database);
    updateActions();
}

void EditorTabs::setRecoveryFolder(const QString &folder)
{
    m_recovery = std::make_shared<RecoveryStore>(folder);
    for (ArticleEditor *editor : editors())
        editor->document()->setRecoveryStore(m_recovery);
}

QList<ArticleEditor *> EditorTabs::editors() const
{
    QList<ArticleEditor *> found;
    for (int i = 0; i < count(); ++i) {
        if (auto *editor = qobject_cast<ArticleEditor *>(widget(i)))
            found.append(editor);
    }
    return found;
}

ArticleEditor *EditorTabs::currentEditor() const
{
    return qobject_cast<ArticleEditor *>(currentWidget());
}

ArticleEditor *EditorTabs::editorFor(const QString &articleId) const
{
    for (ArticleEditor *editor : editors()) {
        if (editor->document()->id() == articleId)
            return editor;
    }
    return nullptr;
}

ArticleEditor *EditorTabs::addEditor(ArticleEditor *editor)
{
    ArticleDocument *document = editor->document();
    document->setRecoveryStore(m_recovery);
    m_undo->addStack(document->undoStack());
    connect(editor, &ArticleEditor::statusChanged, this, [this, editor] {
        updateTab(editor);
        if (editor == currentEditor())
            updateActions();
    });
    connect(editor, &ArticleEditor::message, this, &EditorTabs::message);
    connect(editor, &ArticleEditor::openArticleRequested, this, &EditorTabs::openArticle);
    connect(editor, &ArticleEditor::openDraftRequested, this, &EditorTabs::openDraft);
    const int index = addTab(editor, QString());
    updateTab(editor);
    setCurrentIndex(index);
    return editor;
}

ArticleEditor *EditorTabs::openArticle(const QString &id)
{
    if (ArticleEditor *open = editorFor(id)) {
        setCurrentWidget(open);
        return open;
    }
    if (!m_database)
        return nullptr;
    auto article = ArticleStore(m_database).get(id);
    if (!article) {
        emit message(tr("Cannot open the article: %1").arg(article.error().text()));
        return nullptr;
    }
    auto *document = new ArticleDocument(m_database);
    document->load(*article);
    return addEditor(new ArticleEditor(document));
}

ArticleEditor *EditorTabs::openDraft(const Article &draft)
{
    if (!m_database)
        return nullptr;
    auto *document = new ArticleDocument(m_database);
    document->load(draft);
    return addEditor(new ArticleEditor(document));
}

ArticleEditor *EditorTabs::newArticle()
{
    if (!m_database)
        return nullptr;
    ArticleEditor *editor = openDraft(ArticleDocument::newArticle());
    if (editor)
        editor->form()->lineEdit(ArticleField::Headline)->setFocus();
    return editor;
}

QStringList EditorTabs::openArticleIds() const
{
    QStringList ids;
    for (ArticleEditor *editor : editors()) {
        if (!editor->document()->isNew())
            ids.append(editor->document()->id());
    }
    return ids;
}

void EditorTabs::reopen(const QStringList &ids, const QString &current)
{
    QWidget *before = currentWidget();
    for (const QString &id : ids) {
        if (!editorFor(id) && m_database && ArticleStore(m_database).get(id))
            openArticle(id);
    }
    if (before != m_listPage)
        setCurrentWidget(before); // opened on purpose (--open, recovery): it stays in front
    else if (ArticleEditor *editor = editorFor(current))
        setCurrentWidget(editor);
    else
        setCurrentWidget(m_listPage);
}

void EditorTabs::updateTab(ArticleEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    setTabText(index, editor->tabTitle());
    setTabToolTip(index, editor->document()->title());
}

EditorTabs::CloseAnswer EditorTabs::askClose(ArticleEditor *editor)
{
    if (m_closeQuestion)
        return m_closeQuestion(editor);
    setCurrentWidget(editor);
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
        tr("Save the changes to “%1” before closing?").arg(editor->document()->title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("If you don't save, your changes will be lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return CloseAnswer::Save;
    case QMessageBox::Discard:
        return CloseAnswer::Discard;
    default:
        return CloseAnswer::Cancel;
    }
}

bool EditorTabs::closeEditor(ArticleEditor *editor)
{
    if (!settle(editor))
        return false;
    dropEditor(editor);
    return true;
}

bool EditorTabs::settle(ArticleEditor *editor)
{
    if (!editor->document()->isDirty() || editor->isReadOnly())
        return true; // nothing to ask (a taken-over editor's typing goes to recovery)
    switch (askClose(editor)) {
    case CloseAnswer::Cancel:
        return false;
    case CloseAnswer::Save:
        return editor->save();
    case CloseAnswer::Discard:
        break;
    }
    return true;
}

void EditorTabs::dropEditor(ArticleEditor *editor)
{
    ArticleDocument *document = editor->document();
    if (document->isDirty() && editor->isReadOnly()) {
        // Taken over: the text cannot be saved here and is never thrown away unasked.
        document->writeRecovery();
        emit message(tr("Your unsaved changes to “%1” are kept as a recovery copy; PortalDesk offers them "
                        "back when it next starts.")
                         .arg(document->title()));
    } else {
        document->discardRecovery();
    }
    m_undo->removeStack(document->undoStack());
    removeTab(indexOf(editor));
    editor->deleteLater();
}

bool EditorTabs::closeCurrent()
{
    ArticleEditor *editor = currentEditor();
    return editor && closeEditor(editor);
}

bool EditorTabs::closeAll()
{
    // Every question first, and only then any tab closes: a Cancel (or a save that fails)
    // on the third tab leaves all of them open, as they were.
    const QList<ArticleEditor *> open = editors();
    for (ArticleEditor *editor : open) {
        if (!settle(editor))
            return false;
    }
    for (ArticleEditor *editor : open)
        dropEditor(editor);
    return true;
}

EditorTabs::RecoveryAnswer EditorTabs::askRecovery(const RecoveredArticle &recovered)
{
    if (m_recoveryQuestion)
        return m_recoveryQuestion(recovered);
    const QString headline = recovered.article.headline.trimmed().isEmpty()
        ? tr("Untitled")
        : recovered.article.headline.trimmed();
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
        tr("PortalDesk stopped before “%1” was saved.").arg(headline), QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("Your unsaved changes from %1 were kept. Restore them in a tab?")
            .arg(workflowTime(recovered.writtenAt.toUTC(),
                m_database ? PortalStore(m_database).get().value_or(Portal()).zone() : Portal().zone())));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        return RecoveryAnswer::Restore;
    if (box.clickedButton() == discard)
        return RecoveryAnswer::Discard;
    return RecoveryAnswer::Later;
}

int EditorTabs::offerRecovery()
{
    if (!m_database || !m_recovery)
        return 0;
    int restored = 0;
    for (const RecoveredArticle &recovered : m_recovery->list(m_database->address())) {
        if (editorFor(recovered.article.id))
            continue; // this window is editing it now
        switch (askRecovery(recovered)) {
        case RecoveryAnswer::Restore: {
            auto *document = new ArticleDocument(m_database);
            document->loadRecovered(recovered.article);
            addEditor(new ArticleEditor(document));
            ++restored;
            break;
        }
        case RecoveryAnswer::Discard:
            m_recovery->remove(recovered.article.id);
            break;
        case RecoveryAnswer::Later:
            break;
        }
    }
    return restored;
}

void EditorTabs::addFileActions(QMenu *file)
{
    QAction *create = file->addAction(tr("New &Article"), this, [this] { newArticle(); });
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("newArticleAction"));
    m_newArticle = create;
    QAction *save = file->addAction(tr("&Save Article"), this, [this] {
        if (ArticleEditor *editor = currentEditor())
            editor->save();
    });
    save->setShortcut(QKeySequence::Save);
    QAction *revert = file->addAction(tr("Re&vert Article…"), this, [this] {
        if (ArticleEditor *editor = currentEditor())
            editor->revert();
    });
    QAction *history = file->addAction(tr("Revision &History…"), this, [this] {
        if (ArticleEditor *editor = currentEditor())
            editor->showHistory();
    });
    QAction *close = file->addAction(tr("&Close Article"), this, &EditorTabs::closeCurrent);
    close->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4) });
    m_editorActions = { save, revert, history, close };
    m_toolBarActions = { create, save };
    updateActions();
}

void EditorTabs::setListUndoStack(QUndoStack *stack)
{
    m_listUndo = stack;
    m_undo->addStack(stack);
    if (currentWidget() == m_listPage)
        m_undo->setActiveStack(stack);
}

void EditorTabs::addEditActions(QMenu *edit)
{
    QAction *undo = m_undo->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Only while an editor is showing: the article list has its own Ctrl+F for its search box.
    m_find = edit->addAction(tr("&Find…"), this, [this] {
        if (ArticleEditor *editor = currentEditor())
            editor->showFind(false);
    });
    m_find->setShortcut(QKeySequence::Find);
    QAction *replace = edit->addAction(tr("Find and &Replace…"), this, [this] {
        if (ArticleEditor *editor = currentEditor())
            editor->showFind(true);
    });
    // Ctrl+R everywhere, as the README promises (QKeySequence::Replace is Ctrl+H on some
    // desktops and nothing on others), and the desktop's own key besides.
    QList<QKeySequence> replaceKeys { QKeySequence(Qt::CTRL | Qt::Key_R) };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Replace)) {
        if (!replaceKeys.contains(key))
            replaceKeys.append(key);
    }
    replace->setObjectName(QStringLiteral("replaceAction"));
    replace->setShortcuts(replaceKeys);
    edit->addSeparator();
    QAction *simplified = edit->addAction(tr("Convert to &Simplified"), this, [this] {
        if (ArticleEditor *editor = currentEditor())
            editor->convert(true);
    });
    QAction *traditional = edit->addAction(tr("Convert to &Traditional"), this, [this] {
        if (ArticleEditor *editor = currentEditor())
            editor->convert(false);
    });
    m_editorActions << m_find << replace << simplified << traditional;
    updateActions();
}

void EditorTabs::addToolBarActions(QToolBar *toolBar)
{
    for (QAction *action : std::as_const(m_toolBarActions)) {
        toolBar->addAction(action);
        action->setToolTip(action->text().remove(u'&') + QStringLiteral(" (")
            + action->shortcut().toString(QKeySequence::NativeText) + u')');
    }
    // Short fixed labels: the menu's Undo/Redo carry the changing "Undo Edit headline" text.
    QAction *undo = toolBar->addAction(tr("Undo"), m_undo, &QUndoGroup::undo);
    QAction *redo = toolBar->addAction(tr("Redo"), m_undo, &QUndoGroup::redo);
    undo->setEnabled(m_undo->canUndo());
    redo->setEnabled(m_undo->canRedo());
    connect(m_undo, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoGroup::undoTextChanged, undo, &QAction::setToolTip);
    connect(m_undo, &QUndoGroup::redoTextChanged, redo, &QAction::setToolTip);
}

QWidget *EditorTabs::createStatusWidget()
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 8, 0);
    row->setSpacing(8);
    m_counts = new QLabel;
    m_lint = new QLabel;
    m_saveState = new QLabel;
    for (QLabel *label : { m_counts, m_lint, m_saveState }) {
        auto *line = new QFrame;
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        row->addWidget(label);
        row->addWidget(line);
    }
    updateActions();
    return box;
}

void EditorTabs::updateActions()
{
    ArticleEditor *editor = currentEditor();
    for (QAction *action : std::as_const(m_editorActions))
        action->setEnabled(editor != nullptr);
    if (m_newArticle) {
        m_newArticle->setEnabled(m_database != nullptr);
        m_newArticle->setToolTip(m_database
                ? tr("New article (%1)").arg(m_newArticle->shortcut().toString(QKeySequence::NativeText))
                : tr("Open or create a database first (File menu)"));
    }
    if (!m_counts)
        return;
    m_counts->parentWidget()->setVisible(editor != nullptr);
    if (editor) {
        m_counts->setText(editor->countsText());
        m_lint->setText(editor->lintText());
        m_saveState->setText(editor->saveStateText());
    }
}

} // namespace PortalDesk::Ui
