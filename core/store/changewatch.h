#pragma once

// Tells this PortalDesk when another one — a colleague on the newsroom server, or a
// second window on the same SQLite file — changed the portal, by emitting the
// Database's own change signals (articlesChanged and the rest), which the article
// list, promo board, preview and open editors already follow.
// PostgreSQL: triggers on the portal's tables send NOTIFY portaldesk (schema 8); the
// watch LISTENs on the calling thread's connection. SQLite: PRAGMA data_version,
// which changes only when another connection commits, is read every 150 ms.
// Notifications that arrive together are passed on together, a moment later.
// Edit locks (core/store/editlocks.h) are announced the same way when taken or let go;
// a holder that went away without a word (a crash, a lost network) is found by checking
// the live locks every few seconds, on both engines (on the server, right after the
// connection probe below was answered).
// On PostgreSQL the watch also looks after the connection: every two seconds a probe asks
// the server a cheap question on a connection of its own, in a thread of its own, waiting at
// most SilentMs for the answer. A network that went silent (no error, just nothing) is so
// noticed without the caller's thread; the probe then ends the caller's connection at once
// (Database::severGuarded), so a statement the window is waiting on fails now instead of when
// TCP gives up (20 s or more), and the watch says the Database is offline
// (connectionChanged) and cuts it off (Database::cutOff: statements fail at once, unsent). A
// probe that fails outright (the server went away) does the same, as does a caller's session
// that is not the one that LISTENs (Qt reopened it). Offline, the probe asks again after
// growing pauses (1, 2, 4, 8, 15, 30 s); once answered, the watch reconnects, LISTENs again,
// says it is back and announces every kind of change, since what changed meanwhile was not
// heard. While the window waits for something (its event loop has not turned for BlockedMs:
// maybe a statement the server does not answer), the probe asks every HurriedPauseMs and gives
// up after HurriedMs, so a statement caught by the silence fails within about three seconds.
// A watch that goes (the window closes) stops a probe waiting for a silent server at once,
// leaves one that is connecting again to finish by itself (the application joins it as it
// ends), and gives the server UnlistenMs to answer its UNLISTEN before it ends the connection.

#include "core/error.h"
#include "core/store/database.h"
#include "core/store/probeoutcomes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>
#include <thread>

namespace PortalDesk {

class ChangeWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int GatherMs = 50; // notifications within this time are passed on as one
    static constexpr int PollMs = 150; // SQLite's check (a counter read, no disk access)
    static constexpr int LockCheckMs = 5000; // locks whose holder went away
    static constexpr int HealthMs = 2000; // PostgreSQL: is the connection still there?
    static constexpr int SilentMs = 5000; // a probe unanswered this long: the server is gone
    static constexpr int UnlistenMs = 1000; // a watch that goes waits this long for the server
    static constexpr int BeatMs = 200; // the watch's thread shows that its event loop turns
    static constexpr int BlockedMs = 700; // without a turn this long, the window waits for something
    static constexpr int HurriedMs = 2000; // then a probe unanswered this long is enough
    static constexpr int HurriedPauseMs = 500; // and the probe asks again this soon

    explicit ChangeWatch(DatabasePtr database, QObject *parent = nullptr);
    ~ChangeWatch() override;

    // Starts watching on the calling thread (its event loop delivers the changes).
    Status start();

    bool isOnline() const { return m_online; }
    int retrySeconds() const { return m_retrySeconds; } // the pause before the next try, offline
    // Asks the probe to check the connection now rather than at its next turn; tests call it.
    void checkConnection();
    // Waits for the probes of watches that went while connecting again; the application does
    // it as it ends, tests sooner.
    static void joinLingeringProbes();

private:
    Q_INVOKABLE void takeAnswers(); // the probe's, from its thread
    void received(const QString &name, const QVariant &payload, bool fromHere);
    void poll();
    void checkLocks();
    Status listen();
    qint64 backend() const; // the server process of this thread's connection; -1 when unreachable
    void startProbe();
    void stopProbe();
    void probed(ServerSocket::Probe outcome);
    void goOffline();
    void scheduleRetry();
    void setProbePause(int milliseconds);
    void reconnectNow();
    void passOn();

    DatabasePtr m_database;
    QTimer m_gather;
    QTimer m_poll;
    QTimer m_lockCheck; // SQLite's
    QTimer m_beat; // PostgreSQL: tells the probe the event loop turns
    QElapsedTimer m_lockChecked; // PostgreSQL: since the last, checked after a probe
    // The probe's thread and what it shares with this one.
    struct Probe;
    std::shared_ptr<Probe> m_probe;
    std::thread m_probeThread;
    bool m_online = true;
    qint64 m_backend = -1;
    QPointer<QObject> m_driver; // the QSqlDriver whose notifications come here
    int m_retrySeconds = 0;
    QString m_lockFingerprint;
    QSet<QString> m_locks;
    bool m_allLocks = false;
    qint64 m_dataVersion = -1;
    QSet<QString> m_articles;
    bool m_allArticles = false;
    bool m_promos = false;
    bool m_categories = false;
    bool m_portal = false;
};

} // namespace PortalDesk
