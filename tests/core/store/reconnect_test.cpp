// A newsroom server restarted in the middle of a session (pg_ctl restart, on a server of
// the test's own, so the shared test server's other clients are not disturbed): the watch
// notices, says the connection is offline, comes back by itself, listens again, and edit
// locks can be taken again; a save tried while offline fails with a clear message. [fork]:
// it runs the server script while the watch's probe thread runs, which ThreadSanitizer cannot
// follow (scripts/test leaves [fork] tests out of that run; ctest runs them).

#include "core/store/articlestore.h"
#include "core/store/changewatch.h"
#include "core/store/editlocks.h"
#include "storetesting.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

QString serverScript()
{
    return QStringLiteral(PORTALDESK_SOURCE_DIR "/scripts/pg-test-server");
}

bool runScript(const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess script;
    script.start(serverScript(), arguments);
    const bool done = script.waitForFinished(120000) && script.exitCode() == 0;
    if (output)
        *output = script.readAllStandardOutput();
    if (!done)
        WARN(script.readAllStandardError().toStdString());
    return done;
}

} // namespace

TEST_CASE(
    "a server restarted mid-session: offline, back by itself, listening again", "[postgres][restart][fork]")
{
    if (!Testing::onPostgres())
        return;
    QTemporaryDir base;
    // The server runs as the postgres user, who must reach the folder inside.
    QFile::setPermissions(base.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString folder = base.filePath(QStringLiteral("server"));
    REQUIRE(QDir().mkpath(folder));
    QByteArray exports;
    REQUIRE(runScript({ QStringLiteral("start"), folder }, &exports));
    const auto stop = qScopeGuard([&] { runScript({ QStringLiteral("stop"), folder }); });
    QString port;
    for (const QByteArray &line : exports.split('\n')) {
        if (line.startsWith("export PORTALDESK_TEST_PG_PORT="))
            port = QString::fromLatin1(line.mid(line.indexOf('=') + 1));
    }
    REQUIRE_FALSE(port.isEmpty());
    QFile passwordFile(folder + QStringLiteral("/admin.password"));
    REQUIRE(passwordFile.open(QIODevice::ReadOnly));
    const QString password = QString::fromLatin1(passwordFile.readAll().trimmed());
    const QString address
        = QStringLiteral("postgresql://portaldesk_admin:%1@127.0.0.1:%2/postgres").arg(password, port);

    auto opened = Database::open(address);
    REQUIRE(opened.has_value());
    const DatabasePtr database = *opened;
    Article draft = Testing::sampleArticle();
    draft.section.clear(); // a portal with no sections yet
    draft.columns.clear();
    const Article article = ArticleStore(database).create(draft).value();
    REQUIRE(EditLocks(database).take(article.id).has_value());
    ChangeWatch watch(database);
    REQUIRE(watch.start().has_value());
    QSignalSpy connection(database.get(), &Database::connectionChanged);
    QSignalSpy articles(database.get(), &Database::articlesChanged);

    REQUIRE(runScript({ QStringLiteral("restart"), folder }));

    // Offline: a save fails and says why; the watch notices on its next check.
    Article edited = article;
    edited.headline = QStringLiteral("斷線時的修改");
    auto offline = ArticleStore(database).save(edited);
    REQUIRE_FALSE(offline.has_value());
    CHECK(
        offline.error().error.message.contains(QStringLiteral("connection to the newsroom server was lost")));
    watch.checkConnection(); // a probe, off this thread, and then this connection's session
    REQUIRE(Testing::within(10000, [&] { return !connection.isEmpty(); }));
    CHECK(connection.first().first().toBool() == false);
    CHECK_FALSE(watch.isOnline());

    // Back by itself, within the first pauses.
    REQUIRE(Testing::within(15000, [&] { return watch.isOnline(); }));
    CHECK(connection.last().first().toBool() == true);
    CHECK_FALSE(articles.isEmpty()); // everything is announced as changed after a gap

    // The same save now goes through, and a colleague's save is heard again (LISTEN anew).
    auto saved = ArticleStore(database).save(edited);
    INFO((saved ? QString() : saved.error().error.message).toStdString());
    REQUIRE(saved.has_value());
    articles.clear();
    auto colleague = Database::open(address);
    REQUIRE(colleague.has_value());
    Article theirs = ArticleStore(*colleague).get(article.id).value();
    theirs.kicker = QStringLiteral("同事重連後的修改");
    REQUIRE(ArticleStore(*colleague).save(theirs).has_value());
    CHECK(Testing::within(5000, [&] {
        for (const QList<QVariant> &signal : std::as_const(articles)) {
            if (signal.first().toStringList().contains(article.id))
                return true;
        }
        return false;
    }));
    // The restart ended the lock with the old session; it can be taken again.
    CHECK_FALSE(EditLocks(*colleague).holder(article.id).value().has_value());
    auto again = EditLocks(database).take(article.id);
    REQUIRE(again.has_value());
    CHECK(again->mine);
}
