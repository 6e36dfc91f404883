#pragma once

// The window's centre: the article list as the first, fixed tab and one
// editor tab per open article after it. Opens, creates and closes editors
// (asking about unsaved changes), keeps their undo stacks in one group for
// Edit ▸ Undo/Redo, and offers to restore work left by a crash.

#include "core/content/article.h"
#include "core/store/database.h"

#include <QTabWidget>
#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace PortalDesk {
class RecoveryStore;
struct RecoveredArticle;
} // namespace PortalDesk

namespace PortalDesk::Ui {

class ArticleEditor;

class EditorTabs : public QTabWidget
{
    Q_OBJECT

public:
    enum class CloseAnswer { Save, Discard, Cancel };
    enum class RecoveryAnswer { Restore, Discard, Later };
    using CloseQuestion = std::function<CloseAnswer(ArticleEditor *editor)>;
    using RecoveryQuestion = std::function<RecoveryAnswer(const RecoveredArticle &recovered)>;

    explicit EditorTabs(QWidget *listPage, QWidget *parent = nullptr);
    ~EditorTabs() override;

    // Editors of the previous database must be closed first (closeAll()).
    void setDatabase(DatabasePtr database);
    void setRecoveryFolder(const QString &folder);
    // Where the GUI keeps recovery files: AppDataLocation/recovery.
    static QString defaultRecoveryFolder();

    // Tests answer the questions these would otherwise ask in a dialog.
    void setCloseQuestion(CloseQuestion question) { m_closeQuestion = std::move(question); }
    void setRecoveryQuestion(RecoveryQuestion question) { m_recoveryQuestion = std::move(question); }

    ArticleEditor *openArticle(const QString &id);
    ArticleEditor *openDraft(const Article &draft);
    ArticleEditor *newArticle();
    ArticleEditor *currentEditor() const;
    ArticleEditor *editorFor(const QString &articleId) const;
    QList<ArticleEditor *> editors() const;

    // The stored articles open in tabs, in tab order (new, unsaved ones have no id to reopen by).
    QStringList openArticleIds() const;
    // Opens these again, as at the last quit; `current` becomes the current tab
    // unless an editor already is. Articles since deleted are skipped.
    void reopen(const QStringList &ids, const QString &current);

    bool closeEditor(ArticleEditor *editor);
    bool closeCurrent();
    // Asks about every editor with unsaved changes; false when the user cancels.
    bool closeAll();
    // For each recovery file of this database: restore, discard or keep for later.
    int offerRecovery();

    // File and Edit menu entries for editing (New Article, Save, Close, Undo, …).
    void addFileActions(QMenu *file);
    void addEditActions(QMenu *edit);
    // New Article, Save, Undo, Redo for the window's toolbar (after the menus exist).
    void addToolBarActions(QToolBar *toolBar);
    // The status bar part that shows the current article's counts, lint and save state.
    QWidget *createStatusWidget();
    QUndoGroup *undoGroup() const { return m_undo; }
    // The article list's own steps (Move to Trash): Edit ▸ Undo's while the list is in front.
    void setListUndoStack(QUndoStack *stack);

signals:
    void currentEditorChanged(PortalDesk::Ui::ArticleEditor *editor);
    void message(const QString &text);

private:
    ArticleEditor *addEditor(ArticleEditor *editor);
    // Asks about unsaved typing (Save, Discard, Cancel); false when the tab must stay.
    bool settle(ArticleEditor *editor);
    // Closes the tab without asking (a taken-over editor's typing goes to recovery).
    void dropEditor(ArticleEditor *editor);
    void updateTab(ArticleEditor *editor);
    void updateActions();
    CloseAnswer askClose(ArticleEditor *editor);
    RecoveryAnswer askRecovery(const RecoveredArticle &recovered);

    QWidget *m_listPage;
    DatabasePtr m_database;
    std::shared_ptr<RecoveryStore> m_recovery;
    QUndoGroup *m_undo;
    QUndoStack *m_listUndo = nullptr;
    QList<QAction *> m_editorActions;
    QAction *m_newArticle = nullptr; // only with a database open
    QAction *m_find = nullptr;
    QList<QAction *> m_toolBarActions; // New Article, Save, Undo, Redo
    QLabel *m_counts = nullptr;
    QLabel *m_lint = nullptr;
    QLabel *m_saveState = nullptr;
    CloseQuestion m_closeQuestion;
    RecoveryQuestion m_recoveryQuestion;
};

} // namespace PortalDesk::Ui
