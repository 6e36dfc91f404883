// A network that goes silent under a newsroom client (issue 14: "never a frozen window"):
// no error, no reset, the packets just stop. A proxy on 127.0.0.1, in a thread of its own,
// stands between the client and the test server and can stop passing anything on while
// keeping every connection open, which is what a pulled cable or a dead Wi-Fi looks like to
// the client's TCP until its timeouts end. The watch must notice without the caller's thread
// ever waiting for the network, refuse statements at once without sending them, and come
// back when the network does.

#include "core/parallel.h"
#include "core/store/articlestore.h"
#include "core/store/changewatch.h"
#include "storetesting.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>
#include <thread>

using namespace PortalDesk;

namespace {

// Passes bytes between clients and the server at `target` until silence(); restore() ends
// the connections that were silenced (their sessions are gone) and passes on again.
class SilentProxy : public QObject
{
public:
    explicit SilentProxy(quint16 target)
        : m_target(target)
    {
        moveToThread(&m_thread);
        m_thread.start();
        onProxyThread([this] {
            m_server = new QTcpServer(this);
            m_server->listen(QHostAddress::LocalHost);
            connect(m_server, &QTcpServer::newConnection, this, &SilentProxy::accept);
            m_port = m_server->serverPort();
        });
    }
    ~SilentProxy() override
    {
        onProxyThread([this] { qDeleteAll(children()); });
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    qint64 droppedFromClients() const { return m_dropped; }
    void silence() { m_silent = true; }
    void restore()
    {
        onProxyThread([this] {
            for (QTcpSocket *socket : findChildren<QTcpSocket *>())
                socket->abort();
            m_silent = false;
        });
    }

private:
    // Runs `work` on the proxy's thread and waits for it; the hand-overs, made through Qt's
    // queue, are marked for ThreadSanitizer (core/parallel.h).
    template<typename Work> void onProxyThread(Work work)
    {
        // The lambda Qt carries has no captures (its bytes, copied across inside libQt6Core,
        // are nothing ThreadSanitizer could see being handed over): `work` goes by a static.
        static constexpr char token = 0;
        static std::function<void()> pending;
        pending = work;
        Parallel::handOver(&token);
        QMetaObject::invokeMethod(
            this,
            [] {
                Parallel::takeOver(&token);
                pending();
                Parallel::handOver(&token);
            },
            Qt::BlockingQueuedConnection);
        Parallel::takeOver(&token);
    }

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            auto *server = new QTcpSocket(this);
            server->connectToHost(QHostAddress::LocalHost, m_target);
            const auto pass = [this](QTcpSocket *from, QTcpSocket *to, bool fromClient) {
                const QByteArray bytes = from->readAll();
                if (m_silent) {
                    if (fromClient)
                        m_dropped += bytes.size();
                    return; // swallowed: nothing comes back, not even an error
                }
                to->write(bytes);
            };
            connect(client, &QTcpSocket::readyRead, this, [=] { pass(client, server, true); });
            connect(server, &QTcpSocket::readyRead, this, [=] { pass(server, client, false); });
            connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        }
    }

    quint16 m_target;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<bool> m_silent = false;
    std::atomic<qint64> m_dropped = 0;
};

// The test server's password for its admin login, from the passfile scripts/test writes.
QString adminPassword()
{
    QFile passfile(qEnvironmentVariable("PGPASSFILE"));
    REQUIRE(passfile.open(QIODevice::ReadOnly));
    const QByteArray port = qgetenv("PORTALDESK_TEST_PG_PORT");
    for (const QByteArray &line : passfile.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        if (fields.size() == 5 && fields.at(1) == port)
            return QString::fromUtf8(fields.at(4));
    }
    FAIL("no password for the test server in PGPASSFILE");
    return {};
}

// A new portal on the test server, reached through a SilentProxy.
struct ProxiedPortal
{
    QTemporaryDir folder;
    QUrl address { Testing::newTestAddress(folder.filePath(QStringLiteral("portal.sqlite"))) };
    SilentProxy proxy { quint16(address.port()) };
    DatabasePtr database;

    ProxiedPortal()
    {
        address.setPort(proxy.port());
        address.setPassword(adminPassword());
        auto opened = Database::open(address.toString());
        INFO((opened ? QString() : opened.error().text()).toStdString());
        REQUIRE(opened.has_value());
        database = *opened;
    }
};

} // namespace

TEST_CASE("a network gone silent: offline without waiting, statements refused unsent, back when it answers",
    "[postgres][silent]")
{
    if (!Testing::onPostgres())
        return;
    ProxiedPortal portal;
    SilentProxy &proxy = portal.proxy;
    const DatabasePtr database = portal.database;
    Article draft = Testing::sampleArticle();
    draft.section.clear();
    draft.columns.clear();
    const Article article = ArticleStore(database).create(draft).value();
    ChangeWatch watch(database);
    REQUIRE(watch.start().has_value());
    QSignalSpy connection(database.get(), &Database::connectionChanged);

    proxy.silence();
    // The watch's checks run here while its probe waits elsewhere: were any of them to wait
    // for the silent network on this thread, this loop would never end.
    REQUIRE(Testing::within(3 * ChangeWatch::SilentMs, [&] {
        watch.checkConnection();
        return !watch.isOnline();
    }));
    REQUIRE_FALSE(connection.isEmpty());
    CHECK(connection.first().first().toBool() == false);
    CHECK(database->isCutOff());

    // A save now fails at once and says why, and nothing of it goes out on the network.
    const qint64 sent = proxy.droppedFromClients();
    Article edited = article;
    edited.headline = QStringLiteral("斷線時的修改");
    auto refused = ArticleStore(database).save(edited);
    REQUIRE_FALSE(refused.has_value());
    CHECK(
        refused.error().error.message.contains(QStringLiteral("connection to the newsroom server was lost")));
    CHECK(refused.error().error.message.contains(QStringLiteral("the server does not answer")));
    CHECK_FALSE(ArticleStore(database).list().has_value());
    CHECK(proxy.droppedFromClients() == sent);

    // The network comes back (the silenced sessions are gone): so does the client, by itself.
    proxy.restore();
    REQUIRE(Testing::within(40000, [&] { return watch.isOnline(); }));
    CHECK_FALSE(database->isCutOff());
    CHECK(connection.last().first().toBool() == true);
    auto saved = ArticleStore(database).save(edited);
    INFO((saved ? QString() : saved.error().error.message).toStdString());
    CHECK(saved.has_value());
}

