#pragma once

// The wire feeds a portal follows, kept in its database so that every editor of a newsroom
// server sees one list and one log: a row per feed holding its state as JSON (what it means
// is core/ingest's FeedState), the interval the editors poll at, and a lease by which one
// client at a time polls a feed, so that two editors polling at the same instant never make
// the same item's draft twice.

#include "core/store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <chrono>

namespace PortalDesk {

class FeedLog
{
public:
    // How long a claim holds when its client never releases it (killed mid-poll).
    static constexpr std::chrono::minutes Lease { 10 };

    explicit FeedLog(DatabasePtr database);

    // Every feed's state, by address.
    Result<QMap<QString, QJsonObject>> feeds() const;
    // One feed's state; none when the portal does not follow it.
    Result<std::optional<QJsonObject>> feed(const QString &address) const;
    // Follows a feed (nothing happens when it is followed already).
    Status add(const QString &address);
    Status put(const QString &address, const QJsonObject &state);
    Status remove(const QString &address);

    // Minutes between polls while the portal is open; 0: on demand only.
    Result<int> pollMinutes() const;
    Status setPollMinutes(int minutes);

    // Claims the feed for `holder` (who polls it, as people should read it) until `now` +
    // Lease: returns "" when the claim is this holder's now, else the holder that has it.
    Result<QString> claim(const QString &address, const QString &holder, const QDateTime &now);
    Status release(const QString &address, const QString &holder);

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
