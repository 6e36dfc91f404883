#include "core/store/feedlog.h"

#include "core/store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::FeedLog", text);
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString serialised(const QJsonObject &state)
{
    return QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

} // namespace

FeedLog::FeedLog(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QMap<QString, QJsonObject>> FeedLog::feeds() const
{
    auto query = Sql::run(Sql::connection(*m_database), QStringLiteral("SELECT address, state FROM feeds"));
    if (!query)
        return std::unexpected(query.error());
    QMap<QString, QJsonObject> feeds;
    while (query->next())
        feeds.insert(query->value(0).toString(), parsed(query->value(1).toString()));
    return feeds;
}

Result<std::optional<QJsonObject>> FeedLog::feed(const QString &address) const
{
    auto query = Sql::run(Sql::connection(*m_database),
        QStringLiteral("SELECT state FROM feeds WHERE address = ?"), { address });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::nullopt;
    return parsed(query->value(0).toString());
}

Status FeedLog::add(const QString &address)
{
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral(
            "INSERT INTO feeds (address, state) VALUES (?, '{}') ON CONFLICT (address) DO NOTHING"),
        { address });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status FeedLog::put(const QString &address, const QJsonObject &state)
{
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral("INSERT INTO feeds (address, state) VALUES (?, ?)"
                       " ON CONFLICT (address) DO UPDATE SET state = excluded.state"),
        { address, serialised(state) });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status FeedLog::remove(const QString &address)
{
    auto done = Sql::run(
        Sql::connection(*m_database), QStringLiteral("DELETE FROM feeds WHERE address = ?"), { address });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<int> FeedLog::pollMinutes() const
{
    auto query = Sql::run(
        Sql::connection(*m_database), QStringLiteral("SELECT poll_minutes FROM feed_options WHERE id = 1"));
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toInt() : 0;
}

Status FeedLog::setPollMinutes(int minutes)
{
    if (minutes < 0 || minutes > 24 * 60)
        return std::unexpected(Error::invalid(QStringLiteral("poll_minutes"),
            tr("polling takes 0 (on demand) to 1,440 minutes, not %1").arg(minutes)));
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral("INSERT INTO feed_options (id, poll_minutes) VALUES (1, ?)"
                       " ON CONFLICT (id) DO UPDATE SET poll_minutes = excluded.poll_minutes"),
        { minutes });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<QString> FeedLog::claim(const QString &address, const QString &holder, const QDateTime &now)
{
    const QSqlDatabase db = Sql::connection(*m_database);
    // One statement: of two clients claiming at once, the database lets one update the row.
    auto claimed = Sql::run(db,
        QStringLiteral("UPDATE feeds SET claimed_by = ?, claimed_until = ? WHERE address = ?"
                       " AND (claimed_until IS NULL OR claimed_until < ? OR claimed_by = ?)"),
        { holder, stamp(now.addSecs(std::chrono::seconds(Lease).count())), address, stamp(now), holder });
    if (!claimed)
        return std::unexpected(claimed.error());
    if (claimed->numRowsAffected() == 1)
        return QString();
    auto query = Sql::run(db, QStringLiteral("SELECT claimed_by FROM feeds WHERE address = ?"), { address });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(
            Error::of(Error::Code::NotFound, tr("the portal does not follow the feed %1").arg(address)));
    return query->value(0).toString();
}

Status FeedLog::release(const QString &address, const QString &holder)
{
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral(
            "UPDATE feeds SET claimed_by = NULL, claimed_until = NULL WHERE address = ? AND claimed_by = ?"),
        { address, holder });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace PortalDesk
