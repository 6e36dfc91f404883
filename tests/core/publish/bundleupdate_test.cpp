// Incremental exports update the bundle in place through a journal; the
// Simplified conversions an export makes are kept for the next one.

#include "bundlecheck.h"
#include "core/publish/bundleexporter.h"
#include "core/publish/bundlefolder.h"
#include "core/render/edition.h"
#include "core/store/articlestore.h"
#include "core/store/editiontextstore.h"
#include "core/text/editionformat.h"
#include "core/text/scriptconverter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

ino_t inodeOf(const QString &path)
{
    struct stat info;
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_ino;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString articlePage(const QString &bundle, const QString &folder, const QString &id)
{
    const QStringList pages = QDir(bundle + u'/' + folder + QStringLiteral("/articles"))
                                  .entryList({ id + QStringLiteral("-*.html") }, QDir::Files);
    REQUIRE(pages.size() == 1);
    return bundle + u'/' + folder + QStringLiteral("/articles/") + pages.first();
}

} // namespace

TEST_CASE("an incremental export replaces changed files in place and leaves the rest alone", "[publish]")
{
    auto demo = demoPortal();
    const QString out = demo.folder->filePath(QStringLiteral("site"));
    exportTo(demo.database, out, false);
    const ino_t sitemap = inodeOf(out + QStringLiteral("/sitemap.xml"));
    const ino_t front = inodeOf(out + QStringLiteral("/index.html"));

    const ExportReport same = exportTo(demo.database, out, true);
    CHECK(same.written == 0);
    CHECK(inodeOf(out + QStringLiteral("/sitemap.xml")) == sitemap); // nothing it shows changed
    CHECK(inodeOf(out + QStringLiteral("/index.html")) == front);

    ArticleStore store(demo.database);
    Article article = store.get(QStringLiteral("a-elderly-fall-prevention")).value();
    article.body += QStringLiteral("\n\n補充：熱線今日起延長服務。");
    const Article saved = store.save(article).value();
    const QString page = articlePage(out, QStringLiteral("zh-hant"), article.id);
    const ino_t before = inodeOf(page);
    exportTo(demo.database, out, true);
    CHECK(inodeOf(page) != before);
    CHECK(readFile(page).contains("熱線今日起延長服務"));
    CHECK(readFile(articlePage(out, QStringLiteral("zh-hans"), article.id)).contains("热线今日起延长服务"));
    CHECK(inodeOf(out + QStringLiteral("/index.html")) == front);
    // Its update time shows in the sitemap, which follows.
    CHECK(readFile(out + QStringLiteral("/sitemap.xml"))
              .contains(QByteArray(
                  "<lastmod>" + EditionFormat::isoUtc(saved.updatedAt).toLatin1() + "</lastmod>")));
    CHECK(manifestProblems(out).join(u'\n').toStdString() == "");
    CHECK(QDir(demo.folder->path())
              .entryList({ QStringLiteral(".site.*") }, QDir::Dirs | QDir::Hidden)
              .isEmpty());

    SECTION("a page deleted by hand comes back")
    {
        QFile::remove(page);
        const ExportReport repaired = exportTo(demo.database, out, true);
        CHECK(repaired.written == 1);
        CHECK(QFileInfo::exists(page));
        CHECK(manifestProblems(out).join(u'\n').toStdString() == "");
    }
    SECTION("a manifest written by an earlier PortalDesk (plain JSON layout) is still understood")
    {
        const QString manifest = out + QStringLiteral("/manifest.json");
        const QJsonDocument json = QJsonDocument::fromJson(readFile(manifest));
        REQUIRE(json.isObject());
        writeFile(manifest, json.toJson(QJsonDocument::Indented));
        const ExportReport again = exportTo(demo.database, out, true);
        CHECK(again.written == 0);
        CHECK(again.unchanged > 40);
    }
    SECTION("so is the layout before inputs moved onto each file's line (an \"inputs\" object)")
    {
        const QString manifest = out + QStringLiteral("/manifest.json");
        QJsonObject root = QJsonDocument::fromJson(readFile(manifest)).object();
        QJsonObject files = root.value(QStringLiteral("files")).toObject();
        QJsonObject inputs;
        for (auto it = files.begin(); it != files.end(); ++it) {
            QJsonObject entry = it.value().toObject();
            if (entry.contains(QStringLiteral("input")))
                inputs.insert(it.key(), entry.take(QStringLiteral("input")));
            it.value() = entry;
        }
        REQUIRE(inputs.size() > 40);
        root.insert(QStringLiteral("files"), files);
        root.insert(QStringLiteral("inputs"), inputs);
        writeFile(manifest, QJsonDocument(root).toJson(QJsonDocument::Indented));
        const ExportReport again = exportTo(demo.database, out, true);
        CHECK(again.written == 0);
        CHECK(again.unchanged > 40);
        // Written back in today's layout, which the next update reads the fast way.
        CHECK(readFile(manifest).contains(", \"input\": \""));
        CHECK_FALSE(readFile(manifest).contains("\"inputs\""));
        CHECK(exportTo(demo.database, out, true).written == 0);
    }
}

