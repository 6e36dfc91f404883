// Publishing an exported bundle to a web server (core/publish/sitepublisher.h) over SSH to a
// real OpenSSH server (Debian's openssh-server) that the test starts on 127.0.0.1 with
// throwaway keys, including a connection killed in the middle of an upload; targets as typed;
// and the CLI. Publishing to a folder: publishfolder_test.cpp.

#include "bundlecheck.h"
#include "core/publish/sitepublisher.h"
#include "localserver.h"
#include "publishtesting.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// OpenSSH's sshd in the foreground on 127.0.0.1, for the user running the tests, with a host
// key and a client key made for it; sshConfig() is the client's configuration to reach it.
class SshServer
{
public:
    explicit SshServer(const QString &folder)
        : m_folder(folder)
    {
        const QString sshd
            = QStandardPaths::findExecutable(QStringLiteral("sshd"), { QStringLiteral("/usr/sbin") });
        INFO("sshd comes from Debian's openssh-server (scripts/bootstrap)");
        REQUIRE_FALSE(sshd.isEmpty());
        if (geteuid() == 0)
            QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation folder
        const QString hostKey = path(QStringLiteral("host_key"));
        const QString clientKey = path(QStringLiteral("client_key"));
        run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-f"), hostKey });
        run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-f"), clientKey });
        QFile::copy(clientKey + QStringLiteral(".pub"), path(QStringLiteral("authorized_keys")));
        const QByteArray hostPublic = readFile(hostKey + QStringLiteral(".pub")).trimmed();
        writeFile(path(QStringLiteral("known_hosts")),
            QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() + hostPublic.split(' ').mid(0, 2).join(' ')
                + '\n');
        writeFile(path(QStringLiteral("sshd_config")),
            QStringLiteral(
                "ListenAddress 127.0.0.1\nPort %1\nHostKey %2\nAuthorizedKeysFile %3\nPidFile %4\n"
                "StrictModes no\nUsePAM no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                "PermitRootLogin prohibit-password\nLogLevel ERROR\n")
                .arg(m_port)
                .arg(hostKey, path(QStringLiteral("authorized_keys")), path(QStringLiteral("sshd.pid")))
                .toUtf8());
        const QString user = QString::fromLocal8Bit(qgetenv("USER").isEmpty() ? "root" : qgetenv("USER"));
        writeFile(sshConfig(),
            QStringLiteral("Host 127.0.0.1\n  Port %1\n  User %2\n  IdentityFile %3\n  IdentitiesOnly yes\n"
                           "  UserKnownHostsFile %4\n  StrictHostKeyChecking yes\n")
                .arg(m_port)
                .arg(user, clientKey, path(QStringLiteral("known_hosts")))
                .toUtf8());
        startListening(m_process, sshd,
            { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                path(QStringLiteral("sshd_config")) },
            m_port);
    }
    ~SshServer()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    QString sshConfig() const { return path(QStringLiteral("ssh_config")); }

    // Kills every connection's processes at once, as a network that dies does to a session;
    // the listener stays. Returns how many processes were killed.
    int killSessions() const
    {
        const qint64 listener = m_process.processId();
        int killed = 0;
        // The descendants of the listener, found through /proc's parent ids.
        QList<qint64> parents { listener };
        for (int depth = 0; depth < 6; ++depth) {
            QList<qint64> children;
            for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                bool isPid = false;
                const qint64 pid = entry.toLongLong(&isPid);
                if (!isPid)
                    continue;
                QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
                if (!stat.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray line = stat.readAll();
                const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
                if (fields.size() > 1 && parents.contains(fields.at(1).toLongLong()))
                    children.append(pid);
            }
            for (qint64 child : children)
                killed += ::kill(pid_t(child), SIGKILL) == 0;
            parents = children;
            if (parents.isEmpty())
                break;
        }
        return killed;
    }

private:
    QString path(const QString &name) const { return m_folder + u'/' + name; }

    QString m_folder;
    quint16 m_port = freePort();
    QProcess m_process;
};

} // namespace

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult cli(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home); // the default bundle goes to ~/.cache
    environment.remove(QStringLiteral("XDG_CACHE_HOME"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PORTALDESK_BIN_DIR "/portaldesk-cli"), arguments);
    REQUIRE(process.waitForFinished(120000));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}
} // namespace

