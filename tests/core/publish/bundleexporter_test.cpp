#include "bundlecheck.h"
#include "core/publish/bundleexporter.h"
#include "core/store/articlestore.h"
#include "core/store/sql.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <archive.h>
#include <archive_entry.h>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

int xmlElements(const QByteArray &xml, const QString &name, QString *error)
{
    QXmlStreamReader reader(xml);
    int count = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            ++count;
    }
    if (reader.hasError())
        *error = reader.errorString();
    return count;
}

} // namespace

TEST_CASE("the demo portal exports as a complete, consistent bundle", "[publish]")
{
    auto demo = demoPortal();
    demo.database->setUserName(QStringLiteral("陳大文 \"Desk\""));
    const QString out = demo.folder->filePath(QStringLiteral("site"));
    const ExportReport report = exportTo(demo.database, out);
    CHECK(report.written > 40);
    // The manifest says when and by whom, as History names people.
    const QJsonObject manifest
        = QJsonDocument::fromJson(readFile(QDir(out).filePath(QStringLiteral("manifest.json")))).object();
    CHECK(manifest.value(QStringLiteral("exported_by")).toString() == u"陳大文 \"Desk\"");
    CHECK_FALSE(manifest.value(QStringLiteral("exported_at")).toString().isEmpty());
    CHECK(report.unchanged == 0);

    const QStringList files = bundleFiles(out);
    for (const char *path : { "index.html", "zh-hant/index.html", "zh-hans/index.html", "en/index.html",
             "sitemap.xml", "manifest.json", "zh-hant/feed.xml", "zh-hans/feed.xml", "en/feed.xml",
             "zh-hant/sections/finance/index.html", "en/sections/features/index.html" }) {
        INFO(path);
        CHECK(files.contains(QString::fromLatin1(path)));
    }
    bool hashedCss = false;
    for (const QString &file : files)
        hashedCss
            = hashedCss || (file.startsWith(u"assets/style.") && file.endsWith(u".css") && file.size() > 20);
    CHECK(hashedCss);

    CHECK(brokenLinks(out).join(u'\n').toStdString() == "");
    CHECK(manifestProblems(out).join(u'\n').toStdString() == "");

    for (const char *feed : { "zh-hant/feed.xml", "zh-hans/feed.xml", "en/feed.xml" }) {
        QString error;
        const int entries = xmlElements(
            readFile(QDir(out).filePath(QString::fromLatin1(feed))), QStringLiteral("entry"), &error);
        INFO(feed << " " << error.toStdString());
        CHECK(error.isEmpty());
        CHECK(entries > 0);
        CHECK(entries <= 50);
    }
    QString error;
    const QByteArray sitemap = readFile(QDir(out).filePath(QStringLiteral("sitemap.xml")));
    CHECK(xmlElements(sitemap, QStringLiteral("url"), &error) > 30);
    CHECK(error.isEmpty());
    CHECK(sitemap.contains("hreflang=\"zh-Hans\""));
    CHECK(sitemap.contains("https://demo.portaldesk.invalid/en/articles/a-linping-micro-drama-"));

    const QString front = QString::fromUtf8(readFile(QDir(out).filePath(QStringLiteral("index.html"))));
    CHECK(front.contains(u"lang=\"zh-Hant-HK\""));
    CHECK(front.contains(u"港融財經網"));
    CHECK(front.indexOf(u"<meta http-equiv=\"Content-Security-Policy\"") == front.indexOf(u"<head>") + 6);
    // No script but the one JSON-LD data block, which the CSP allows by its hash.
    CHECK(front.count(u"<script", Qt::CaseInsensitive) == 1);
    CHECK(front.count(u"<script type=\"application/ld+json\">") == 1);
}

