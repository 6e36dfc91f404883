#include "core/publish/bundleexporter.h"

#include "core/content/rules.h"
#include "core/publish/bundlefolder.h"
#include "core/publish/bundlezip.h"
#include "core/publish/feeds.h"
#include "core/render/portalrenderer.h"
#include "core/store/mediastore.h"
#include "core/text/scriptconverter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::BundleExporter", text);
}

} // namespace

QString ExportReport::summary() const
{
    const QString size = bytes >= 1024 * 1024
        ? QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
        : QStringLiteral("%1 KB").arg(double(bytes) / 1024, 0, 'f', 1);
    return QStringLiteral("pages written %1 / unchanged %2 / removed %3, %4, %5 s")
        .arg(written)
        .arg(unchanged)
        .arg(removed)
        .arg(size)
        .arg(seconds, 0, 'f', 2);
}

BundleExporter::BundleExporter(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<ExportReport> BundleExporter::run(const ExportOptions &options, ExportProgress *progress)
{
    // Called from a worker thread by the GUI: its connection must not outlive the job.
    const bool worker = QThread::currentThread() != m_database->thread();
    const auto release = qScopeGuard([&] {
        if (worker)
            m_database->releaseConnection();
    });
    QElapsedTimer timer;
    timer.start();
    ExportProgress ownProgress;
    ExportProgress &state = progress ? *progress : ownProgress;

    auto theme = Theme::load(options.themeFolder.isEmpty() ? Theme::defaultFolder() : options.themeFolder);
    if (!theme)
        return std::unexpected(theme.error());
    const QDateTime moment = options.at.isValid() ? options.at.toUTC() : QDateTime::currentDateTimeUtc();
    auto snapshot = PortalSnapshot::load(m_database, moment);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    if (auto loaded = ScriptConverter::preload(); !loaded)
        return std::unexpected(loaded.error());

    const PortalRenderer renderer(std::make_shared<const PortalSnapshot>(std::move(*snapshot)),
        std::make_shared<const Theme>(std::move(*theme)));
    const QList<PagePlan> pages = renderer.plan();
    for (const PagePlan &page : pages) {
        if (!Rules::isSafeRelativePath(page.path))
            return fail(Error::Code::Invalid, tr("refusing to write outside the bundle: %1").arg(page.path));
    }

    auto folder = BundleFolder::open(options.outFolder);
    if (!folder)
        return std::unexpected(folder.error());
    const BundleFolder::Manifest previous = folder->previousManifest();
    const bool reuse = options.incremental && !previous.files.isEmpty();
    state.total = int(pages.size());
    state.done = 0;

    // Theme assets and photos: content-addressed, so an unchanged name means unchanged bytes.
    for (auto it = renderer.assetPaths().cbegin(); it != renderer.assetPaths().cend(); ++it) {
        const bool kept = reuse && folder->keep(it.value());
        if (!kept) {
            if (auto written = folder->write(it.value(), renderer.theme().assets().value(it.key())); !written)
                return std::unexpected(written.error());
        }
    }
    QSet<QString> media;
    for (const Article &article : renderer.snapshot().articles) {
        for (const Photo &photo : article.photos) {
            if (photo.hasPicture()) // a caption still waiting for its picture has nothing to copy
                media.insert(photo.file);
        }
    }
    for (const Promo &promo : renderer.snapshot().promos) {
        if (!promo.image.isEmpty())
            media.insert(promo.image);
    }
    MediaStore mediaStore(m_database);
    for (const QString &name : std::as_const(media)) {
        if (!Rules::isSafeFileName(name))
            return fail(Error::Code::Invalid, tr("refusing the picture name “%1”").arg(name));
        const QString path = QStringLiteral("assets/media/") + name;
        if (reuse && folder->keep(path))
            continue;
        auto bytes = mediaStore.get(name);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (auto written = folder->write(path, *bytes); !written)
            return std::unexpected(written.error());
    }

    // Pages, in parallel. Unchanged inputs in an incremental export keep the old file.
    std::atomic<int> written { 0 };
    std::atomic<int> unchanged { 0 };
    QMutex errorMutex;
    std::optional<Error> firstError; // guarded by errorMutex
    std::atomic<bool> failed { false };
    QThreadPool pool;
    pool.setMaxThreadCount(options.jobs > 0 ? options.jobs : QThread::idealThreadCount());
    QList<qsizetype> order(pages.size());
    std::iota(order.begin(), order.end(), 0);
    QtConcurrent::blockingMap(&pool, order, [&](qsizetype index) {
        if (state.cancel.load() || failed.load())
            return;
        const PagePlan &page = pages.at(index);
        Status outcome;
        if (reuse && previous.inputs.value(page.path) == page.inputHash && folder->keep(page.path)) {
            ++unchanged;
        } else {
            auto html = renderer.render(page);
            outcome = html ? folder->write(page.path, html->toUtf8()) : Status(std::unexpected(html.error()));
            ++written;
        }
        if (!outcome) {
            QMutexLocker lock(&errorMutex);
            if (!firstError)
                firstError = Error { outcome.error().code, outcome.error().message, page.path };
        }
        ++state.done;
    });
    if (firstError)
        return std::unexpected(*firstError);
    if (state.cancel.load())
        return fail(Error::Code::Cancelled, tr("the export was cancelled; the previous bundle is unchanged"));

    for (Language edition : renderer.editions()) {
        if (auto done = folder->write(Feeds::feedPath(edition), Feeds::atom(renderer, edition)); !done)
            return std::unexpected(done.error());
    }
    if (auto done = folder->write(QStringLiteral("sitemap.xml"), Feeds::sitemap(renderer, pages)); !done)
        return std::unexpected(done.error());

    QHash<QString, QByteArray> inputs;
    for (const PagePlan &page : pages)
        inputs.insert(page.path, page.inputHash);
    auto committed = folder->commit(inputs, moment);
    if (!committed)
        return std::unexpected(committed.error());

    ExportReport report;
    report.written = written;
    report.unchanged = unchanged;
    for (auto it = previous.inputs.cbegin(); it != previous.inputs.cend(); ++it)
        report.removed += inputs.contains(it.key()) ? 0 : 1;
    report.bytes = *committed;
    report.outFolder = folder->path();
    if (!options.zipFile.isEmpty()) {
        if (auto zipped = BundleZip::write(folder->path(), options.zipFile); !zipped)
            return std::unexpected(zipped.error());
    }
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace PortalDesk