TEST_CASE("publish targets are read from folders, ssh:// addresses and scp-style host:folder", "[publish]")
{
    // A bare word is a saved target's name, never a folder; a relative folder is written as one.
    CHECK(PublishTarget::parse(QStringLiteral("./site"))->folder
        == QDir::current().filePath(QStringLiteral("site")));
    auto ssh = PublishTarget::parse(QStringLiteral("ssh://deploy@web1.example.com:2222/srv/www/news/"));
    REQUIRE(ssh.has_value());
    CHECK(ssh->kind == PublishTarget::Kind::Ssh);
    CHECK(ssh->host == u"deploy@web1.example.com");
    CHECK(ssh->port == 2222);
    CHECK(ssh->folder == u"/srv/www/news");
    CHECK(*PublishTarget::parse(ssh->toString()) == *ssh);

    auto scp = PublishTarget::parse(QStringLiteral("deploy@web1:sites/news"));
    REQUIRE(scp.has_value());
    CHECK(scp->kind == PublishTarget::Kind::Ssh);
    CHECK(scp->host == u"deploy@web1");
    CHECK(scp->port == 0);
    CHECK(scp->folder == u"sites/news");
    CHECK(*PublishTarget::parse(scp->toString()) == *scp);

    auto folder = PublishTarget::parse(QStringLiteral("/mnt/web:root/news"));
    REQUIRE(folder.has_value());
    CHECK(folder->kind == PublishTarget::Kind::Folder);
    CHECK(folder->folder == u"/mnt/web:root/news");

    for (const QString &bad :
        { QString(), QStringLiteral("/"), QStringLiteral("deploy@web1:"), QStringLiteral("Live"),
            QStringLiteral("deploy@web1:~/site"), QStringLiteral("ssh://web1//"),
            QStringLiteral("-oProxyCommand=x:/srv"), QStringLiteral("web1:-rf"), QStringLiteral("ssh://web1"),
            QStringLiteral("ssh://web1:99999/srv"), QStringLiteral("we b1:/srv") }) {
        INFO(bad.toStdString());
        auto parsed = PublishTarget::parse(bad);
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().field == u"target");
    }
}

