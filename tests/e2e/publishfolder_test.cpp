// Publishing an exported bundle to a folder, as to a mounted web root
// (core/publish/sitepublisher.h): whole releases switched in one step, only changed files sent,
// N kept, rollback along what was live, and what goes wrong on the way said, not hidden.

#include "bundlecheck.h"
#include "commandonpath.h"
#include "publishtesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

TEST_CASE("publishing to a folder switches whole releases, sends only what changed, keeps N and rolls back",
    "[publish][e2e]")
{
    const FolderSite folder(QStringLiteral("site root"));
    const QString &bundle = folder.bundle;
    const QString &site = folder.site;
    PublishOptions options;
    options.keep = 3;
    QList<int> progress;
    options.progress = [&](int percent) { progress.append(percent); };
    const SitePublisher publisher = folder.publisher(options);

    auto first = publisher.publish(bundle);
    INFO((first ? QString() : first.error().text()).toStdString());
    REQUIRE(first.has_value());
    CHECK(first->previous.isEmpty());
    CHECK(first->filesSent == 4);
    CHECK(liveRelease(site) == first->release);
    CHECK(readFile(site + QStringLiteral("/current/zh-hant-hk/index.html")) == "first");
    CHECK(readFile(site + QStringLiteral("/current/路透社/港元.html")) == "港元拆息");
    CHECK(QFileInfo(site + QStringLiteral("/current")).isSymLink());
    CHECK(progress.value(0) == 0);
    CHECK(progress.last() == 100);

    // One page changed: one file travels, the rest are the live release's files, linked.
    writeFile(bundle + QStringLiteral("/zh-hant-hk/index.html"), "second");
    auto second = publisher.publish(bundle);
    REQUIRE(second.has_value());
    CHECK(second->previous == first->release);
    CHECK(second->filesSent == 1);
    CHECK(readFile(site + QStringLiteral("/current/zh-hant-hk/index.html")) == "second");
    CHECK(inodeOf(site + QStringLiteral("/releases/") + second->release + QStringLiteral("/assets/site.css"))
        == inodeOf(
            site + QStringLiteral("/releases/") + first->release + QStringLiteral("/assets/site.css")));
    // The old release is untouched, so a rollback shows exactly what was live.
    CHECK(readFile(
              site + QStringLiteral("/releases/") + first->release + QStringLiteral("/zh-hant-hk/index.html"))
        == "first");

    auto back = publisher.rollback();
    REQUIRE(back.has_value());
    CHECK(back->release == first->release);
    CHECK(back->previous == second->release);
    CHECK(readFile(site + QStringLiteral("/current/zh-hant-hk/index.html")) == "first");
    auto none = publisher.rollback();
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().message.contains(u"oldest"));

    // A file gone from the bundle is gone from the next release; only `keep` releases stay.
    QFile::remove(bundle + QStringLiteral("/路透社/港元.html"));
    QStringList published { first->release, second->release };
    for (int n = 0; n < 3; ++n) {
        writeFile(bundle + QStringLiteral("/zh-hant-hk/index.html"), QByteArray::number(n));
        auto next = publisher.publish(bundle);
        REQUIRE(next.has_value());
        published.append(next->release);
    }
    CHECK(releaseFolders(site) == published.mid(2));
    CHECK(liveRelease(site) == published.last());
    CHECK_FALSE(QFileInfo::exists(site + QStringLiteral("/current/路透社/港元.html")));
    CHECK(readFile(site + QStringLiteral("/current/zh-hant-hk/index.html")) == "2");

    // What is not a bundle is refused before anything is touched.
    auto refused = publisher.publish(folder.work.filePath(QStringLiteral("nothing")));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(u"manifest.json"));
    CHECK(liveRelease(site) == published.last());

    // A rollback goes back along what was live, not by age: after going back from n2 to n1 and
    // publishing n3, going back again gives n1 (not n2, the release rolled away from).
    auto fromN2 = publisher.rollback();
    REQUIRE(fromN2.has_value());
    CHECK(fromN2->release == published.at(3));
    writeFile(bundle + QStringLiteral("/zh-hant-hk/index.html"), "3");
    auto n3 = publisher.publish(bundle);
    REQUIRE(n3.has_value());
    CHECK(n3->previous == published.at(3));
    CHECK_FALSE(releaseFolders(site).contains(published.at(4))); // never live again: not kept
    auto fromN3 = publisher.rollback();
    REQUIRE(fromN3.has_value());
    CHECK(fromN3->release == published.at(3));
    CHECK(readFile(site + QStringLiteral("/current/zh-hant-hk/index.html")) == "1");
}