TEST_CASE("drafts, reviews, future, archived and embargoed articles never leave the building", "[publish]")
{
    auto demo = demoPortal();
    ArticleStore store(demo.database);
    Article embargoed = store.get(QStringLiteral("a-gba-fintech-data-corridor")).value();
    embargoed.embargoUntil = demoMoment().addDays(2);
    REQUIRE(store.save(embargoed));
    // Nor do a live article's desk notes, in any page, feed, sitemap or manifest.
    const QString note = QStringLiteral("desk-note-ZQX7731 記者聯絡電話");
    Article live = store.get(QStringLiteral("a-hibor-carry-trade-zh")).value();
    live.notes = note;
    REQUIRE(store.save(live));

    const QString out = demo.folder->filePath(QStringLiteral("site"));
    exportTo(demo.database, out);
    QStringList hidden { QStringLiteral("a-gba-fintech-data-corridor") };
    for (ArticleStatus status : { ArticleStatus::Draft, ArticleStatus::InReview, ArticleStatus::Scheduled,
             ArticleStatus::Archived }) {
        const QList<ArticleSummary> summaries = store.list({ status, {}, {}, {} }).value();
        for (const ArticleSummary &summary : summaries)
            hidden.append(summary.id);
    }
    REQUIRE(hidden.size() >= 6);
    QStringList headlines;
    for (const QString &id : std::as_const(hidden))
        headlines.append(store.get(id)->headline);

    const QMap<QString, QByteArray> bundle = snapshotOf(out);
    for (auto [path, bytes] : bundle.asKeyValueRange()) {
        const QString text = QString::fromUtf8(bytes);
        CHECK_FALSE(text.contains(u"desk-note-ZQX7731"));
        CHECK_FALSE(text.contains(u"記者聯絡電話"));
        for (qsizetype i = 0; i < hidden.size(); ++i) {
            INFO(path.toStdString() << " shows " << hidden.at(i).toStdString());
            CHECK_FALSE(text.contains(hidden.at(i)));
            CHECK_FALSE(text.contains(headlines.at(i)));
        }
    }
}

TEST_CASE("an incremental export rewrites only the pages that show the changed article", "[publish]")
{
    auto demo = demoPortal();
    const QString out = demo.folder->filePath(QStringLiteral("site"));
    const ExportReport first = exportTo(demo.database, out);
    const QMap<QString, QByteArray> before = snapshotOf(out);

    const ExportReport unchanged = exportTo(demo.database, out, true);
    CHECK(unchanged.written == 0);
    CHECK(unchanged.unchanged == first.written);

    ArticleStore store(demo.database);
    Article article = store.get(QStringLiteral("a-elderly-fall-prevention")).value();
    article.body += QStringLiteral("\n\n更新：社署加開長者熱線。");
    REQUIRE(store.save(article));
    const ExportReport second = exportTo(demo.database, out, true);
    CHECK(second.written > 0);
    CHECK(second.written == 2); // a body edit shows only on its own zh-Hant and zh-Hans pages
    CHECK(second.unchanged == first.written - second.written);
    const QMap<QString, QByteArray> after = snapshotOf(out);
    int changedHtml = 0;
    for (auto [path, bytes] : after.asKeyValueRange()) {
        if (path.endsWith(u".html") && before.value(path) != bytes) {
            ++changedHtml;
            CHECK_FALSE(path.startsWith(u"en/"));
        }
    }
    CHECK(changedHtml == second.written);

    // A new headline shows on cards and in the popular list too, in both Chinese editions.
    article = store.get(article.id).value();
    article.headline = QStringLiteral("家居防跌五招 長者安心過冬（更新）");
    REQUIRE(store.save(article));
    const ExportReport headline = exportTo(demo.database, out, true);
    CHECK(headline.written > 10);
    const QMap<QString, QByteArray> renamed = snapshotOf(out);
    int englishChanged = 0;
    for (auto [path, bytes] : renamed.asKeyValueRange())
        englishChanged
            += path.startsWith(u"en/") && path.endsWith(u".html") && before.value(path) != bytes ? 1 : 0;
    CHECK(englishChanged == 0);
    CHECK(manifestProblems(out).join(u'\n').toStdString() == "");

    article = store.get(article.id).value();
    article.status = ArticleStatus::Archived;
    REQUIRE(store.save(article));
    const ExportReport third = exportTo(demo.database, out, true);
    CHECK(third.removed == 2); // its zh-hant and zh-hans pages
    CHECK(brokenLinks(out).join(u'\n').toStdString() == "");
}

