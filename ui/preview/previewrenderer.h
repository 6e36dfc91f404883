#pragma once

// Renders preview pages with core's PortalRenderer off the GUI thread and
// writes what they need (the theme's hashed assets, the photos) into a
// folder, so the page shows there exactly as it will in the export. While a
// render runs, new requests are coalesced: at most one waits, and the latest
// replaces it. No widgets here: the preview dock shows the results.

#include "core/content/article.h"
#include "core/store/database.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <optional>

namespace PortalDesk {
class BackgroundJob;
struct PortalSnapshot;
class Theme;
} // namespace PortalDesk

namespace PortalDesk::Ui {

struct PreviewRequest
{
    enum class Page { Article, Front };
    Page page = Page::Article;
    Article article; // as typed, for Article pages
    Language edition = Language::ZhHantHK;
};

struct PreviewResult
{
    PreviewRequest request;
    QString html; // empty when `error` says why
    QUrl baseUrl; // where the page would be in the bundle, inside the asset folder
    QString pagePath;
    QString error;
};

class PreviewRenderer : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;

    void setDatabase(DatabasePtr database);
    // The theme to render with (ThemeFolder::effective()); the next render loads it.
    void setThemeFolder(const QString &folder);
    // Published content changed: the next render reads a fresh snapshot.
    void invalidate();
    void request(const PreviewRequest &request);

    bool isRendering() const;
    int rendersStarted() const { return m_started; }
    QString folder() const { return m_folder.path(); }

    struct Outcome; // what a worker hands back: the result and what it loaded

signals:
    void rendered(const PortalDesk::Ui::PreviewResult &result);

private:
    void start(const PreviewRequest &request);
    void finished(const std::shared_ptr<Outcome> &outcome);

    DatabasePtr m_database;
    QTemporaryDir m_folder;
    QString m_themeFolder;
    std::shared_ptr<const Theme> m_theme;
    std::shared_ptr<const PortalSnapshot> m_snapshot;
    std::optional<PreviewRequest> m_pending;
    int m_started = 0;
    int m_generation = 0;
    std::unique_ptr<BackgroundJob> m_job; // last: destroyed first, waiting for a running render
};

} // namespace PortalDesk::Ui
