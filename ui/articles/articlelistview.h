#pragma once

// The article list as editors use it: a filter bar (status, section, language
// and a search box that filters as they type) above the table of articles.
// With no database open it shows what to do instead of an empty grid.
// Wire copy pasted into the list (Ctrl+V) or .txt files dropped on it are
// handed on as an import request. A right-click menu (and Return, Delete) opens
// the selected articles or asks for them to go to the trash.

#include "core/store/database.h"

#include <QMimeData> // complete: it is a signal's argument
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace PortalDesk::Ui {

class ArticleListModel;

class ArticleListView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    explicit ArticleListView(QWidget *parent = nullptr);

    void setDatabase(DatabasePtr database);
    ArticleListModel *model() const { return m_model; }
    QString currentArticleId() const;
    // Lists both versions of the story `id` belongs to and nothing else, with a bar that
    // says so and shows all again (as does any filter of the filter bar). False when the
    // article has no translation group.
    bool showPairOf(const QString &id);
    bool showsPair() const;
    // The selected articles, in list order (the current one when none is selected).
    QStringList selectedArticleIds() const;

    // Column widths, for the window to keep between sessions.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void articleActivated(const QString &id);
    // The article the list's cursor is on ("" when none), e.g. for the preview to follow.
    void currentArticleChanged(const QString &id);
    void openDatabaseRequested();
    void newDatabaseRequested();
    // Pasted or dropped wire copy (files or text); valid during the call only.
    void importRequested(const QMimeData *mime);
    // Move to Trash (Delete) on these articles; Show Trash… from the menu.
    void trashRequested(const QStringList &ids);
    void trashShown();
    // A short note for the status bar.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *createTable();
    QWidget *createEmptyState();
    QWidget *createPairBar();
    void createArticleActions();
    void showContextMenu(const QPoint &at);
    void resetFilters();
    void enableFilters();
    void loadSections();
    void applyFilter();
    void rememberCurrent();
    void restoreCurrent();
    void updateEmptyState();

    ArticleListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_section = nullptr;
    QComboBox *m_language = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_table = nullptr;
    QFrame *m_pairBar = nullptr;
    QLabel *m_pairLabel = nullptr;
    QAction *m_open = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_showPair = nullptr;
    QAction *m_moveToTrash = nullptr;
    QAction *m_showTrash = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyDetail = nullptr;
    QWidget *m_emptyButtons = nullptr;
    QTimer m_searchDelay;
    QString m_currentBeforeReset;
};

} // namespace PortalDesk::Ui