TEST_CASE("exports never destroy what they should not", "[publish]")
{
    auto demo = demoPortal();
    const QString out = demo.folder->filePath(QStringLiteral("site"));

    SECTION("a folder holding other files is refused")
    {
        QDir().mkpath(out);
        QFile note(QDir(out).filePath(QStringLiteral("notes.txt")));
        REQUIRE(note.open(QIODevice::WriteOnly));
        note.write("keep me");
        note.close();
        ExportOptions options;
        options.outFolder = out;
        auto refused = BundleExporter(demo.database).run(options);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("not empty")));
        CHECK(readFile(note.fileName()) == "keep me");
    }
    SECTION("a cancelled export leaves the previous bundle as it was and no temporary folder")
    {
        exportTo(demo.database, out);
        const QMap<QString, QByteArray> before = snapshotOf(out);
        ExportProgress progress;
        progress.cancel = true;
        ExportOptions options;
        options.outFolder = out;
        options.at = demoMoment().addDays(1);
        auto cancelled = BundleExporter(demo.database).run(options, &progress);
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().code == Error::Code::Cancelled);
        CHECK(snapshotOf(out) == before);
        CHECK(QDir(demo.folder->path())
                  .entryList({ QStringLiteral(".site.portaldesk-tmp-*") }, QDir::Dirs | QDir::Hidden)
                  .isEmpty());
    }
    SECTION("a temporary folder left by a killed export is cleaned up next time")
    {
        const QString leftover = demo.folder->filePath(QStringLiteral(".site.portaldesk-tmp-killed"));
        QDir().mkpath(leftover + QStringLiteral("/zh-hant"));
        exportTo(demo.database, out);
        CHECK_FALSE(QFileInfo::exists(leftover));
    }
}

TEST_CASE("the bundle can be written as a zip", "[publish]")
{
    auto demo = demoPortal();
    const QString out = demo.folder->filePath(QStringLiteral("site"));
    const QString zip = demo.folder->filePath(QStringLiteral("site.zip"));
    exportTo(demo.database, out, false, zip);
    const QStringList files = bundleFiles(out);

    QStringList entries;
    archive *reader = archive_read_new();
    archive_read_support_format_zip(reader);
    REQUIRE(archive_read_open_filename(reader, QFile::encodeName(zip).constData(), 65536) == ARCHIVE_OK);
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader, &entry) == ARCHIVE_OK)
        entries.append(QString::fromUtf8(archive_entry_pathname(entry)));
    archive_read_free(reader);
    entries.sort();
    CHECK(entries == files);
}

TEST_CASE("a live article's photo without a picture is left out, not exported broken", "[publish]")
{
    auto demo = demoPortal();
    ArticleStore store(demo.database);
    const QList<Article> live = store.withStatus({ ArticleStatus::Published }).value();
    REQUIRE_FALSE(live.isEmpty());
    // Validation keeps such photos off published articles; rows from an older or foreign
    // client could still hold one, and the export must stay whole.
    const QString caption = QStringLiteral("圖為尚未配圖的說明。");
    for (const Article &article : live) {
        REQUIRE(Sql::run(Sql::connection(*demo.database),
            QStringLiteral(
                "INSERT INTO article_photos (article_id, position, file, caption) VALUES (?, ?, '', ?)"),
            { article.id, int(article.photos.size()), caption }));
    }

    const QString out = demo.folder->filePath(QStringLiteral("site"));
    exportTo(demo.database, out);
    CHECK(brokenLinks(out).join(u'\n').toStdString() == "");
    CHECK(manifestProblems(out).join(u'\n').toStdString() == "");
    for (auto [path, bytes] : snapshotOf(out).asKeyValueRange()) {
        const QString text = QString::fromUtf8(bytes);
        INFO(path.toStdString());
        CHECK_FALSE(text.contains(u"src=\"\""));
        CHECK_FALSE(text.contains(u"assets/media/\""));
        CHECK_FALSE(text.contains(caption));
        CHECK_FALSE(text.contains(u"尚未配图"));
    }
}
