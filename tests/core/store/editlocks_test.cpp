// Edit locks between two clients of one portal (two Database objects stand for two
// editors' PortalDesks), on both engines: seeing a colleague's lock, taking over, and a
// lock that ends by itself when its holder's connection or process does.

#include "core/store/articlestore.h"
#include "core/store/changewatch.h"
#include "core/store/editlocks.h"
#include "core/store/sql.h"
#include "storetesting.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace PortalDesk;

namespace {

DatabasePtr colleagueOf(const DatabasePtr &database, const QString &name)
{
    auto opened = Database::open(database->address());
    REQUIRE(opened.has_value());
    if ((*opened)->kind() == Database::Kind::Sqlite)
        (*opened)->setUserName(name);
    return *opened;
}

} // namespace

TEST_CASE(
    "an article one editor has open to edit is locked for the others, who see by whom", "[store][locks]")
{
    auto portal = Testing::seededPortal();
    const Article article = ArticleStore(portal.database).create(Testing::sampleArticle()).value();
    const DatabasePtr colleague = colleagueOf(portal.database, QStringLiteral("陳大文"));

    ChangeWatch watch(portal.database);
    REQUIRE(watch.start().has_value());
    QSignalSpy locksChanged(portal.database.get(), &Database::locksChanged);

    auto theirs = EditLocks(colleague).take(article.id);
    REQUIRE(theirs.has_value());
    CHECK(theirs->mine);
    CHECK(theirs->name == colleague->displayName());
    CHECK(EditLocks(colleague).take(article.id).has_value()); // taking one's own again is fine

    REQUIRE(Testing::within(3000, [&] { return !locksChanged.isEmpty(); }));
    if (Testing::onPostgres())
        CHECK(locksChanged.first().first().toStringList() == QStringList { article.id });

    auto refused = EditLocks(portal.database).take(article.id);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(colleague->displayName()));
    CHECK(refused.error().message.contains(QStringLiteral("is editing this article since")));

    auto seen = EditLocks(portal.database).holder(article.id).value();
    REQUIRE(seen.has_value());
    CHECK_FALSE(seen->mine);
    CHECK(seen->login == colleague->userName());
    CHECK_FALSE(seen->host.isEmpty());
    CHECK(seen->since.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    CHECK(EditLocks(portal.database).all()->contains(article.id));

    REQUIRE(EditLocks(portal.database).release(article.id).has_value()); // not mine: nothing happens
    CHECK(EditLocks(portal.database).holder(article.id)->has_value());

    REQUIRE(EditLocks(colleague).release(article.id).has_value());
    CHECK_FALSE(EditLocks(portal.database).holder(article.id)->has_value());
    CHECK(EditLocks(portal.database).take(article.id).has_value());
    CHECK(EditLocks(portal.database).all()->value(article.id).mine);
}

