// One export at a time per portal, across clients: a second connection to the same portal
// stands for a colleague's PortalDesk. Runs on both engines.

#include "bundlecheck.h"
#include "core/publish/bundleexporter.h"
#include "core/store/exportlock.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

// Polls for up to ten seconds (a loaded machine): the holder starts, the server notices a death.
template<typename Condition> bool waitFor(Condition condition)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (condition())
            return true;
        QThread::msleep(50);
    }
    return condition();
}

} // namespace

TEST_CASE("a second export of the same portal waits its turn and says who is exporting", "[publish][lock]")
{
    auto demo = demoPortal();
    auto opened = Database::open(demo.database->address());
    REQUIRE(opened.has_value());
    const DatabasePtr colleague = *opened;
    colleague->setUserName(QStringLiteral("陳大文"));

    std::optional<ExportLock> held;
    {
        auto taken = ExportLock::take(colleague);
        REQUIRE(taken.has_value());
        held.emplace(std::move(*taken));
    }
    auto second = ExportLock::take(demo.database);
    REQUIRE_FALSE(second.has_value());
    INFO(second.error().text().toStdString());
    CHECK(second.error().code == Error::Code::Conflict);
    CHECK(second.error().message.contains(QStringLiteral("already exporting")));
    if (onPostgres())
        CHECK(second.error().message.contains(QStringLiteral("陳大文")));

    // The export itself is refused whole: nothing is written.
    ExportOptions options;
    options.outFolder = demo.folder->filePath(QStringLiteral("site"));
    auto refused = BundleExporter(demo.database).run(options);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK_FALSE(QDir(options.outFolder).exists());

    held.reset(); // the colleague's export ends
    CHECK(exportTo(demo.database, options.outFolder).written > 40);
    CHECK(ExportLock::take(colleague).has_value()); // and it is free again afterwards
}

// Run by the next test in a child process of this test binary: takes the export lock of the
// portal at PORTALDESK_LOCK_ADDRESS, says so, and holds it until it is killed.
TEST_CASE("holds the export lock until killed", "[.][lockholder]")
{
    // Not a test of its own: a suite run with an exclusion filter ("~[sqlite]") includes
    // hidden cases, and there is no portal to hold then.
    if (!qEnvironmentVariableIsSet("PORTALDESK_LOCK_ADDRESS"))
        return;
    auto opened = Database::open(qEnvironmentVariable("PORTALDESK_LOCK_ADDRESS"));
    REQUIRE(opened.has_value());
    auto taken = ExportLock::take(*opened);
    REQUIRE(taken.has_value());
    std::fputs("held\n", stdout);
    std::fflush(stdout);
    QThread::sleep(120);
}

TEST_CASE("a client killed while it exports lets go of the export lock", "[publish][lock][fork]")
{
    auto demo = demoPortal();
    QProcess holder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PORTALDESK_LOCK_ADDRESS"), demo.database->address());
    holder.setProcessEnvironment(environment);
    holder.start(
        QCoreApplication::applicationFilePath(), { QStringLiteral("holds the export lock until killed") });
    REQUIRE(holder.waitForStarted());
    QByteArray said;
    REQUIRE(waitFor([&] {
        holder.waitForReadyRead(100);
        said += holder.readAllStandardOutput();
        return said.contains("held") || holder.state() == QProcess::NotRunning;
    }));
    REQUIRE(holder.state() == QProcess::Running);
    CHECK_FALSE(ExportLock::take(demo.database).has_value());

    holder.kill(); // SIGKILL: nothing is let go by hand
    REQUIRE(holder.waitForFinished());
    CHECK(waitFor([&] { return ExportLock::take(demo.database).has_value(); }));
}
