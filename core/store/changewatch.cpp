#include "core/store/changewatch.h"

#include "core/store/editlocks.h"
#include "core/store/serversocket.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace PortalDesk {

namespace {

const QString channel = QStringLiteral("portaldesk");

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::ChangeWatch", text);
}

Status cannotWatch(const QString &address, const QString &why)
{
    return fail(
        Error::Code::Database, tr("cannot follow other editors' changes on %1: %2").arg(address, why));
}

// Probe threads that were connecting again when their watch went: a window closes (or opens
// another portal) at once, and the application joins them when it ends.
std::mutex lingeringMutex;
// Never destroyed: a thread left in it at exit must not end the program (std::terminate).
std::vector<std::thread> &lingering = *new std::vector<std::thread>;

void joinLingering()
{
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(lingeringMutex);
        threads.swap(lingering);
    }
    for (std::thread &thread : threads)
        thread.join();
}

void linger(std::thread thread)
{
    if (!QCoreApplication::instance()) {
        thread.detach(); // no application to join it as it ends
        return;
    }
    std::lock_guard lock(lingeringMutex);
    if (lingering.empty())
        qAddPostRoutine(joinLingering); // runs as the application object goes (once more is harmless)
    lingering.push_back(std::move(thread));
}

} // namespace

void ChangeWatch::joinLingeringProbes()
{
    joinLingering();
}

// What the probe's thread and the watch share: when to ask next, and when to stop.
struct ChangeWatch::Probe
{
    // Atomics only, no condition variable (libstdc++ waits on one inside its own library, where
    // ThreadSanitizer with ignore_noninstrumented_modules cannot follow) and no mutex-guarded
    // container: a TSan build once reported the probe's push and the watch's swap of such a
    // vector, both under the one mutex, as a race. Atomics cannot race with each other.
    std::atomic<bool> stop = false;
    std::atomic<bool> now = false; // ask at once (checkConnection)
    std::atomic<int> pauseMs = HealthMs;
    std::atomic<bool> connecting = false;
    // The window's event loop turns (m_beat) unless the window waits for something, maybe
    // for the server: the probe then asks sooner and waits for less (HurriedMs), so that a
    // network gone silent freezes the window for two or three seconds, not SilentMs and more.
    std::atomic<bool> online = true;
    std::atomic<qint64> beat = clock();

    static qint64 clock()
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
    bool windowWaits() const { return online && clock() - beat >= BlockedMs; }
    ServerSocket::Outcomes answers; // what the watch has not taken yet
};

ChangeWatch::ChangeWatch(DatabasePtr database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(GatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ChangeWatch::passOn);
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatch::poll);
    m_lockCheck.setInterval(LockCheckMs);
    connect(&m_lockCheck, &QTimer::timeout, this, &ChangeWatch::checkLocks);
    m_beat.setInterval(BeatMs);
    connect(&m_beat, &QTimer::timeout, this, [this] {
        if (m_probe)
            m_probe->beat = Probe::clock();
    });
}

ChangeWatch::~ChangeWatch()
{
    stopProbe();
    if (m_database->kind() != Database::Kind::Postgres)
        return;
    const QSqlDatabase db = Sql::connection(*m_database);
    if (!db.isOpen() || !db.driver())
        return;
    // UNLISTEN asks the server, and over a network that just went silent the answer would be
    // waited for as long as TCP waits (for ever, if something still acknowledges the packets):
    // a window must close all the same. Unanswered within a second, the connection is ended.
    std::atomic<bool> answered = false;
    std::thread watchdog([&answered, database = m_database] {
        for (int waited = 0; waited < UnlistenMs && !answered; waited += 50)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (!answered)
            database->severGuarded();
    });
    db.driver()->unsubscribeFromNotification(channel);
    answered = true;
    watchdog.join();
}

Status ChangeWatch::start()
{
    m_lockFingerprint = EditLocks(m_database).fingerprint().value_or(QString());
    if (m_database->kind() == Database::Kind::Sqlite) {
        m_lockCheck.start();
        poll(); // the starting point
        m_poll.start();
        return {};
    }
    // On the server the locks are checked right after a probe was answered (probed), so an
    // idle window never asks a network that may have just gone silent.
    m_lockChecked.start();
    if (auto listening = listen(); !listening)
        return listening;
    m_database->guardSocket();
    startProbe();
    return {};
}

