#include "ui/preview/previewrenderer.h"

#include "core/backgroundjob.h"
#include "core/render/portalrenderer.h"
#include "core/render/theme.h"
#include "core/store/mediastore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace PortalDesk::Ui {

struct PreviewRenderer::Outcome
{
    PreviewResult result;
    std::shared_ptr<const Theme> theme;
    QString themeFolder; // where `theme` was loaded from
    std::shared_ptr<const PortalSnapshot> snapshot;
    int generation = 0; // of the snapshot the render started with
};

namespace {

void writeOnce(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo::exists(path))
        return; // assets and media are named by their content
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
        file.commit();
    }
}

// The worker's own handle on the database, opened when first needed and closed
// on the worker's thread when the render ends: a connection belongs to one thread.
class WorkerDatabase
{
public:
    explicit WorkerDatabase(QString address)
        : m_address(std::move(address))
    { }

    Result<DatabasePtr> get()
    {
        if (!m_database) {
            Database::Options options;
            options.create = false;
            auto opened = Database::open(m_address, options);
            if (!opened)
                return std::unexpected(opened.error());
            m_database = *opened;
        }
        return m_database;
    }

private:
    QString m_address;
    DatabasePtr m_database;
};

void writeMedia(WorkerDatabase &database, const QString &folder, const QStringList &names)
{
    for (const QString &name : names) {
        const QString path = folder + QStringLiteral("/assets/media/") + name;
        if (name.isEmpty() || name.contains(u'/') || QFileInfo::exists(path))
            continue;
        auto opened = database.get();
        if (!opened)
            return;
        if (auto bytes = MediaStore(*opened).get(name))
            writeOnce(path, *bytes);
    }
}

// Runs on a worker thread: everything it touches is its own or read-only.
std::shared_ptr<PreviewRenderer::Outcome> renderPage(
    PreviewRenderer::Outcome outcome, QString databaseAddress, PreviewRequest request, QString folder)
{
    WorkerDatabase database(databaseAddress);
    auto done = std::make_shared<PreviewRenderer::Outcome>(std::move(outcome));
    PreviewResult &result = done->result;
    result.request = request;
    try {
        if (!done->theme) {
            auto theme = Theme::load(done->themeFolder);
            if (!theme) {
                result.error = theme.error().text();
                return done;
            }
            done->theme = std::make_shared<const Theme>(std::move(*theme));
        }
        if (!done->snapshot) {
            auto opened = database.get();
            if (!opened) {
                result.error = opened.error().text();
                return done;
            }
            auto snapshot = PortalSnapshot::load(*opened, QDateTime::currentDateTimeUtc());
            if (!snapshot) {
                result.error = snapshot.error().text();
                return done;
            }
            done->snapshot = std::make_shared<const PortalSnapshot>(std::move(*snapshot));
        }
        // The portal's own logo over the theme's, as the export does (kept out of the cached theme).
        std::shared_ptr<const Theme> theme = done->theme;
        if (const QString logo = done->snapshot->portal.logo; !logo.isEmpty()) {
            auto opened = database.get();
            if (!opened) {
                result.error = opened.error().text();
                return done;
            }
            auto withLogo = theme->withPortalLogo(*opened, logo);
            if (!withLogo) {
                result.error = withLogo.error().text();
                return done;
            }
            theme = std::make_shared<const Theme>(std::move(*withLogo));
        }
        const PortalRenderer renderer(done->snapshot, theme);
        const auto &assets = theme->assets();
        for (auto it = renderer.assetPaths().cbegin(); it != renderer.assetPaths().cend(); ++it)
            writeOnce(folder + u'/' + it.value(), assets.value(it.key()));

        QStringList media;
        Result<QString> html;
        if (request.page == PreviewRequest::Page::Article) {
            for (const Photo &photo : std::as_const(request.article.photos))
                media.append(photo.file);
            html = renderer.previewArticle(request.article, request.edition, &result.pagePath);
        } else {
            for (const Article *article : renderer.articlesOf(request.edition)) {
                if (!article->photos.isEmpty())
                    media.append(article->photos.first().file);
            }
            for (const Promo &promo : done->snapshot->promos)
                media.append(promo.image);
            result.pagePath = renderer.frontPath(request.edition);
            html = renderer.previewFront(request.edition);
        }
        writeMedia(database, folder, media);
        if (!html) {
            result.error = html.error().text();
            return done;
        }
        result.html = *html;
        result.baseUrl = QUrl::fromLocalFile(folder + u'/' + result.pagePath);
    } catch (const std::exception &failure) {
        // Nothing may escape a worker; the preview says what went wrong instead.
        result.error = QString::fromLocal8Bit(failure.what());
    }
    return done;
}

} // namespace

PreviewRenderer::PreviewRenderer(QObject *parent)
    : QObject(parent)
    , m_job(std::make_unique<BackgroundJob>())
{ }

PreviewRenderer::~PreviewRenderer() = default; // the job waits for a render still running

void PreviewRenderer::setDatabase(DatabasePtr database)
{
    m_database = std::move(database);
    invalidate();
}

void PreviewRenderer::setThemeFolder(const QString &folder)
{
    m_themeFolder = folder;
    m_theme.reset();
}

void PreviewRenderer::invalidate()
{
    m_snapshot.reset();
    ++m_generation; // a render running now must not bring its snapshot back
}

bool PreviewRenderer::isRendering() const
{
    return m_job->isRunning();
}

void PreviewRenderer::request(const PreviewRequest &request)
{
    if (!m_database)
        return;
    if (isRendering()) {
        m_pending = request; // the latest wins
        return;
    }
    start(request);
}

void PreviewRenderer::start(const PreviewRequest &request)
{
    ++m_started;
    Outcome seed { {}, m_theme, m_themeFolder.isEmpty() ? Theme::defaultFolder() : m_themeFolder, m_snapshot,
        m_generation };
    m_job->start(
        [seed = std::move(seed), address = m_database->address(), request,
            folder = m_folder.path()]() mutable {
            return renderPage(std::move(seed), address, request, folder);
        },
        [this](std::shared_ptr<Outcome> outcome) { finished(std::move(outcome)); });
}

void PreviewRenderer::finished(const std::shared_ptr<Outcome> &outcome)
{
    if (outcome) {
        const QString wanted = m_themeFolder.isEmpty() ? Theme::defaultFolder() : m_themeFolder;
        if (outcome->themeFolder == wanted) // not a theme replaced while this render ran
            m_theme = outcome->theme;
        if (!m_snapshot && outcome->generation == m_generation)
            m_snapshot = outcome->snapshot;
    }
    if (m_pending) {
        // A newer request came in while this one rendered: show that one instead.
        const PreviewRequest next = *std::exchange(m_pending, std::nullopt);
        start(next);
        return;
    }
    if (outcome)
        emit rendered(outcome->result);
}

} // namespace PortalDesk::Ui
