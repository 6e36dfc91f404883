#pragma once

// The PortalDesk window: menus, the status bar and the feature widgets, wired
// together. Owns the open database; features get it from here.

#include "core/store/database.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;

namespace PortalDesk::Ui {

class ArticleListView;
class EditorTabs;
class PreviewDock;
class PromoBoard;
class WireCopyImport;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens the database at `address` in place of the current one. On failure
    // says why and keeps the current one. `create` makes a new SQLite file.
    bool openDatabase(const QString &address, bool create = false);
    DatabasePtr database() const { return m_database; }
    EditorTabs *editorTabs() const { return m_tabs; }
    WireCopyImport *wireImport() const { return m_wireImport; }

    // The database opened last time, if it is still there.
    static QString lastDatabase();

public slots:
    // The promo board, sections and columns, export and settings (menus, --show).
    void showPromoBoard();
    void showSectionsAndColumns();
    void showExport();
    void showWireFeeds();
    void showSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void addFeatureActions();
    bool needsDatabase();
    void chooseDatabase();
    void chooseNewDatabase();
    void showAbout();
    void showArticle(const QString &id);
    void updateTitle();
    void updateCounts();
    void rememberOpenArticles() const;
    void reopenArticles();
    void restoreSettings();
    void saveSettings() const;

    DatabasePtr m_database;
    ArticleListView *m_articles = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_counts = nullptr;
    EditorTabs *m_tabs = nullptr;
    PreviewDock *m_preview = nullptr;
    WireCopyImport *m_wireImport = nullptr;
    PromoBoard *m_promoBoard = nullptr;
    QDockWidget *m_promoDock = nullptr;
};

} // namespace PortalDesk::Ui
