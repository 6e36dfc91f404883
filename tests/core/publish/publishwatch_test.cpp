// publish --watch (core/publish/publishwatch.h) on a made-up clock: what comes due goes live at
// the first look after its time, nothing else publishes, a restart picks up where it stopped,
// and one watcher per portal publishes while another stands by.

#include "bundlecheck.h"
#include "core/publish/publishwatch.h"
#include "core/render/portalsnapshot.h"
#include "core/store/articlestore.h"
#include "core/store/exportlock.h"
#include "core/store/sql.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

QString liveRelease(const QString &site)
{
    return QFileInfo(QFileInfo(site + QStringLiteral("/current")).symLinkTarget()).fileName();
}

int releaseCount(const QString &site)
{
    return int(QDir(site + QStringLiteral("/releases")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// A watch's options: two render threads, its bundle in `bundle` under `work`.
PublishWatch::Options watchOptions(const QTemporaryDir &work, const QString &bundle)
{
    PublishWatch::Options options;
    options.exportOptions.jobs = 2;
    options.exportOptions.outFolder = work.filePath(bundle);
    return options;
}

} // namespace

TEST_CASE("a publish watch puts what comes due live at its first look after its time, and nothing else",
    "[publish][watch][fork]")
{
    const DemoPortal portal = demoPortal();
    QTemporaryDir work;
    const QString site = work.filePath(QStringLiteral("www"));
    const PublishTarget target = PublishTarget::parse(site).value();
    PublishWatch::Options options = watchOptions(work, QStringLiteral("bundle"));

    // The demo's scheduled story, and when it is due.
    const QDateTime start = demoMoment();
    const auto before
        = PortalSnapshot::load(portal.database, start, PortalSnapshot::Articles::Summaries).value();
    const auto scheduled = std::find_if(before.leftOut.cbegin(), before.leftOut.cend(),
        [](const LeftOut &item) { return item.reason == LeftOut::Reason::ScheduledLater; });
    REQUIRE(scheduled != before.leftOut.cend());
    const QDateTime due = scheduled->until;
    REQUIRE(due > start);

    std::optional<PublishWatch> watch(std::in_place, portal.database, target, options);
    WatchStep first = watch->step(start);
    INFO(first.text().toStdString());
    REQUIRE(first.kind == WatchStep::Kind::Published);
    CHECK(first.reason == u"first publish of this watch");
    CHECK(manifestProblems(site + QStringLiteral("/current")).isEmpty());
    const QString firstRelease = liveRelease(site);

    // A look a minute later publishes nothing.
    const WatchStep quiet = watch->step(start.addSecs(60));
    INFO(quiet.text().toStdString());
    CHECK(quiet.kind == WatchStep::Kind::Unchanged);
    CHECK(releaseCount(site) == 1);
    // Two minutes before the story's time (the demo's promos have ended by then: that went
    // live as it came), and a second before it, nothing more.
    const WatchStep promos = watch->step(due.addSecs(-120));
    INFO(promos.text().toStdString());
    CHECK(promos.kind == WatchStep::Kind::Published);
    CHECK(promos.reason.startsWith(u"went off: promo "));
    CHECK(watch->step(due.addSecs(-1)).kind == WatchStep::Kind::Unchanged);
    CHECK(releaseCount(site) == 2);

    // The first look after its time puts it live, and says so.
    const WatchStep came = watch->step(due.addSecs(20));
    INFO(came.text().toStdString());
    REQUIRE(came.kind == WatchStep::Kind::Published);
    CHECK(came.reason.contains(QStringLiteral("came live: article ") + scheduled->id));
    CHECK(liveRelease(site) != firstRelease);
    const QStringList pages = bundleFiles(site + QStringLiteral("/current"));
    CHECK(std::any_of(pages.cbegin(), pages.cend(),
        [&](const QString &page) { return page.contains(u"money-tips") && page.endsWith(u".html"); }));
    CHECK(watch->step(due.addSecs(40)).kind == WatchStep::Kind::Unchanged);

    // An edit of a live story waits for the next publish, unless the watch is asked to follow edits.
    ArticleStore store(portal.database);
    Article edited = store.get(scheduled->id).value();
    edited.headline += QStringLiteral("（更新）");
    REQUIRE(store.save(edited).has_value());
    CHECK(watch->step(due.addSecs(60)).kind == WatchStep::Kind::Unchanged);
    watch.reset(); // a restart: the state file says what is live
    PublishWatch::Options following = options;
    following.onChange = true;
    PublishWatch restarted(portal.database, target, following);
    const WatchStep followed = restarted.step(due.addSecs(80));
    INFO(followed.text().toStdString());
    REQUIRE(followed.kind == WatchStep::Kind::Published);
    CHECK(followed.reason == u"what is live was edited");
    CHECK(restarted.step(due.addSecs(100)).kind == WatchStep::Kind::Unchanged);

    // Going off is due too: an archived story leaves the site at the next look.
    edited = store.get(scheduled->id).value();
    edited.status = ArticleStatus::Archived;
    REQUIRE(store.save(edited).has_value());
    const WatchStep went = restarted.step(due.addSecs(120));
    REQUIRE(went.kind == WatchStep::Kind::Published);
    CHECK(went.reason.contains(QStringLiteral("went off: article ") + scheduled->id));
}

TEST_CASE("one publish watch per portal publishes; another stands by and takes over when it stops",
    "[publish][watch][fork]")
{
    const DemoPortal portal = demoPortal();
    QTemporaryDir work;
    PublishWatch::Options options = watchOptions(work, QStringLiteral("bundle-a"));
    const QString siteA = work.filePath(QStringLiteral("www-a"));
    std::optional<PublishWatch> first(
        std::in_place, portal.database, PublishTarget::parse(siteA).value(), options);
    REQUIRE(first->step(demoMoment()).kind == WatchStep::Kind::Published);

    // A second watcher, as another machine would run it: its own connection to the portal.
    Database::Options reopen;
    reopen.create = false;
    const DatabasePtr other = Database::open(portal.database->address(), reopen).value();
    options.exportOptions.outFolder = work.filePath(QStringLiteral("bundle-b"));
    const QString siteB = work.filePath(QStringLiteral("www-b"));
    PublishWatch second(other, PublishTarget::parse(siteB).value(), options);
    const WatchStep waiting = second.step(demoMoment());
    INFO(waiting.text().toStdString());
    CHECK(waiting.kind == WatchStep::Kind::StandingBy);
    CHECK(waiting.reason.contains(u"already watching this portal"));
    CHECK_FALSE(QFileInfo::exists(siteB));

    first.reset(); // stopped (or gone: its session, or its process's lock file, goes with it)
    const WatchStep taken = second.step(demoMoment().addSecs(20));
    INFO(taken.text().toStdString());
    CHECK(taken.kind == WatchStep::Kind::Published);
    CHECK(QFileInfo::exists(siteB + QStringLiteral("/current/index.html")));
}

TEST_CASE("one publish of a portal runs at a time, export and upload together", "[publish][lock][fork]")
{
    const DemoPortal portal = demoPortal();
    QTemporaryDir work;
    const DatabasePtr colleague = Database::open(portal.database->address()).value();
    colleague->setUserName(QStringLiteral("陳大文"));
    std::optional<ExportLock> held(ExportLock::take(colleague, ExportLock::Purpose::Publish).value());

    const QString site = work.filePath(QStringLiteral("www"));
    ExportOptions exportOptions;
    exportOptions.at = demoMoment();
    auto refused = publishPortal(portal.database, PublishTarget::parse(site).value(), exportOptions, {});
    REQUIRE_FALSE(refused.has_value());
    INFO(refused.error().text().toStdString());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(u"already publishing this portal"));
    if (onPostgres())
        CHECK(refused.error().message.contains(u"陳大文"));
    CHECK_FALSE(QFileInfo::exists(site));
    // An export alone is another lock's business: it still runs.
    CHECK(exportTo(portal.database, work.filePath(QStringLiteral("bundle"))).written > 40);

    held.reset(); // the colleague's publish ends
    auto published = publishPortal(portal.database, PublishTarget::parse(site).value(), exportOptions, {});
    INFO((published ? QString() : published.error().text()).toStdString());
    REQUIRE(published.has_value());
    CHECK(liveRelease(site) == published->published.release);
}

TEST_CASE("a watcher whose server session is killed reconnects, takes its lock again and goes on",
    "[publish][watch][postgres]")
{
    if (!onPostgres())
        return;
    const DemoPortal portal = demoPortal();
    QTemporaryDir work;
    PublishWatch::Options options = watchOptions(work, QStringLiteral("bundle-a"));
    const QString siteA = work.filePath(QStringLiteral("www-a"));
    PublishWatch watch(portal.database, PublishTarget::parse(siteA).value(), options);
    REQUIRE(watch.step(demoMoment()).kind == WatchStep::Kind::Published);
    const QString first = liveRelease(siteA);

    // The server ends the watcher's session (a restart, a network cut, an administrator):
    // its watch lock goes with it.
    Database::Options reopen;
    reopen.create = false;
    const DatabasePtr other = Database::open(portal.database->address(), reopen).value();
    auto pid = Sql::run(Sql::connection(*portal.database), QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(pid.has_value());
    REQUIRE(pid->next());
    const int killed = pid->value(0).toInt();
    REQUIRE(Sql::run(Sql::connection(*other), QStringLiteral("SELECT pg_terminate_backend(?)"), { killed })
                .has_value());
    // The server ends the session a moment later; its lock is free once it is gone.
    QElapsedTimer waited;
    waited.start();
    for (bool gone = false; !gone; QThread::msleep(20)) {
        auto left = Sql::run(Sql::connection(*other),
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), { killed });
        REQUIRE(left.has_value());
        REQUIRE(left->next());
        gone = left->value(0).toInt() == 0;
        REQUIRE(waited.elapsed() < 10000);
    }

    // Another watcher takes the lock meanwhile; the first, back, stands by and publishes nothing.
    options.exportOptions.outFolder = work.filePath(QStringLiteral("bundle-b"));
    const QString siteB = work.filePath(QStringLiteral("www-b"));
    std::optional<PublishWatch> second(std::in_place, other, PublishTarget::parse(siteB).value(), options);
    REQUIRE(second->step(demoMoment().addSecs(10)).kind == WatchStep::Kind::Published);
    const WatchStep lost = watch.step(demoMoment().addSecs(20));
    INFO(lost.text().toStdString());
    CHECK(lost.kind == WatchStep::Kind::Failed);
    const WatchStep waiting = watch.step(demoMoment().addSecs(30));
    INFO(waiting.text().toStdString());
    CHECK(waiting.kind == WatchStep::Kind::StandingBy);

    // The other stops: the first, on its new session, takes over, and what comes due goes live.
    second.reset();
    const WatchStep again = watch.step(demoMoment().addSecs(40));
    INFO(again.text().toStdString());
    CHECK(again.kind == WatchStep::Kind::Unchanged);
    CHECK(liveRelease(siteA) == first);
    const QDateTime due(QDate(2027, 1, 5), QTime(0, 0), QTimeZone::utc()); // the demo's scheduled story
    const WatchStep published = watch.step(due);
    INFO(published.text().toStdString());
    CHECK(published.kind == WatchStep::Kind::Published);
    CHECK(published.reason.contains(u"came live"));
    CHECK(liveRelease(siteA) != first);
}
