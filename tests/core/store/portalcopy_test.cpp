// Moving a portal between engines (issue 13): everything arrives, verified, or nothing does.

#include "core/exchange/interchange.h"
#include "core/exchange/portalcopy.h"
#include "core/search/articlesearch.h"
#include "core/store/articlestore.h"
#include "core/store/feedlog.h"
#include "core/store/translationpairs.h"
#include "core/store/trashstore.h"
#include "storetesting.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

const QString demoFile = QStringLiteral(PORTALDESK_SOURCE_DIR "/resources/demo/portal.json");

// The demo portal in a SQLite file, with one article saved twice (two revisions).
DatabasePtr demoFileDatabase(const QTemporaryDir &folder)
{
    auto database = Database::open(folder.filePath(QStringLiteral("source.sqlite")));
    REQUIRE(database.has_value());
    REQUIRE(Interchange::loadFile(*database, demoFile).has_value());
    ArticleStore store(*database);
    Article article = store.get(QStringLiteral("a-hibor-carry-trade-zh")).value();
    article.standfirst = QStringLiteral("拆息回落，套息交易降溫。"); // its translation is behind now
    REQUIRE(store.save(article).has_value());
    // A live page's retired path, and an article in the trash.
    Article renamed = store.get(QStringLiteral("a-picasso-auction-en")).value();
    renamed.slug = QStringLiteral("picasso-upside");
    REQUIRE(store.save(renamed).has_value());
    REQUIRE(TrashStore(*database).moveToTrash(QStringLiteral("a-serene-bay-launch-en")).has_value());
    // The wire feeds the desk follows, with their log and interval.
    FeedLog feeds(*database);
    REQUIRE(feeds.put(QStringLiteral("https://www.example.gov.hk/rss.xml"),
        QJsonObject { { QStringLiteral("seen"), QJsonArray { QStringLiteral("release-1") } } }));
    REQUIRE(feeds.setPollMinutes(15));
    return *database;
}

// What a portal holds beside its articles' fields: pairs, retired paths, the trash, the feeds.
void checkSideTables(const DatabasePtr &database)
{
    const auto link = TranslationPairs(database).linkOf(QStringLiteral("a-hibor-carry-trade-en")).value();
    REQUIRE(link.has_value());
    CHECK(link->originalId == u"a-hibor-carry-trade-zh");
    CHECK(link->behind == 1);
    CHECK(ArticleStore(database).retiredSlugs().value().value(QStringLiteral("a-picasso-auction-en"))
        == QStringList { QStringLiteral("how-much-upside-is-left-in-picasso") });
    const QList<TrashedArticle> trashed = TrashStore(database).list().value();
    REQUIRE(trashed.size() == 1);
    CHECK(trashed.first().id == u"a-serene-bay-launch-en");
    FeedLog feeds(database);
    CHECK(feeds.feed(QStringLiteral("https://www.example.gov.hk/rss.xml"))
              ->value()
              .value(QStringLiteral("seen"))
              .toArray()
              .first()
              .toString()
        == u"release-1");
    CHECK(feeds.pollMinutes().value() == 15);
}

QStringList revisionNotes(const DatabasePtr &database, const QString &id)
{
    QStringList notes;
    const QList<Revision> revisions = ArticleStore(database).revisions(id).value();
    for (const Revision &revision : revisions)
        notes.append(QStringLiteral("%1 %2 %3").arg(revision.version).arg(revision.savedBy, revision.note));
    return notes;
}

} // namespace

TEST_CASE("a portal moves into an empty database whole: revisions, photos, settings, search", "[store][copy]")
{
    QTemporaryDir folder;
    const DatabasePtr source = demoFileDatabase(folder);
    const DatabasePtr target = Testing::newTestDatabase(folder.filePath(QStringLiteral("target.sqlite")));

    auto report = PortalCopy::copy(source, target);
    INFO((report ? QString() : report.error().text()).toStdString());
    REQUIRE(report.has_value());
    CHECK(report->digest == PortalCopy::digest(source).value());
    CHECK(PortalCopy::digest(target).value() == report->digest);
    CHECK(Interchange::dump(target, {}).value().toStdString()
        == Interchange::dump(source, {}).value().toStdString());
    const QString id = QStringLiteral("a-hibor-carry-trade-zh");
    CHECK(revisionNotes(target, id) == revisionNotes(source, id));
    CHECK(revisionNotes(target, id).size() == 2);
    checkSideTables(source);
    checkSideTables(target);

    SearchRequest request;
    request.text = QStringLiteral("拆息");
    auto hits = ArticleSearch(target).search(request);
    REQUIRE(hits.has_value());
    CHECK_FALSE(hits->isEmpty());

    // The copy goes on working: a new save gets the next revision number.
    ArticleStore store(target);
    Article article = store.get(id).value();
    article.headline += QStringLiteral("（更新）");
    REQUIRE(store.save(article).has_value());
    CHECK(revisionNotes(target, id).size() == 3);
}

TEST_CASE("a portal is not moved into a database that has one, and that database is left as it was",
    "[store][copy]")
{
    QTemporaryDir folder;
    const DatabasePtr source = demoFileDatabase(folder);
    const DatabasePtr target = Testing::newTestDatabase(folder.filePath(QStringLiteral("target.sqlite")));
    REQUIRE(ArticleStore(target).create([] {
        Article article = Testing::sampleArticle();
        article.section.clear();
        article.columns.clear();
        return article;
    }()));
    const QByteArray before = PortalCopy::digest(target).value();
    auto report = PortalCopy::copy(source, target);
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().message.contains(u"only into an empty database"));
    CHECK(PortalCopy::digest(target).value() == before);
}

TEST_CASE("a portal moves from the newsroom server back to a file, the same", "[postgres]")
{
    QTemporaryDir folder;
    const DatabasePtr source = demoFileDatabase(folder);
    const DatabasePtr server = Testing::newTestDatabase({});
    REQUIRE(PortalCopy::copy(source, server).has_value());
    auto back = Database::open(folder.filePath(QStringLiteral("back.sqlite")));
    REQUIRE(back.has_value());
    auto report = PortalCopy::copy(server, *back);
    INFO((report ? QString() : report.error().text()).toStdString());
    REQUIRE(report.has_value());
    CHECK(Interchange::dump(*back, {}).value() == Interchange::dump(source, {}).value());
    CHECK(PortalCopy::digest(*back).value() == PortalCopy::digest(source).value());
    checkSideTables(server);
    checkSideTables(*back);
    CHECK(TrashStore(*back).restore(QStringLiteral("a-serene-bay-launch-en")).has_value());
}
