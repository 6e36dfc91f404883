#include "core/publish/bundleexporter.h"

#include "core/content/rules.h"
#include "core/digest.h"
#include "core/parallel.h"
#include "core/publish/bundlefolder.h"
#include "core/publish/bundlezip.h"
#include "core/publish/feeds.h"
#include "core/publish/photoencoder.h"
#include "core/publish/redirects.h"
#include "core/publish/sitefiles.h"
#include "core/render/edition.h"
#include "core/render/portalrenderer.h"
#include "core/store/editiontextstore.h"
#include "core/store/exportlock.h"
#include "core/store/mediastore.h"
#include "core/text/scriptconverter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <future>
#include <numeric>

namespace PortalDesk {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PortalDesk::BundleExporter", text, disambiguation, n);
}

// Whether every file of a photo's set is still in the previous bundle (and so kept).
bool keepPhotoSet(BundleFolder &folder, const QString &file, const PhotoSet &set)
{
    for (int width : set.widths) {
        if (!folder.keep(PhotoSet::variantPath(file, width, u"jpg"))
            || (set.webp && !folder.keep(PhotoSet::variantPath(file, width, u"webp"))))
            return false;
    }
    return folder.keep(PhotoSet::sharePath(file));
}

// Theme assets and pictures: content-addressed, so an unchanged name means unchanged bytes.
// Pictures are re-encoded (PhotoEncoder: upright, resized, no EXIF), a few at a time on
// every core; the original is never published. Returns each picture's set of sizes.
Result<PhotoSets> writeAssets(
    const PortalRenderer &renderer, const DatabasePtr &database, BundleFolder &folder, bool reuse, int jobs)
{
    for (auto it = renderer.assetPaths().cbegin(); it != renderer.assetPaths().cend(); ++it) {
        if (reuse && folder.keep(it.value()))
            continue;
        if (auto written = folder.write(it.value(), renderer.theme().assets().value(it.key())); !written)
            return std::unexpected(written.error());
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
    QStringList names = media.values();
    names.sort(); // the same order every time, so the same errors come first
    PhotoSets sets;
    QStringList toEncode;
    for (const QString &name : std::as_const(names)) {
        if (!Rules::isSafeFileName(name))
            return fail(Error::Code::Invalid, tr("refusing the picture name “%1”").arg(name));
        if (reuse) {
            const PhotoSet known = PhotoSet::fromText(folder.previousInput(PhotoSet::sharePath(name)));
            if (known.isValid() && keepPhotoSet(folder, name, known)) {
                sets.insert(name, known);
                continue;
            }
        }
        toEncode.append(name);
    }
    MediaStore mediaStore(database);
    constexpr qsizetype batch = 16; // originals held in memory at once
    for (qsizetype from = 0; from < toEncode.size(); from += batch) {
        QList<std::pair<QString, QByteArray>> originals;
        for (const QString &name : toEncode.mid(from, batch)) {
            auto bytes = mediaStore.get(name); // one connection, this thread
            if (!bytes)
                return std::unexpected(bytes.error());
            originals.append({ name, *bytes });
        }
        QList<Result<PhotoEncoder::Encoded>> encoded(originals.size());
        QList<qsizetype> indices(originals.size());
        std::iota(indices.begin(), indices.end(), 0);
        Result<PhotoEncoder::Encoded> *results = encoded.data();
        Parallel::forEach(jobs, indices, [&](qsizetype i) {
            results[i] = PhotoEncoder::encode(originals.at(i).first, originals.at(i).second);
        });
        for (qsizetype i = 0; i < encoded.size(); ++i) {
            if (!encoded.at(i))
                return std::unexpected(encoded.at(i).error());
            const QString &name = originals.at(i).first;
            const PhotoSet &set = encoded.at(i)->set;
            for (const auto &[path, bytes] : encoded.at(i)->files) {
                // The share image's manifest entry remembers the set for the next update.
                const QByteArray input = path == PhotoSet::sharePath(name) ? set.toText() : QByteArray();
                if (auto written = folder.write(path, bytes, input); !written)
                    return std::unexpected(written.error());
            }
            sets.insert(name, set);
        }
    }
    return sets;
}

// Simplified texts converted by earlier exports, for the articles about to be rendered.
// Returns the ids it could supply; a cache that cannot be read only costs time.
// `preloaded`: all of them, read while the portal was (a full export).
QSet<QString> rememberConversions(const DatabasePtr &database, const PortalSnapshot &snapshot,
    std::optional<Result<QHash<QString, EditionText>>> preloaded)
{
    QSet<QString> supplied;
    const Edition simplified(Language::ZhHans);
    if (!preloaded) {
        QStringList wanted;
        for (const Article &article : snapshot.articles) {
            if (article.language == Language::ZhHantHK && snapshot.isWhole(article.id))
                wanted.append(article.id);
        }
        preloaded = EditionTextStore(database).load(Language::ZhHans, ScriptConverter::fingerprint(), wanted);
    }
    const Result<QHash<QString, EditionText>> &stored = *preloaded;
    if (!stored)
        return supplied;
    for (const Article &article : snapshot.articles) {
        const auto found = stored->constFind(article.id);
        if (found == stored->cend() || found->version != article.version || !snapshot.isWhole(article.id))
            continue;
        simplified.remember(article, found->texts);
        supplied.insert(article.id);
    }
    return supplied;
}

// Keeps the conversions this export made, so the next one does not make them again.
void keepConversions(const DatabasePtr &database, const PortalSnapshot &snapshot, const QSet<QString> &known)
{
    const Edition simplified(Language::ZhHans);
    QList<EditionText> fresh;
    for (const Article &article : snapshot.articles) {
        if (article.language != Language::ZhHantHK || known.contains(article.id)
            || !snapshot.isWhole(article.id))
            continue;
        if (const std::optional<Article> converted = simplified.remembered(article))
            fresh.append({ article.id, article.version, Edition::texts(*converted) });
    }
    // Failing to keep them only means converting again next time.
    (void)EditionTextStore(database).save(Language::ZhHans, ScriptConverter::fingerprint(), fresh);
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

QString ExportReport::leftOutSummary() const
{
    const int total = int(leftOut.size()) + unpublished + archived;
    if (total == 0)
        return {};
    int later = 0, embargoed = 0, picture = 0;
    for (const LeftOut &out : leftOut) {
        switch (out.reason) {
        case LeftOut::Reason::ScheduledLater:
            ++later;
            break;
        case LeftOut::Reason::Embargoed:
            ++embargoed;
            break;
        case LeftOut::Reason::PictureMissing:
            ++picture;
            break;
        case LeftOut::Reason::NotPublished:
        case LeftOut::Reason::Archived:
            break;
        }
    }
    QStringList parts;
    if (later)
        parts << tr("%n scheduled for later", nullptr, later);
    if (embargoed)
        parts << tr("%n under embargo", nullptr, embargoed);
    if (picture)
        parts << tr("%n waiting for a picture", nullptr, picture);
    if (unpublished)
        parts << tr("%n not published (draft or in review)", nullptr, unpublished);
    if (archived)
        parts << tr("%n archived", nullptr, archived);
    return tr("left out %n article(s): %1", nullptr, total).arg(parts.join(QStringLiteral(", ")));
}

QStringList ExportReport::leftOutDetails() const
{
    QStringList lines;
    for (const LeftOut &out : leftOut)
        lines << tr("“%1” (%2): %3").arg(out.headline, out.id, out.reasonText(zone));
    return lines;
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
    // Held on this thread's connection until the end, so declared after the guard above.
    const auto exclusive = ExportLock::take(m_database);
    if (!exclusive)
        return std::unexpected(exclusive.error());
    QElapsedTimer timer;
    timer.start();
    ExportProgress ownProgress;
    ExportProgress &state = progress ? *progress : ownProgress;
    ExportReport report;
    qint64 stepStart = 0;
    const auto step = [&](const char *name) {
        const qint64 now = timer.nsecsElapsed();
        report.steps.append({ QString::fromLatin1(name), double(now - stepStart) / 1e9 });
        stepStart = now;
    };

    std::future<void> freeing; // joined last, once the other large things are freed too
    auto theme = Theme::load(options.themeFolder.isEmpty() ? Theme::defaultFolder() : options.themeFolder);
    if (!theme)
        return std::unexpected(theme.error());
    // Three reads that do not wait for each other run at once: the previous bundle's
    // manifest and OpenCC's dictionaries on two other threads, the portal on this one
    // (which owns the connection). An update reads article summaries, and whole only
    // those it renders; it loads the dictionaries only when a live Traditional article
    // has changed since its conversion was kept (guessing wrong costs only time: the
    // first conversion loads them).
    const QDateTime moment = options.at.isValid() ? options.at.toUTC() : QDateTime::currentDateTimeUtc();
    auto opening = std::async(std::launch::async, [&options] {
        return BundleFolder::open(options.outFolder,
            options.incremental ? BundleFolder::Mode::Update : BundleFolder::Mode::Replace);
    });
    auto converting = std::async(std::launch::async, [&options, &moment, database = m_database] {
        if (options.incremental) {
            const Result<int> missing = EditionTextStore(database).missing(
                Language::ZhHans, ScriptConverter::fingerprint(), moment);
            database->releaseConnection();
            if (missing && *missing == 0)
                return Status();
        }
        return ScriptConverter::preload(Language::ZhHans);
    });
    // A full export converts every Chinese article unless its conversion was kept:
    // those are read on a third thread, with a connection of its own.
    std::future<Result<QHash<QString, EditionText>>> keptTexts;
    if (!options.incremental) {
        keptTexts = std::async(std::launch::async, [database = m_database] {
            auto texts = EditionTextStore(database).loadAll(Language::ZhHans, ScriptConverter::fingerprint());
            database->releaseConnection();
            return texts;
        });
    }
    auto loaded = PortalSnapshot::load(m_database, moment,
        options.incremental ? PortalSnapshot::Articles::Summaries : PortalSnapshot::Articles::Whole);
    auto folder = opening.get();
    if (!folder)
        return std::unexpected(folder.error());
    if (!loaded)
        return std::unexpected(loaded.error());
    const bool reuse = folder->mode() == BundleFolder::Mode::Update;
    step("open the bundle folder, read the portal");

    if (!loaded->portal.logo.isEmpty()) { // the portal's own logo over the theme's
        auto withLogo = theme->withPortalLogo(m_database, loaded->portal.logo);
        if (!withLogo)
            return std::unexpected(withLogo.error());
        *theme = std::move(*withLogo);
    }
    const auto snapshot = std::make_shared<PortalSnapshot>(std::move(*loaded));
    PortalRenderer renderer(snapshot, std::make_shared<const Theme>(std::move(*theme)));
    step("prepare the renderer");
    const QList<PagePlan> pages = renderer.plan();
    for (const PagePlan &page : pages) {
        if (!Rules::isSafeRelativePath(page.path))
            return fail(Error::Code::Invalid, tr("refusing to write outside the bundle: %1").arg(page.path));
    }
    step("plan the pages");
    // The sitemap's parts and their inputs are worked out while the pages are compared
    // (it reads the plan only; the articles change once the comparison is done).
    auto mapping = std::async(std::launch::async,
        [&renderer, &pages] { return std::make_unique<const Feeds::Sitemap>(renderer, pages); });
    state.total = int(pages.size());
    state.done = 0;
    auto photoSets = writeAssets(renderer, m_database, *folder, reuse, options.jobs);
    if (!photoSets)
        return std::unexpected(photoSets.error());
    renderer.setPhotoSets(std::move(*photoSets));

    step("write assets");
    // Unchanged inputs in an update keep the file that is there (looked up on every core).
    QList<char> kept(pages.size(), 0);
    if (reuse) {
        QList<qsizetype> all(pages.size());
        std::iota(all.begin(), all.end(), 0);
        char *flags = kept.data();
        Parallel::forEach(options.jobs, all, [&](qsizetype i) {
            const PagePlan &page = pages.at(i);
            flags[i] = folder->keepUnchanged(page.path, page.inputHash);
        });
    }
    QList<qsizetype> order;
    QStringList rendered;
    int unchanged = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (kept.at(i)) {
            ++unchanged;
            ++state.done;
            continue;
        }
        order.append(i);
        if (pages.at(i).kind == PagePlan::Kind::Article)
            rendered.append(pages.at(i).articleId);
    }
    const std::unique_ptr<const Feeds::Sitemap> sitemap = mapping.get();
    step("compare with the last export");
    if (auto whole = snapshot->loadWhole(m_database, rendered); !whole)
        return std::unexpected(whole.error());
    const QSet<QString> known = rememberConversions(
        m_database, *snapshot, keptTexts.valid() ? std::optional(keptTexts.get()) : std::nullopt);
    step("read articles to render, kept conversions");
    // Feeds and the sitemap, written again only when what they show has changed; before
    // the pages, so that an update does them while OpenCC may still be loading.
    auto writeUnlessKept = [&](const QString &path, const QByteArray &input, const auto &make) -> Status {
        if (reuse && folder->keepUnchanged(path, input))
            return {};
        const Result<QByteArray> bytes = make();
        return bytes ? folder->write(path, *bytes, input) : Status(std::unexpected(bytes.error()));
    };
    for (Language edition : renderer.editions()) {
        // Either feed shows the entries' bodies: loaded only when one of them is written.
        const auto withEntries = [&](auto make) {
            return [&, make]() -> Result<QByteArray> {
                QStringList entries;
                const QList<const Article *> articles = renderer.articlesOf(edition);
                for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), Feeds::FeedLength); ++i)
                    entries.append(articles.at(i)->id);
                if (auto whole = snapshot->loadWhole(m_database, entries); !whole)
                    return std::unexpected(whole.error());
                return make(renderer, edition);
            };
        };
        const auto feed = withEntries(&Feeds::atom);
        const QByteArray input = Feeds::atomInput(renderer, edition);
        if (auto done = writeUnlessKept(Feeds::feedPath(edition), input, feed); !done)
            return std::unexpected(done.error());
        if (auto done = writeUnlessKept(Feeds::jsonFeedPath(edition), input, withEntries(&Feeds::jsonFeed));
            !done)
            return std::unexpected(done.error());
    }
    // The sitemap: each of its files kept unless what it shows has changed.
    for (qsizetype i = 0; i < sitemap->files().size(); ++i) {
        const Feeds::Sitemap::File &file = sitemap->files().at(i);
        if (auto done = writeUnlessKept(
                file.path, file.input, [&]() -> Result<QByteArray> { return sitemap->bytes(i); });
            !done)
            return std::unexpected(done.error());
    }
    // The Google News sitemap converts headlines: made only when its articles changed.
    if (auto done = writeUnlessKept(SiteFiles::NewsSitemapPath, SiteFiles::newsSitemapInput(renderer),
            [&]() -> Result<QByteArray> { return SiteFiles::newsSitemap(renderer); });
        !done)
        return std::unexpected(done.error());
    // robots.txt and /favicon.ico: a few bytes, made every time.
    QList<std::pair<QString, QByteArray>> siteFiles { { QStringLiteral("robots.txt"),
        SiteFiles::robots(renderer) } };
    if (const QByteArray icon = SiteFiles::favicon(renderer); !icon.isEmpty())
        siteFiles.append({ QStringLiteral("favicon.ico"), icon });
    for (const auto &file : std::as_const(siteFiles)) {
        // Not a structured binding: clang 14 (the sanitizer build) cannot capture one.
        const QByteArray &bytes = file.second;
        if (auto done = writeUnlessKept(
                file.first, Digest::sha256Hex(bytes), [&]() -> Result<QByteArray> { return bytes; });
            !done)
            return std::unexpected(done.error());
    }
    // Addresses retired by a slug change keep answering (core/publish/redirects.h).
    const QList<Redirects::Redirect> redirects = Redirects::plan(renderer, pages, snapshot->retiredSlugs);
    for (const Redirects::Redirect &redirect : redirects) {
        if (!Rules::isSafeRelativePath(redirect.from))
            return fail(
                Error::Code::Invalid, tr("refusing to write outside the bundle: %1").arg(redirect.from));
        const QByteArray input = (redirect.to + u'\n' + redirect.title).toUtf8();
        if (auto done = writeUnlessKept(redirect.from, input,
                [&]() -> Result<QByteArray> { return Redirects::page(renderer, redirect); });
            !done)
            return std::unexpected(done.error());
    }
    for (const auto &[path, make] : { std::pair { Redirects::NetlifyPath, &Redirects::netlifyRules },
             std::pair { Redirects::NginxMapPath, &Redirects::nginxMap } }) {
        const QByteArray bytes = make(renderer, redirects);
        if (auto done = writeUnlessKept(
                path, Digest::sha256Hex(bytes), [bytes]() -> Result<QByteArray> { return bytes; });
            !done)
            return std::unexpected(done.error());
    }
    report.redirects = int(redirects.size());
    step("feeds, sitemap and redirects");
    // An update converts a page or two, if any: a missing OpenCC stops it only if it must convert.
    if (const Status converter = converting.get(); !converter && !reuse)
        return std::unexpected(converter.error());

    // Pages, in parallel.
    QMutex errorMutex;
    std::optional<Error> firstError; // guarded by errorMutex
    std::atomic<bool> failed { false };
    Parallel::forEach(options.jobs, order, [&](qsizetype index) {
        if (state.cancel.load() || failed.load())
            return;
        const PagePlan &page = pages.at(index);
        auto html = renderer.renderUtf8(page);
        const Status outcome
            = html ? folder->write(page.path, *html, page.inputHash) : Status(std::unexpected(html.error()));
        if (!outcome) {
            failed = true;
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

    step("render pages");
    if (state.cancel.load()) // the last moment a cancel can still keep the previous bundle
        return fail(Error::Code::Cancelled, tr("the export was cancelled; the previous bundle is unchanged"));
    auto committed = folder->commit(moment, m_database->displayName());
    if (!committed)
        return std::unexpected(committed.error());
    step("write the manifest, swap the bundle in");
    keepConversions(m_database, *snapshot, known);
    step("keep new conversions");

    report.written = int(order.size());
    report.leftOut = snapshot->leftOut;
    report.unpublished = snapshot->unpublished;
    report.archived = snapshot->archived;
    report.zone = snapshot->portal.zone();
    report.unchanged = unchanged;
    const QStringList removed = folder->removed();
    report.removed = int(std::count_if(
        removed.cbegin(), removed.cend(), [](const QString &path) { return path.endsWith(u".html"); }));
    report.bytes = *committed;
    report.outFolder = folder->path();
    if (!options.zipFile.isEmpty()) {
        if (auto zipped = BundleZip::write(folder->path(), options.zipFile); !zipped)
            return std::unexpected(zipped.error());
        step("write the zip");
    }
    // The previous manifest is freed on another thread while this one frees the plan and
    // the snapshot: tens of thousands of small allocations each.
    freeing = std::async(std::launch::async,
        [bundle = std::move(*folder)]() mutable { const BundleFolder done = std::move(bundle); });
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace PortalDesk