TEST_CASE("an old release that cannot be removed is a warning on a publish that went live", "[publish][e2e]")
{
    const FolderSite folder;
    const QString &bundle = folder.bundle;
    const QString &site = folder.site;
    PublishOptions options;
    options.keep = 2;
    const SitePublisher publisher = folder.publisher(options);
    auto first = publisher.publish(bundle);
    REQUIRE(first.has_value());
    writeFile(bundle + QStringLiteral("/zh-hant-hk/index.html"), "second");
    auto second = publisher.publish(bundle);
    REQUIRE(second.has_value());

    // An immutable file (chattr +i) cannot be removed, not even by root, which runs the tests.
    const QString stuck
        = site + QStringLiteral("/releases/") + first->release + QStringLiteral("/assets/site.css");
    QProcess chattr;
    chattr.start(QStringLiteral("chattr"), { QStringLiteral("+i"), stuck });
    const bool immutable = chattr.waitForFinished(10000) && chattr.exitCode() == 0;
    if (!immutable) {
        WARN("chattr +i is not possible here (filesystem or capability): the failed removal is not tried");
        return;
    }
    struct Unlock // whatever happens, the temporary folder can be removed afterwards
    {
        QString path;
        ~Unlock() { QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), path }); }
    } unlock { stuck };

    writeFile(bundle + QStringLiteral("/zh-hant-hk/index.html"), "third");
    auto third = publisher.publish(bundle);
    INFO((third ? QString() : third.error().text()).toStdString());
    REQUIRE(third.has_value()); // live: the release that could not go is only named
    CHECK(liveRelease(site) == third->release);
    CHECK(readFile(site + QStringLiteral("/current/zh-hant-hk/index.html")) == "third");
    REQUIRE(third->warnings.size() == 1);
    CHECK(third->warnings.first().contains(first->release));
    CHECK(releaseFolders(site).contains(first->release));

    // Once it can go, the next publish removes it.
    QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), stuck });
    writeFile(bundle + QStringLiteral("/zh-hant-hk/index.html"), "fourth");
    auto fourth = publisher.publish(bundle);
    REQUIRE(fourth.has_value());
    CHECK(fourth->warnings.isEmpty());
    CHECK(releaseFolders(site) == QStringList { third->release, fourth->release });
}

TEST_CASE(
    "a release is named after the newest one even when that one is from a clock ahead", "[publish][e2e]")
{
    const FolderSite folder;
    const QString &bundle = folder.bundle;
    const QString &site = folder.site;
    // A release left by a publisher whose clock was far ahead: names must still sort by age.
    writeFile(site + QStringLiteral("/releases/29991231T235959.998Z/index.html"), "ahead");
    const SitePublisher publisher = folder.publisher(PublishOptions());
    auto first = publisher.publish(bundle);
    REQUIRE(first.has_value());
    CHECK(first->release == u"29991231T235959.999Z");
    auto second = publisher.publish(bundle); // the next millisecond is in the next year
    REQUIRE(second.has_value());
    CHECK(second->release == u"30000101T000000.000Z");
    CHECK(second->previous == first->release);
    CHECK(liveRelease(site) == second->release);
    auto back = publisher.rollback();
    REQUIRE(back.has_value());
    CHECK(back->release == first->release);
}

TEST_CASE("Cancel stops an upload, but never a switch already under way", "[publish][e2e]")
{
    const FolderSite folder;
    // The switch renames the uploaded release with mv: a mv first on PATH says when it runs and
    // takes its time, so that Cancel comes in the middle of the switch.
    const QString marker = folder.work.filePath(QStringLiteral("switching"));
    const TestCommands::CommandOnPath slowMv(
        folder.work.filePath(QStringLiteral("tools")), QStringLiteral("mv"), 1, marker);

    std::atomic<bool> cancel { false };
    PublishOptions options;
    options.cancel = &cancel;
    const SitePublisher publisher = folder.publisher(options);
    Result<PublishReport> published = std::unexpected(Error {});
    std::thread publishing([&] { published = publisher.publish(folder.bundle); });
    for (int waited = 0; !QFileInfo::exists(marker) && waited < 30000; waited += 10)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    cancel = true; // the upload is over; the switch has begun
    publishing.join();
    REQUIRE(QFileInfo::exists(marker));
    INFO((published ? QString() : published.error().text()).toStdString());
    REQUIRE(published.has_value());
    CHECK(liveRelease(folder.site) == published->release);
    CHECK(readFile(folder.site + QStringLiteral("/current/zh-hant-hk/index.html")) == "first");

    // Set before the next upload starts, Cancel stops it, and the live site stays as it was.
    writeFile(folder.bundle + QStringLiteral("/zh-hant-hk/index.html"), "second");
    auto cancelled = publisher.publish(folder.bundle);
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK(cancelled.error().message.contains(published->release));
    CHECK(liveRelease(folder.site) == published->release);
    CHECK(readFile(folder.site + QStringLiteral("/current/zh-hant-hk/index.html")) == "first");
}
