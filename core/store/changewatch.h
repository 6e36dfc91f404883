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

#include "core/error.h"
#include "core/store/database.h"

#include <QObject>
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

    explicit ChangeWatch(DatabasePtr database, QObject *parent = nullptr);
    ~ChangeWatch() override;

    // Starts watching on the calling thread (its event loop delivers the changes).
    Status start();

private:
    void received(const QString &name, const QVariant &payload, bool fromHere);
    void poll();
    void checkLocks();
    void passOn();

    DatabasePtr m_database;
    QTimer m_gather;
    QTimer m_poll;
    QTimer m_lockCheck;
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