TEST_CASE("an update killed after its commit is finished by the next export; one killed before is dropped",
    "[publish]")
{
    auto demo = demoPortal();
    const QString out = demo.folder->filePath(QStringLiteral("site"));
    exportTo(demo.database, out, false);
    const QMap<QString, QByteArray> bundle = snapshotOf(out);

    SECTION("staged but not committed: the bundle stays exactly as it was")
    {
        const QString staging = demo.folder->filePath(QStringLiteral(".site.portaldesk-tmp-killed"));
        writeFile(staging + QStringLiteral("/index.html"), "half an export");
        REQUIRE(BundleFolder::open(out, BundleFolder::Mode::Update).has_value());
        CHECK_FALSE(QFileInfo::exists(staging));
        CHECK(snapshotOf(out) == bundle);
    }
    SECTION("committed: the journal's moves and deletions are carried out")
    {
        const QString commit = demo.folder->filePath(QStringLiteral(".site.portaldesk-commit-killed"));
        writeFile(commit + QStringLiteral("/zh-hant/index.html"), "the new front page");
        writeFile(commit + QStringLiteral("/.portaldesk-journal"),
            "move zh-hant/index.html\nmove en/index.html\ndelete en/feed.xml\nend\n");
        // en/index.html was moved in before the kill: already gone from the commit folder.
        REQUIRE(BundleFolder::open(out, BundleFolder::Mode::Update).has_value());
        CHECK_FALSE(QFileInfo::exists(commit));
        CHECK(readFile(out + QStringLiteral("/zh-hant/index.html")) == "the new front page");
        CHECK(readFile(out + QStringLiteral("/en/index.html"))
            == bundle.value(QStringLiteral("en/index.html")));
        CHECK_FALSE(QFileInfo::exists(out + QStringLiteral("/en/feed.xml")));
        // The next export puts right whatever the manifest no longer matches.
        exportTo(demo.database, out, true);
        CHECK(manifestProblems(out).join(u'\n').toStdString() == "");
        CHECK(snapshotOf(out).value(QStringLiteral("zh-hant/index.html"))
            == bundle.value(QStringLiteral("zh-hant/index.html")));
    }
    SECTION("a journal naming a path outside the bundle is refused")
    {
        const QString commit = demo.folder->filePath(QStringLiteral(".site.portaldesk-commit-evil"));
        writeFile(commit + QStringLiteral("/x.html"), "x");
        writeFile(
            commit + QStringLiteral("/.portaldesk-journal"), "move x.html\ndelete ../outside.txt\nend\n");
        writeFile(demo.folder->filePath(QStringLiteral("outside.txt")), "keep me");
        auto opened = BundleFolder::open(out, BundleFolder::Mode::Update);
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().message.contains(QStringLiteral("outside the bundle")));
        CHECK(readFile(demo.folder->filePath(QStringLiteral("outside.txt"))) == "keep me");
    }
    SECTION("a journal cut short is not trusted and nothing is touched")
    {
        const QString commit = demo.folder->filePath(QStringLiteral(".site.portaldesk-commit-torn"));
        writeFile(commit + QStringLiteral("/zh-hant/index.html"), "torn");
        writeFile(commit + QStringLiteral("/.portaldesk-journal"), "move zh-hant/index.html\n");
        auto opened = BundleFolder::open(out, BundleFolder::Mode::Update);
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().message.contains(QStringLiteral("incomplete")));
        CHECK(snapshotOf(out) == bundle);
    }
}