TEST_CASE("taking over a lock moves it and History names both editors", "[store][locks]")
{
    auto portal = Testing::seededPortal();
    const Article article = ArticleStore(portal.database).create(Testing::sampleArticle()).value();
    const DatabasePtr colleague = colleagueOf(portal.database, QStringLiteral("李小明"));
    REQUIRE(EditLocks(colleague).take(article.id).has_value());

    auto taken = EditLocks(portal.database).takeOver(article.id);
    REQUIRE(taken.has_value());
    CHECK(taken->mine);

    auto now = EditLocks(colleague).holder(article.id).value();
    REQUIRE(now.has_value());
    CHECK_FALSE(now->mine); // the colleague's client sees it lost the lock
    CHECK(now->login == portal.database->userName());

    // The loser letting go later does not free the taker's lock.
    REQUIRE(EditLocks(colleague).release(article.id).has_value());
    CHECK(EditLocks(portal.database).holder(article.id).value().has_value());
    CHECK_FALSE(EditLocks(colleague).take(article.id).has_value());

    const QList<Revision> history = ArticleStore(portal.database).revisions(article.id).value();
    REQUIRE(history.size() == 2);
    CHECK(history.first().note
        == QStringLiteral("%1 took over editing from %2")
               .arg(portal.database->displayName(), colleague->displayName()));
    CHECK(history.first().version == article.version); // the text did not change

    auto missing = EditLocks(portal.database).take(QStringLiteral("no-such-article"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("a lock ends with its holder's connection", "[store][locks][postgres]")
{
    if (!Testing::onPostgres())
        return;
    auto portal = Testing::seededPortal();
    const Article article = ArticleStore(portal.database).create(Testing::sampleArticle()).value();
    const DatabasePtr colleague = colleagueOf(portal.database, {});
    REQUIRE(EditLocks(colleague).take(article.id).has_value());
    auto pid = Sql::run(Sql::connection(*colleague), QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(pid.has_value());
    REQUIRE(pid->next());
    const int colleaguePid = pid->value(0).toInt();

    ChangeWatch watch(portal.database);
    REQUIRE(watch.start().has_value());
    QSignalSpy locksChanged(portal.database.get(), &Database::locksChanged);
    CHECK_FALSE(EditLocks(portal.database).take(article.id).has_value());

    REQUIRE(Sql::run(
        Sql::connection(*portal.database), QStringLiteral("SELECT pg_terminate_backend(?)"), { colleaguePid })
                .has_value());
    // Nobody announces a dead connection: the watch's check of the live locks notices.
    CHECK(Testing::within(2 * ChangeWatch::LockCheckMs + 2000, [&] { return !locksChanged.isEmpty(); }));
    CHECK_FALSE(EditLocks(portal.database).holder(article.id)->has_value());
    CHECK(EditLocks(portal.database).take(article.id).has_value());
}

TEST_CASE("holds an edit lock until killed", "[.][editlockholder]")
{
    // Not a test of its own (see the export lock's holder): the process the next test kills.
    if (!qEnvironmentVariableIsSet("PORTALDESK_EDITLOCK_ADDRESS"))
        return;
    auto opened = Database::open(qEnvironmentVariable("PORTALDESK_EDITLOCK_ADDRESS"));
    REQUIRE(opened.has_value());
    (*opened)->setUserName(QStringLiteral("killed editor"));
    REQUIRE(EditLocks(*opened).take(qEnvironmentVariable("PORTALDESK_EDITLOCK_ARTICLE")).has_value());
    std::fputs("held\n", stdout);
    std::fflush(stdout);
    QThread::sleep(120);
}

TEST_CASE("a client killed with an article open lets go of its lock", "[store][locks]")
{
    auto portal = Testing::seededPortal();
    const Article article = ArticleStore(portal.database).create(Testing::sampleArticle()).value();
    QProcess holder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PORTALDESK_EDITLOCK_ADDRESS"), portal.database->address());
    environment.insert(QStringLiteral("PORTALDESK_EDITLOCK_ARTICLE"), article.id);
    holder.setProcessEnvironment(environment);
    holder.start(
        QCoreApplication::applicationFilePath(), { QStringLiteral("holds an edit lock until killed") });
    REQUIRE(holder.waitForStarted());
    QByteArray said;
    REQUIRE(Testing::within(10000, [&] {
        holder.waitForReadyRead(100);
        said += holder.readAllStandardOutput();
        return said.contains("held") || holder.state() == QProcess::NotRunning;
    }));
    REQUIRE(holder.state() == QProcess::Running);
    auto refused = EditLocks(portal.database).take(article.id);
    REQUIRE_FALSE(refused.has_value());
    CHECK((refused.error().message.contains(QStringLiteral("killed editor"))
        || refused.error().message.contains(portal.database->userName())));

    holder.kill(); // SIGKILL: nothing is let go by hand
    REQUIRE(holder.waitForFinished());
    CHECK(Testing::within(10000, [&] { return EditLocks(portal.database).take(article.id).has_value(); }));
    CHECK(EditLocks(portal.database).holder(article.id).value()->mine);
}