TEST_CASE("publishing over SSH to a real sshd survives a connection killed mid-upload", "[publish][e2e][ssh]")
{
    QTemporaryDir work;
    QDir(work.path()).mkpath(QStringLiteral("sshd"));
    SshServer server(work.filePath(QStringLiteral("sshd")));
    const QString bundle = work.filePath(QStringLiteral("bundle"));
    const QString site = work.filePath(QStringLiteral("www/news"));
    makeBundle(bundle, "live");
    auto target = PublishTarget::parse(QStringLiteral("127.0.0.1:") + site);
    REQUIRE(target.has_value());
    PublishOptions options;
    options.sshConfig = server.sshConfig();

    auto first = SitePublisher(*target, options).publish(bundle);
    INFO((first ? QString() : first.error().text()).toStdString());
    REQUIRE(first.has_value());
    CHECK(first->filesSent == 4);
    CHECK(readFile(site + QStringLiteral("/current/zh-hant-hk/index.html")) == "live");

    // A second release with 4 MiB of photos, sent at 256 KiB/s: the connection dies half-way.
    writeFile(bundle + QStringLiteral("/zh-hant-hk/index.html"), "next");
    QByteArray noise(4 << 20, Qt::Uninitialized);
    QRandomGenerator generator(19);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    writeFile(bundle + QStringLiteral("/assets/media/photo.jpg"), noise);
    PublishOptions slow = options;
    slow.bandwidthKiBs = 256;
    Result<PublishReport> cut = std::unexpected(Error {});
    std::thread upload([&] { cut = SitePublisher(*target, slow).publish(bundle); });
    // Wait until part of the photo arrived (rsync writes it into a temporary file first).
    bool arriving = false;
    for (int attempt = 0; attempt < 400 && !arriving; ++attempt) {
        QThread::msleep(50);
        QDirIterator files(
            site + QStringLiteral("/releases"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QFileInfo file(files.next());
            if (file.path().contains(u".partial") && file.size() > 256 * 1024)
                arriving = true;
        }
    }
    const int killed = server.killSessions();
    upload.join();
    REQUIRE(arriving);
    CHECK(killed > 0);
    REQUIRE_FALSE(cut.has_value());
    INFO(cut.error().text().toStdString());
    CHECK(cut.error().code == Error::Code::Io);
    CHECK(cut.error().message.contains(QStringLiteral("stays on release ") + first->release));
    CHECK(liveRelease(site) == first->release);
    CHECK(readFile(site + QStringLiteral("/current/zh-hant-hk/index.html")) == "live");
    CHECK_FALSE(QFileInfo::exists(site + QStringLiteral("/current/assets/media/photo.jpg")));

    // The next publish clears the broken upload away and goes live whole.
    auto retry = SitePublisher(*target, options).publish(bundle);
    REQUIRE(retry.has_value());
    CHECK(retry->previous == first->release);
    CHECK(retry->removed.size() == 1);
    CHECK(retry->removed.value(0).endsWith(u".partial"));
    CHECK(releaseFolders(site) == QStringList { first->release, retry->release });
    CHECK(readFile(site + QStringLiteral("/current/assets/media/photo.jpg")) == noise);
    CHECK(readFile(site + QStringLiteral("/current/zh-hant-hk/index.html")) == "next");

    // Cancelled mid-upload: the same, said as a cancellation.
    // (New bytes: rsync would rebuild a shuffled photo from the live one's blocks in no time.)
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    writeFile(bundle + QStringLiteral("/assets/media/photo.jpg"), noise);
    std::atomic<bool> cancel { false };
    slow.cancel = &cancel;
    Result<PublishReport> cancelled = std::unexpected(Error {});
    std::thread cancelling([&] { cancelled = SitePublisher(*target, slow).publish(bundle); });
    QThread::msleep(1500);
    cancel = true;
    cancelling.join();
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK(liveRelease(site) == retry->release);

    // The command line reaches the same server with --ssh-config (the demo portal, a folder of its own).
    const QString db = work.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db }, work.path()).exitCode == 0);
    const QString other = work.filePath(QStringLiteral("www/demo"));
    CliResult published
        = cli({ QStringLiteral("publish"), QStringLiteral("--db"), db, QStringLiteral("--to"),
                  QStringLiteral("127.0.0.1:") + other, QStringLiteral("--ssh-config"), server.sshConfig(),
                  QStringLiteral("--bundle"), work.filePath(QStringLiteral("demo-bundle")) },
            work.path());
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    CHECK(published.out.contains(u"127.0.0.1:" + other + u": release "));
    CHECK(manifestProblems(other + QStringLiteral("/current")).isEmpty());

    // The wrong key: refused with ssh's own words, and nothing changes.
    writeFile(server.sshConfig(), readFile(server.sshConfig()).replace("client_key", "host_key"));
    auto denied = SitePublisher(*target, options).publish(bundle);
    REQUIRE_FALSE(denied.has_value());
    INFO(denied.error().text().toStdString());
    CHECK(denied.error().message.contains(u"Permission denied"));
    CHECK(liveRelease(site) == retry->release);
}

