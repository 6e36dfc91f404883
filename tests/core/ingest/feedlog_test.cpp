// The shared feed log (issue 18), on both engines: every editor of a portal sees the same
// feeds, interval and log, and a feed is polled by one client at a time, so two editors
// polling at the same moment never make the same item's draft twice.

#include "core/ingest/feedimport.h"
#include "core/store/articlestore.h"
#include "core/store/feedlog.h"
#include "core/text/editionformat.h"
#include "testdatabase.h"
#include "tests/core/ingest/wirefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <latch>
#include <thread>

using namespace PortalDesk;
using namespace PortalDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QString fixtureFeed()
{
    return QDir(QStringLiteral(PORTALDESK_FIXTURES_DIR)).filePath(u"feeds/gov-press-releases.xml"_s);
}

DatabasePtr secondClient(const DatabasePtr &database)
{
    auto opened = Database::open(database->address());
    REQUIRE(opened.has_value());
    return *opened;
}

} // namespace

TEST_CASE("the feed log lives in the portal: feeds, states and the interval", "[ingest][feed]")
{
    QTemporaryDir folder;
    const DatabasePtr database = newTestDatabase(folder.filePath(u"portal.sqlite"_s));
    FeedLog log(database);
    CHECK(log.feeds()->isEmpty());
    CHECK(log.pollMinutes().value() == 0);
    REQUIRE(log.add(u"https://www.example.gov.hk/rss.xml"_s));
    REQUIRE(log.add(u"https://www.example.gov.hk/rss.xml"_s)); // followed already: nothing happens
    REQUIRE(log.put(u"https://wire.example/atom"_s, QJsonObject { { u"seen"_s, QJsonArray { u"a"_s } } }));
    REQUIRE(log.setPollMinutes(15));

    // Another client sees it all.
    FeedLog other(secondClient(database));
    CHECK(other.feeds()->keys()
        == QStringList { u"https://wire.example/atom"_s, u"https://www.example.gov.hk/rss.xml"_s });
    CHECK(other.feed(u"https://wire.example/atom"_s)->value().value(u"seen"_s).toArray().size() == 1);
    CHECK(other.pollMinutes().value() == 15);
    CHECK_FALSE(other.feed(u"https://nowhere.example/"_s)->has_value());
    const Status refused = other.setPollMinutes(-5);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"1,440"_s));
    REQUIRE(other.remove(u"https://wire.example/atom"_s));
    CHECK(log.feeds()->size() == 1);
}

TEST_CASE("a feed is claimed by one client at a time; a claim lapses", "[ingest][feed]")
{
    QTemporaryDir folder;
    const DatabasePtr database = newTestDatabase(folder.filePath(u"portal.sqlite"_s));
    FeedLog mine(database);
    FeedLog theirs(secondClient(database));
    const QString feed = u"https://www.example.gov.hk/rss.xml"_s;
    REQUIRE(mine.add(feed));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(mine.claim(feed, u"陳大文 on desk-1"_s, now).value().isEmpty());
    CHECK(mine.claim(feed, u"陳大文 on desk-1"_s, now).value().isEmpty()); // still mine
    CHECK(theirs.claim(feed, u"黃副編 on desk-2"_s, now.addSecs(60)).value() == u"陳大文 on desk-1"_s);
    // A client killed mid-poll never releases: the claim lapses.
    CHECK(theirs.claim(feed, u"黃副編 on desk-2"_s, now.addSecs(11 * 60)).value().isEmpty());
    REQUIRE(theirs.release(feed, u"黃副編 on desk-2"_s));
    CHECK(mine.claim(feed, u"陳大文 on desk-1"_s, now.addSecs(11 * 60)).value().isEmpty());
    CHECK_FALSE(mine.claim(u"https://unknown.example/"_s, u"x"_s, now).has_value());
}

TEST_CASE(
    "a feed another editor is polling is left alone, then polled from the shared state", "[ingest][feed]")
{
    QTemporaryDir folder;
    const DatabasePtr database = newTestDatabase(folder.filePath(u"portal.sqlite"_s));
    const QString feed = fixtureFeed();
    const DatabasePtr colleague = secondClient(database);
    FeedLog theirs(colleague);
    REQUIRE(theirs.add(feed));
    REQUIRE(theirs.claim(feed, u"黃副編 on desk-2"_s, QDateTime::currentDateTimeUtc()).value().isEmpty());

    ArticleStore store(database);
    FeedLog log(database);
    const QList<FeedPoll> busy
        = FeedImport::poll(store, log, { feed }, u"陳大文 on desk-1"_s, {}, EditionFormat::hongKong());
    REQUIRE(busy.size() == 1);
    CHECK(busy.first().busy == u"黃副編 on desk-2"_s);
    CHECK(busy.first().error.isEmpty());
    CHECK(store.count().value() == 0);

    REQUIRE(theirs.release(feed, u"黃副編 on desk-2"_s));
    const QList<FeedPoll> polled
        = FeedImport::poll(store, log, { feed }, u"陳大文 on desk-1"_s, {}, EditionFormat::hongKong());
    REQUIRE(polled.size() == 1);
    CHECK(polled.first().busy.isEmpty());
    CHECK(polled.first().run.taken() == 2);
    // The state went to the shared log and the claim was let go: the other editor's poll
    // finds both items taken before.
    ArticleStore theirStore(colleague);
    const QList<FeedPoll> again = FeedImport::poll(
        theirStore, theirs, { feed }, u"黃副編 on desk-2"_s, {}, EditionFormat::hongKong());
    REQUIRE(again.size() == 1);
    CHECK(again.first().run.taken() == 0);
    CHECK(again.first().run.entries.first().skipped == u"taken before"_s);
    const FeedState state = FeedState::fromJson(log.feed(feed)->value());
    CHECK(state.seen.size() == 2);
    CHECK(state.log.size() == 4);
    CHECK(store.count().value() == 2);
}

TEST_CASE("two editors polling one feed at the same moment make each draft once", "[ingest][feed]")
{
    QTemporaryDir folder;
    const QString feed = fixtureFeed();
    for (int round = 0; round < 4; ++round) {
        const DatabasePtr database = newTestDatabase(folder.filePath(u"portal-%1.sqlite"_s.arg(round)));
        REQUIRE(FeedLog(database).add(feed));
        const DatabasePtr clients[] = { secondClient(database), secondClient(database) };
        QList<FeedPoll> polls[2];
        std::latch start(2);
        std::thread threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = std::thread([&, i] {
                ArticleStore store(clients[i]);
                FeedLog log(clients[i]);
                start.arrive_and_wait();
                polls[i] = FeedImport::poll(
                    store, log, { feed }, u"editor %1"_s.arg(i), {}, EditionFormat::hongKong());
                clients[i]->releaseConnection();
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        qsizetype taken = 0;
        for (const QList<FeedPoll> &poll : polls) {
            REQUIRE(poll.size() == 1);
            INFO(poll.first().error.toStdString());
            CHECK(poll.first().error.isEmpty());
            taken += poll.first().run.taken();
        }
        CHECK(taken == 2); // the feed's two releases, once each
        CHECK(ArticleStore(database).count().value() == 2);
    }
}
