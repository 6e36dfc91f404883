#pragma once

// The PortalDesk window: menus, the status bar and the feature widgets, wired
// together. Owns the open database; features get it from here.

#include "core/store/changewatch.h"
#include "core/store/database.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;

namespace PortalDesk::Ui {

class ArticleListView;
class ArticleTrash;
class EditorTabs;
class FeedPoller;
class PreviewDock;
class PortalFileImport;
class PromoBoard;
class WireCopyImport;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens the database at `address` in place of the current one. On failure
    // says why and keeps the current one. `create` makes a new SQLite file.
    // A newsroom server address without a password takes the one the system keychain
    // keeps for it, if any.
    bool openDatabase(const QString &address, bool create = false);
    DatabasePtr database() const { return m_database; }
    EditorTabs *editorTabs() const { return m_tabs; }
    WireCopyImport *wireImport() const { return m_wireImport; }
    PortalFileImport *portalFileImport() const { return m_portalFile; }
    ArticleTrash *trash() const { return m_trash; }

    // What Help ▸ About says: version, git revision, database schema version, Qt.
    QString aboutText() const;

    // The database opened last time, if it is still there.
    static QString lastDatabase();

public slots:
    // The promo board, sections and columns, export and settings (menus, --show).
    void showPromoBoard();
    void showSectionsAndColumns();
    void showExport();
    void showPublish();
    void showWireFeeds();
    void showSettings();
    void showAbout();
    // File ▸ Connect to Newsroom Server…: asks until connected or cancelled; `address`
    // and `problem` fill the dialog (a server that refused at start-up).
    void connectToServer(const QString &address = {}, const QString &problem = {});
    // A portaldesk/1 file (*.portaldesk.json) loaded into a new database, then opened.
    void openPortalFile(const QString &file);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool openDatabase(const QString &address, bool create, QString *failure);
    void createMenus();
    void addFeatureActions();
    bool needsDatabase();
    void chooseDatabase();
    void chooseNewDatabase();
    void choosePortalFile();
    void showArticle(const QString &id);
    void updateTitle();
    void updateCounts();
    void rememberOpenArticles() const;
    void reopenArticles();
    void restoreSettings();
    void saveSettings() const;

    DatabasePtr m_database;
    std::unique_ptr<ChangeWatch> m_watch;
    FeedPoller *m_feedPoller = nullptr; // the open portal's wire feeds, polled while it is open
    ArticleListView *m_articles = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_counts = nullptr;
    EditorTabs *m_tabs = nullptr;
    PreviewDock *m_preview = nullptr;
    bool m_previewSized = false; // the preview has had its first width (see restoreSettings)
    WireCopyImport *m_wireImport = nullptr;
    PortalFileImport *m_portalFile = nullptr;
    ArticleTrash *m_trash = nullptr;
    PromoBoard *m_promoBoard = nullptr;
    QDockWidget *m_promoDock = nullptr;
    QAction *m_sectionsAction = nullptr;
    QLabel *m_offline = nullptr; // "Offline — reconnecting…" while the server is away
};

} // namespace PortalDesk::Ui