TEST_CASE("portaldesk-cli publish exports the demo portal, saves the target, lists and rolls back",
    "[publish][e2e][cli]")
{
    QTemporaryDir work;
    const QString db = work.filePath(QStringLiteral("demo.sqlite"));
    const QString home = work.filePath(QStringLiteral("home"));
    const QString site = work.filePath(QStringLiteral("www"));
    REQUIRE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db }, home).exitCode == 0);

    CliResult saved = cli(
        { QStringLiteral("publish"), QStringLiteral("--db"), db, QStringLiteral("--to"), site,
            QStringLiteral("--save"), QStringLiteral("live"), QStringLiteral("--keep"), QStringLiteral("3") },
        home);
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out.contains(u"saved target live"));
    CHECK_FALSE(QFileInfo::exists(site)); // saved only: nothing published without --now

    // The saved target is the default; the demo portal goes live whole.
    const QString moment = QStringLiteral("--at=2026-12-01T12:00:00+08:00");
    CliResult first = cli({ QStringLiteral("publish"), QStringLiteral("--db"), db, moment }, home);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(u"pages written"));
    CHECK(first.out.contains(u" is live ("));
    const QString live = liveRelease(site);
    CHECK(manifestProblems(site + QStringLiteral("/current")).isEmpty());
    CHECK(brokenLinks(site + QStringLiteral("/current")).isEmpty());
    CHECK(QFileInfo::exists(site + QStringLiteral("/current/index.html")));

    // Published again at the same moment: nothing changed, nothing travels.
    CliResult again = cli({ QStringLiteral("publish"), QStringLiteral("--db"), db, moment }, home);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(u"(0 file(s), 0 bytes sent; was " + live + u')'));
    const QString second = liveRelease(site);
    CHECK(second != live);

    CliResult listed
        = cli({ QStringLiteral("publish"), QStringLiteral("--db"), db, QStringLiteral("--releases") }, home);
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out == live + u'\n' + second + QStringLiteral("  (live)\n"));

    CliResult back
        = cli({ QStringLiteral("publish"), QStringLiteral("--db"), db, QStringLiteral("--rollback") }, home);
    REQUIRE(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("release %1 is live again (was %2)").arg(live, second)));
    CHECK(liveRelease(site) == live);

    // Mistakes say what and where, and change nothing.
    for (const QStringList &bad : { QStringList { QStringLiteral("--keep"), QStringLiteral("1") },
             QStringList { QStringLiteral("--to"), QStringLiteral("we b1:/srv") },
             QStringList { QStringLiteral("--rollback"), QStringLiteral("--releases") } }) {
        CliResult refused
            = cli(QStringList { QStringLiteral("publish"), QStringLiteral("--db"), db } + bad, home);
        INFO(bad.join(u' ').toStdString());
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.startsWith(u"portaldesk-cli: "));
    }
    CHECK(liveRelease(site) == live);

    // --watch --once: one look at a given moment, as a systemd timer runs it; quiet when
    // nothing came due since, loud when something did.
    const QString watched = work.filePath(QStringLiteral("watched"));
    const QStringList watch { QStringLiteral("publish"), QStringLiteral("--db"), db, QStringLiteral("--to"),
        watched, QStringLiteral("--watch"), QStringLiteral("--once") };
    CliResult looked = cli(watch + QStringList { QStringLiteral("--at=2024-11-25T00:00:00Z") }, home);
    INFO(looked.err.toStdString());
    REQUIRE(looked.exitCode == 0);
    CHECK(looked.out.startsWith(
        u"2024-11-25T00:00:00Z " + watched + u": published (first publish of this watch): release "));
    CliResult quiet = cli(watch + QStringList { QStringLiteral("--at=2024-11-25T00:00:20Z") }, home);
    REQUIRE(quiet.exitCode == 0);
    CHECK(quiet.out.isEmpty());
    CliResult due = cli(watch + QStringList { QStringLiteral("--at=2027-01-04T01:00:20Z") }, home);
    REQUIRE(due.exitCode == 0);
    CHECK(due.out.contains(u"came live: article a-money-tips-new-year-checklist"));
    for (const QStringList &bad : { QStringList { QStringLiteral("--once") },
             QStringList { QStringLiteral("--watch"), QStringLiteral("--at=2024-11-25T00:00:00Z") },
             QStringList { QStringLiteral("--watch"), QStringLiteral("--every"), QStringLiteral("1") },
             QStringList { QStringLiteral("--watch"), QStringLiteral("--rollback") } }) {
        CliResult refused
            = cli(QStringList { QStringLiteral("publish"), QStringLiteral("--db"), db } + bad, home);
        INFO(bad.join(u' ').toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.startsWith(u"portaldesk-cli: --"));
    }
    QTemporaryDir empty;
    const QString other = empty.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), other }, home).exitCode == 0);
    CliResult unsaved = cli({ QStringLiteral("publish"), QStringLiteral("--db"), other }, home);
    CHECK(unsaved.exitCode != 0);
    CHECK(unsaved.err.contains(u"no saved publish target"));
}
