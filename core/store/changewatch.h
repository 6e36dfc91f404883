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
// the live locks every few seconds, on both engines.
// On PostgreSQL the watch also looks after the connection: a cheap query every two
// seconds notices a server or network that went away; the Database then says it is
// offline (connectionChanged), and the watch reconnects with growing pauses (1, 2, 4, 8,
// 15, 30 s), LISTENs again, says it is back and announces every kind of change, since
// what changed meanwhile was not heard.

#include "core/error.h"
#include "core/store/database.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace PortalDesk {

class ChangeWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int GatherMs = 50; // notifications within this time are passed on as one
    static constexpr int PollMs = 150; // SQLite's check (a counter read, no disk access)
    static constexpr int LockCheckMs = 5000; // locks whose holder went away
    static constexpr int HealthMs = 2000; // PostgreSQL: is the connection still there?

    explicit ChangeWatch(DatabasePtr database, QObject *parent = nullptr);
    ~ChangeWatch() override;

    // Starts watching on the calling thread (its event loop delivers the changes).
    Status start();

    bool isOnline() const { return m_online; }
    int retrySeconds() const { return m_retrySeconds; } // the pause before the next try, offline
    // Checks the connection now (the timer does it every HealthMs); tests call it.
    void checkConnection();

private:
    void received(const QString &name, const QVariant &payload, bool fromHere);
    void poll();
    void checkLocks();
    Status listen();
    qint64 backend() const; // the server process of this thread's connection; -1 when unreachable
    void tryReconnect();
    void passOn();

    DatabasePtr m_database;
    QTimer m_gather;
    QTimer m_poll;
    QTimer m_lockCheck;
    QTimer m_health;
    QTimer m_retry;
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
