// File ▸ Wire Feeds… (issue 18): a feed added, polled off the GUI thread, its items made
// drafts once, and its log shown; and the feeds polled by themselves every so many minutes.

#include "core/ingest/feedimport.h"
#include "core/store/articlestore.h"
#include "core/store/feedlog.h"
#include "ui/ingest/feedpoller.h"
#include "ui/ingest/wirefeeds.h"
#include "uitesting.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

const QString feed = QStringLiteral(PORTALDESK_FIXTURES_DIR "/feeds/gov-press-releases.xml");

} // namespace

TEST_CASE("a feed is added, polled, and its items become drafts once", "[ui][ingest][feed]")
{
    Testing::TestPortal portal = Testing::seededPortal();
    {
        FeedPoller poller(portal.database);
        WireFeedsDialog dialog(&poller, portal.database);
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("feedAddress"));
        REQUIRE(address);
        address->setText(feed);
        QMetaObject::invokeMethod(address, "returnPressed");
        CHECK(dialog.feeds() == QStringList { feed });

        QSignalSpy created(&poller, &FeedPoller::draftsCreated);
        QSignalSpy finished(&poller, &FeedPoller::pollFinished);
        dialog.pollNow();
        CHECK(dialog.isPolling());
        REQUIRE(Testing::waitFor([&] { return finished.count() == 1; }));
        REQUIRE(created.count() == 1);
        const QStringList ids = created.first().first().toStringList();
        REQUIRE(ids.size() == 2);
        const Article article = ArticleStore(portal.database).get(ids.first()).value();
        CHECK(article.headline == QStringLiteral("Fresh measures to support tourism announced"));
        CHECK(article.source == QStringLiteral("HKSAR Government"));

        auto *log = dialog.findChild<QTreeWidget *>(QStringLiteral("feedLog"));
        REQUIRE(log);
        CHECK(log->topLevelItemCount() == 2);

        dialog.pollNow(); // nothing new: both skipped
        REQUIRE(Testing::waitFor([&] { return finished.count() == 2; }));
        CHECK(created.count() == 1);
        CHECK(log->topLevelItemCount() == 4);
        CHECK(log->topLevelItem(0)->text(2).contains(QStringLiteral("taken before")));

        // The same feed twice is refused with a message, and nothing changes.
        address->setText(feed);
        QMetaObject::invokeMethod(address, "returnPressed");
        CHECK(dialog.feeds() == QStringList { feed });
        CHECK(address->text() == feed);
    }
    // The feed and its log are remembered for the next time the portal opens.
    FeedPoller again(portal.database);
    WireFeedsDialog reopened(&again, portal.database);
    CHECK(reopened.feeds() == QStringList { feed });
    CHECK(ArticleStore(portal.database).count().value() == 2);
}

TEST_CASE(
    "feeds are polled by themselves at the interval the desk sets, and it is kept", "[ui][ingest][feed]")
{
    Testing::TestPortal portal = Testing::seededPortal();
    {
        FeedPoller poller(portal.database);
        REQUIRE(poller.addFeed(feed).has_value());
        CHECK(poller.interval() == 0);
        CHECK_FALSE(poller.nextPoll().isValid()); // on demand only, to begin with

        WireFeedsDialog dialog(&poller, portal.database);
        auto *interval = dialog.findChild<QComboBox *>(QStringLiteral("pollInterval"));
        REQUIRE(interval);
        interval->setCurrentIndex(interval->findData(15));
        emit interval->activated(interval->currentIndex());
        CHECK(poller.interval() == 15);
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(poller.nextPoll());
        CHECK(ahead > 14 * 60);
        CHECK(ahead <= 15 * 60);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("pollTimes"))
                  ->text()
                  .contains(QStringLiteral("next at")));

        // Fifteen minutes later, with the dialog closed: the poll runs by itself.
        QSignalSpy finished(&poller, &FeedPoller::pollFinished);
        dialog.close();
        auto *timer = poller.findChild<QTimer *>(QStringLiteral("pollTimer"));
        REQUIRE(timer);
        timer->start(0);
        REQUIRE(Testing::waitFor([&] { return finished.count() == 1; }));
        CHECK(ArticleStore(portal.database).count().value() == 2);
        CHECK(poller.lastPoll().isValid());
        CHECK(poller.nextPoll().isValid()); // and the next one is set
    }
    FeedPoller reopened(portal.database);
    CHECK(reopened.interval() == 15);
    CHECK(reopened.nextPoll().isValid());
    REQUIRE(reopened.setInterval(0).has_value());
    CHECK_FALSE(reopened.nextPoll().isValid());
}

TEST_CASE("two editors share one feed list and log; a feed the other is polling is left alone",
    "[ui][ingest][feed]")
{
    Testing::TestPortal portal = Testing::seededPortal();
    auto colleague = Database::open(portal.database->address());
    REQUIRE(colleague.has_value());
    (*colleague)->setUserName(QStringLiteral("wong.fu.pin"));
    FeedPoller mine(portal.database);
    FeedPoller theirs(*colleague);
    FeedPoller third(*colleague); // a client that read the list before the feed was added
    REQUIRE(mine.addFeed(feed).has_value());
    REQUIRE(mine.setInterval(30).has_value());

    // The colleague opens Wire Feeds: the feed and the interval are there.
    {
        WireFeedsDialog dialog(&theirs, *colleague);
        CHECK(dialog.feeds() == QStringList { feed });
        CHECK(theirs.interval() == 30);
    }

    // While the colleague's client polls it (a claim in the shared log), this editor's poll
    // leaves it alone and says who has it.
    FeedLog log(*colleague);
    REQUIRE(
        log.claim(feed, FeedImport::holder(QStringLiteral("wong.fu.pin")), QDateTime::currentDateTimeUtc())
            .value()
            .isEmpty());
    QSignalSpy finished(&mine, &FeedPoller::pollFinished);
    mine.pollNow();
    REQUIRE(Testing::waitFor([&] { return finished.count() == 1; }));
    const QStringList leftAlone = finished.first().at(3).toStringList();
    REQUIRE(leftAlone.size() == 1);
    CHECK(leftAlone.first().contains(QStringLiteral("wong.fu.pin on ")));
    CHECK(ArticleStore(portal.database).count().value() == 0);

    // Released: the colleague's poll takes both items, and this editor's log shows them.
    REQUIRE(log.release(feed, FeedImport::holder(QStringLiteral("wong.fu.pin"))).has_value());
    QSignalSpy theirsFinished(&theirs, &FeedPoller::pollFinished);
    theirs.pollNow();
    REQUIRE(Testing::waitFor([&] { return theirsFinished.count() == 1; }));
    CHECK(ArticleStore(portal.database).count().value() == 2);
    WireFeedsDialog dialog(&mine, portal.database);
    auto *logView = dialog.findChild<QTreeWidget *>(QStringLiteral("feedLog"));
    REQUIRE(logView);
    CHECK(logView->topLevelItemCount() == 2);

    // A client whose list is older reads it again when its timer polls: nothing new.
    QSignalSpy thirdFinished(&third, &FeedPoller::pollFinished);
    third.pollNow();
    REQUIRE(Testing::waitFor([&] { return thirdFinished.count() == 1; }));
    CHECK(thirdFinished.first().at(1).toLongLong() == 2); // both skipped, taken before
    CHECK(ArticleStore(portal.database).count().value() == 2);
}