TEST_CASE("Simplified conversions are kept per article version and used by the next export", "[publish]")
{
    auto demo = demoPortal();
    const QString out = demo.folder->filePath(QStringLiteral("site"));
    exportTo(demo.database, out, false);

    ArticleStore store(demo.database);
    const Article article = store.get(QStringLiteral("a-elderly-fall-prevention")).value();
    EditionTextStore texts(demo.database);
    auto kept = texts.load(Language::ZhHans, ScriptConverter::fingerprint(), { article.id });
    REQUIRE(kept.has_value());
    REQUIRE(kept->contains(article.id));
    CHECK(kept->value(article.id).version == article.version);
    const QStringList converted = kept->value(article.id).texts;
    CHECK(converted == Edition::texts(Edition(Language::ZhHans).localise(article).value()));
    // Every live Traditional article has its conversion: an update need not load OpenCC.
    CHECK(texts.missing(Language::ZhHans, ScriptConverter::fingerprint(), demoMoment()).value() == 0);
    CHECK(texts.missing(Language::ZhHans, QStringLiteral("another converter"), demoMoment()).value() > 0);

    // A marked text in the cache shows up in the next export: it was used, not converted again.
    QStringList marked = converted;
    marked[1] = QStringLiteral("缓存里的标题");
    REQUIRE(texts.save(
        Language::ZhHans, ScriptConverter::fingerprint(), { { article.id, article.version, marked } }));
    exportTo(demo.database, demo.folder->filePath(QStringLiteral("second")), false);
    CHECK(readFile(
        articlePage(demo.folder->filePath(QStringLiteral("second")), QStringLiteral("zh-hans"), article.id))
              .contains("缓存里的标题"));

    // Another converter, or a newer version of the article, and the cache is not trusted.
    CHECK(texts.load(Language::ZhHans, QStringLiteral("another converter"), { article.id })->isEmpty());
    Article edited = article;
    edited.standfirst += QStringLiteral("（更新）");
    REQUIRE(store.save(edited));
    CHECK(texts.load(Language::ZhHans, ScriptConverter::fingerprint(), { article.id })->isEmpty());
    CHECK(texts.missing(Language::ZhHans, ScriptConverter::fingerprint(), demoMoment()).value() == 1);
    // The update that follows converts it (loading OpenCC) and keeps the conversion.
    const ExportReport update = exportTo(demo.database, out, true);
    CHECK(update.written >= 2);
    CHECK(readFile(articlePage(out, QStringLiteral("zh-hans"), article.id)).contains("（更新）"));
    CHECK(texts.missing(Language::ZhHans, ScriptConverter::fingerprint(), demoMoment()).value() == 0);
    exportTo(demo.database, demo.folder->filePath(QStringLiteral("third")), false);
    const QByteArray third = readFile(
        articlePage(demo.folder->filePath(QStringLiteral("third")), QStringLiteral("zh-hans"), article.id));
    CHECK_FALSE(third.contains("缓存里的标题"));
    CHECK(third.contains("（更新）"));
}

TEST_CASE("two exports never work on one bundle at once", "[publish]")
{
    auto demo = demoPortal();
    const QString out = demo.folder->filePath(QStringLiteral("site"));
    exportTo(demo.database, out);
    const QMap<QString, QByteArray> bundle = snapshotOf(out);
    {
        auto running = BundleFolder::open(out, BundleFolder::Mode::Update); // another export, under way
        REQUIRE(running.has_value());
        ExportOptions options;
        options.outFolder = out;
        options.at = demoMoment();
        auto refused = BundleExporter(demo.database).run(options);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::Conflict);
        CHECK(refused.error().message.contains(QStringLiteral("another export")));
        CHECK(snapshotOf(out) == bundle);
    }
    CHECK(exportTo(demo.database, out, true).written == 0); // once it is over, exports go ahead
}