TEST_CASE(
    "a watch that goes while its probe waits on a silent network does not wait for it", "[postgres][silent]")
{
    if (!Testing::onPostgres())
        return;
    ProxiedPortal portal;
    SilentProxy &proxy = portal.proxy;
    std::optional<ChangeWatch> watch(std::in_place, portal.database);
    REQUIRE(watch->start().has_value());

    // The network goes silent and the probe asks at once: it now waits for an answer that
    // never comes (for up to SilentMs) when the window closes; and the watch's UNLISTEN, on
    // a connection the proxy keeps alive without passing anything on, would wait for ever.
    proxy.silence();
    watch->checkConnection();
    QThread::msleep(300);
    QElapsedTimer closing;
    closing.start();
    watch.reset();
    INFO("the watch took " << closing.elapsed() << " ms to go");
    CHECK(closing.elapsed() < ChangeWatch::UnlistenMs + ChangeWatch::SilentMs / 2);
}

TEST_CASE("a statement caught by a network gone silent fails within seconds, whenever the probe last asked",
    "[postgres][silent]")
{
    if (!Testing::onPostgres())
        return;
    ProxiedPortal portal;
    SilentProxy &proxy = portal.proxy;
    ChangeWatch watch(portal.database);
    REQUIRE(watch.start().has_value());
    // The probe has just been answered and begins its pause (HealthMs): unhurried, it would
    // ask again only then and wait SilentMs more, nearly seven seconds of a frozen window.
    watch.checkConnection();
    QTest::qWait(300);

    proxy.silence();
    QElapsedTimer waiting;
    waiting.start();
    auto listed = ArticleStore(portal.database).list(); // the window's thread, its event loop still
    const qint64 waited = waiting.elapsed();
    INFO("the statement waited " << waited << " ms");
    CHECK_FALSE(listed.has_value());
    CHECK(waited < ChangeWatch::BlockedMs + ChangeWatch::HurriedMs + 1000);
    REQUIRE(Testing::within(ChangeWatch::SilentMs, [&] { return !watch.isOnline(); }));

    // A window that merely turns its event loop (and a server that answers) is left in peace:
    // no hurried probe takes a healthy connection for a silent one.
    proxy.restore();
    REQUIRE(Testing::within(40000, [&] { return watch.isOnline(); }));
    QThread::msleep(2 * ChangeWatch::HurriedMs); // the window busy with something else
    CHECK(ArticleStore(portal.database).list().has_value());
    QTest::qWait(ChangeWatch::HealthMs);
    CHECK(watch.isOnline());
}

TEST_CASE("a watch that goes while its probe connects again does not wait for it", "[postgres][silent]")
{
    if (!Testing::onPostgres())
        return;
    ProxiedPortal portal;
    SilentProxy &proxy = portal.proxy;
    std::optional<ChangeWatch> watch(std::in_place, portal.database);
    REQUIRE(watch->start().has_value());
    proxy.silence();
    REQUIRE(Testing::within(3 * ChangeWatch::SilentMs, [&] {
        watch->checkConnection();
        return !watch->isOnline();
    }));
    // Offline, the probe tries again after a second: its new connection reaches the proxy,
    // which swallows the greeting, so libpq waits up to connect_timeout (10 s).
    QTest::qWait(1500);
    QElapsedTimer closing;
    closing.start();
    watch.reset();
    INFO("the watch took " << closing.elapsed() << " ms to go");
    CHECK(closing.elapsed() < ChangeWatch::UnlistenMs + 500);
    proxy.restore(); // the lingering probe's connection ends, and so does its thread
    ChangeWatch::joinLingeringProbes();
}

TEST_CASE("the window's connection is cut off at once while another thread connects over a silent network",
    "[postgres][silent]")
{
    if (!Testing::onPostgres())
        return;
    ProxiedPortal portal;
    SilentProxy &proxy = portal.proxy;
    const DatabasePtr database = portal.database;
    database->guardSocket(); // this thread's connection is the window's
    // A probe: its own connection, opened while the network passes; then it connects again
    // and libpq waits for a greeting the silent proxy swallows (up to connect_timeout).
    std::atomic<bool> opened = false;
    std::atomic<bool> silent = false;
    std::thread prober([database, &opened, &silent] {
        (void)database->connectionName();
        opened = true;
        while (!silent)
            QThread::msleep(10);
        (void)database->reconnect();
        database->releaseConnection();
    });
    REQUIRE(Testing::within(10000, [&] { return opened.load(); }));
    proxy.silence();
    silent = true;
    QThread::msleep(300);
    QElapsedTimer cutting;
    cutting.start();
    database->severGuarded();
    database->cutOff();
    INFO("cutting off took " << cutting.elapsed() << " ms");
    CHECK(cutting.elapsed() < 1000);
    CHECK(database->isCutOff());
    proxy.restore(); // the connecting thread's connection ends
    prober.join();
}