Status ChangeWatch::listen()
{
    const QSqlDatabase db = Sql::connection(*m_database);
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->subscribeToNotification(channel))
        return cannotWatch(m_database->address(), driver ? driver->lastError().text() : QString());
    if (m_driver != driver) { // the same driver keeps its connection to this watch across reconnections
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                received(name, payload, source == QSqlDriver::SelfSource);
            });
        m_driver = driver;
    }
    m_backend = backend();
    return {};
}

qint64 ChangeWatch::backend() const
{
    auto pid = Sql::run(Sql::connection(*m_database), QStringLiteral("SELECT pg_backend_pid()"));
    return pid && pid->next() ? pid->value(0).toLongLong() : -1;
}

void ChangeWatch::checkConnection()
{
    if (m_probe)
        m_probe->now = true;
}

void ChangeWatch::startProbe()
{
    if (m_probe)
        return;
    m_probe = std::make_shared<Probe>();
    m_probe->online = m_online;
    m_beat.start();
    // The thread owns copies of what it needs; the watch joins it before it goes (or leaves
    // it to linger, stopped, while it connects: then it tells the watch nothing more), and Qt
    // drops an answer still on its way to a watch that went.
    std::promise<void> connected;
    std::future<void> ready = connected.get_future();
    m_probeThread = std::thread([probe = m_probe, database = m_database, watch = this,
                                    connected = std::move(connected)]() mutable {
        (void)database->connectionName(); // its connection, opened while the server answers
        connected.set_value();
        qint64 lastAsked = 0;
        while (true) {
            // Waits its pause in short steps, to hear stop and now at once; a window that
            // waits (on the server, perhaps) is looked after sooner.
            for (int waited = 0; waited < probe->pauseMs && !probe->stop && !probe->now; waited += 50) {
                if (probe->windowWaits() && Probe::clock() - lastAsked >= HurriedPauseMs)
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            if (probe->stop)
                break;
            probe->now = false;
            // Its own connection, opened afresh after it failed; never the watched one.
            QSqlDatabase db = QSqlDatabase::database(database->connectionName(), false);
            ServerSocket::Probe outcome = ServerSocket::Probe::Failed;
            probe->connecting = true; // then stop: the watch sees one or the other (both seq_cst)
            const bool open = !probe->stop && (db.isOpen() || database->reconnect());
            probe->connecting = false;
            lastAsked = Probe::clock();
            if (open) {
                outcome = ServerSocket::ask(db, std::chrono::milliseconds(SilentMs), [&probe, lastAsked] {
                    return probe->stop || (probe->windowWaits() && Probe::clock() - lastAsked >= HurriedMs);
                });
            }
            lastAsked = Probe::clock();
            if (probe->stop) // the watch is going (the window closes): nothing more to say
                break;
            if (outcome != ServerSocket::Probe::Answered) {
                // Whoever waits on the watched connection is answered now, not when TCP gives up.
                database->severGuarded();
                db.close();
            }
            // The answer waits in the shared state; the watch is told through Qt's queue
            // with nothing attached (what Qt carries across, ThreadSanitizer cannot see).
            probe->answers.put(outcome);
            QMetaObject::invokeMethod(watch, "takeAnswers", Qt::QueuedConnection);
        }
        database->releaseConnection();
    });
    ready.wait(); // as long as connecting takes, like the LISTEN before it
}

void ChangeWatch::stopProbe()
{
    if (!m_probe)
        return;
    m_beat.stop();
    m_probe->stop = true;
    if (m_probe->connecting)
        linger(std::move(m_probeThread)); // connecting again: up to connect_timeout
    else
        m_probeThread.join(); // it hears stop within 50 ms
    m_probe.reset();
}

void ChangeWatch::takeAnswers()
{
    if (!m_probe)
        return;
    for (const ServerSocket::Probe outcome : m_probe->answers.take())
        probed(outcome);
}

void ChangeWatch::probed(ServerSocket::Probe outcome)
{
    const bool answered = outcome == ServerSocket::Probe::Answered;
    if (!m_online) {
        if (answered)
            reconnectNow(); // the server answers again
        else
            scheduleRetry();
        return;
    }
    if (!answered) {
        goOffline();
        return;
    }
    // The server answered a moment ago, so asking this thread's own session is quick (and
    // should the network fall silent meanwhile, the next probe ends the wait). The same session
    // as when the watch began to listen: nothing was lost. A new one (Qt opened the connection
    // again by itself) has neither the LISTEN nor the session settings: it is a reconnection.
    const qint64 now = backend();
    if (now != m_backend || now < 0) {
        goOffline();
        return;
    }
    if (m_lockChecked.elapsed() >= LockCheckMs) {
        m_lockChecked.start();
        checkLocks();
    }
}

void ChangeWatch::goOffline()
{
    if (!m_online)
        return;
    m_online = false;
    if (m_probe)
        m_probe->online = false;
    m_database->cutOff();
    m_retrySeconds = 1;
    setProbePause(m_retrySeconds * 1000);
    emit m_database->connectionChanged(false);
}

void ChangeWatch::scheduleRetry()
{
    m_retrySeconds = m_retrySeconds >= 15 ? 30 : m_retrySeconds >= 8 ? 15 : std::max(1, m_retrySeconds * 2);
    setProbePause(m_retrySeconds * 1000);
    emit m_database->connectionChanged(false); // still offline; the next try is later
}

void ChangeWatch::setProbePause(int milliseconds)
{
    if (m_probe)
        m_probe->pauseMs = milliseconds;
}

void ChangeWatch::reconnectNow()
{
    // The server has just answered the probe: reconnecting here waits for nothing else.
    // Should the network fall silent meanwhile, the probe looks after the window as when
    // online (a statement on the new connection is severed).
    m_database->resume();
    if (m_probe)
        m_probe->online = true;
    if (!m_database->reconnect() || !listen()) {
        if (m_probe)
            m_probe->online = false;
        m_database->cutOff();
        scheduleRetry();
        return;
    }
    m_database->guardSocket();
    m_online = true;
    if (m_probe)
        m_probe->online = true;
    m_retrySeconds = 0;
    setProbePause(HealthMs);
    emit m_database->connectionChanged(true);
    // Nothing said while offline was heard: everything may have changed.
    m_allArticles = m_promos = m_categories = m_portal = m_allLocks = true;
    passOn();
}

void ChangeWatch::received(const QString &name, const QVariant &payload, bool fromHere)
{
    // This connection's own writes were announced here already, when they were made.
    if (name != channel || fromHere)
        return;
    const QString text = payload.toString();
    const QString table = text.section(u' ', 0, 0);
    if (table == u"articles") {
        const QString id = text.section(u' ', 1);
        if (id.isEmpty())
            m_allArticles = true;
        else
            m_articles.insert(id);
    } else if (table == u"promos") {
        m_promos = true;
    } else if (table == u"sections" || table == u"columns") {
        m_categories = true;
    } else if (table == u"portal") {
        m_portal = true;
    } else if (table == u"edit_locks") {
        m_locks.insert(text.section(u' ', 1));
    } else if (table == u"trash") {
        return; // moving in or out of it is announced as the article's change; emptying it changes no list
    } else if (table == u"people") { // display names in lists and lock marks
        m_allArticles = m_allLocks = true;
    } else {
        m_allArticles = m_promos = m_categories = m_portal = m_allLocks = true; // from a newer PortalDesk
    }
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeWatch::poll()
{
    auto version = Sql::run(Sql::connection(*m_database), QStringLiteral("PRAGMA data_version"));
    if (!version || !version->next())
        return;
    const qint64 now = version->value(0).toLongLong();
    if (m_dataVersion >= 0 && now != m_dataVersion) {
        m_allArticles = m_promos = m_categories = m_portal = m_allLocks = true;
        passOn();
    }
    m_dataVersion = now;
}

void ChangeWatch::passOn()
{
    if (m_portal)
        emit m_database->portalChanged();
    if (m_categories)
        emit m_database->categoriesChanged();
    if (m_promos)
        emit m_database->promosChanged();
    if (m_allArticles)
        emit m_database->articlesChanged({});
    else if (!m_articles.isEmpty())
        emit m_database->articlesChanged(QStringList(m_articles.cbegin(), m_articles.cend()));
    if (m_allLocks)
        emit m_database->locksChanged({});
    else if (!m_locks.isEmpty())
        emit m_database->locksChanged(QStringList(m_locks.cbegin(), m_locks.cend()));
    if (m_allLocks || !m_locks.isEmpty())
        m_lockFingerprint = EditLocks(m_database).fingerprint().value_or(m_lockFingerprint);
    m_articles.clear();
    m_locks.clear();
    m_allArticles = m_promos = m_categories = m_portal = m_allLocks = false;
}

void ChangeWatch::checkLocks()
{
    auto now = EditLocks(m_database).fingerprint();
    if (!now || *now == m_lockFingerprint)
        return;
    m_lockFingerprint = *now;
    emit m_database->locksChanged({});
}

} // namespace PortalDesk
