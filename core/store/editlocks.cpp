#include "core/store/editlocks.h"

#include "core/store/articlerows.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QLockFile>
#include <QSysInfo>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::EditLocks", text);
}

// The advisory locks' first number ("PDEL"), beside the export lock's "PDSK".
constexpr int lockClass = 0x5044454C;

// The live-lock condition on the server: the taker's connection still holds the token.
const QString serverLive
    = QStringLiteral("EXISTS (SELECT 1 FROM pg_locks k WHERE k.locktype = 'advisory' AND k.granted"
                     " AND k.classid = %1 AND k.objid = e.token AND k.objsubid = 2 AND k.pid = e.pid"
                     " AND k.database = (SELECT oid FROM pg_database WHERE datname = current_database()))")
          .arg(lockClass);

QString hostName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("?") : host;
}

// A session of another Database on this machine is alive while its lock file is held.
bool sessionAlive(const Database &database, const QString &token)
{
    if (token == database.sessionId())
        return true;
    const QString path = Database::sessionFolder(database.address()) + u'/' + token + QStringLiteral(".lock");
    if (!QFileInfo::exists(path))
        return false;
    QLockFile file(path);
    file.setStaleLockTime(0); // a session lasts as long as its process
    if (!file.tryLock(0))
        return true; // held by its running process (or unreadable: then not taken from it)
    file.unlock(); // its process is gone: the file was stale, and is now removed
    return false;
}

bool isServer(const DatabasePtr &database)
{
    return database->kind() == Database::Kind::Postgres;
}

Error heldBy(const EditLock &lock)
{
    return Error::of(Error::Code::Conflict,
        tr("%1 is editing this article since %2 (%3)")
            .arg(lock.name, QLocale().toString(lock.since.toLocalTime(), QLocale::ShortFormat), lock.host));
}

// The rows of edit_locks with their display names; `where` narrows them.
Result<QList<EditLock>> readLocks(
    const DatabasePtr &database, const QString &where, const QVariantList &bindings)
{
    const QSqlDatabase db = Sql::connection(*database);
    const bool server = isServer(database);
    QString sql = QStringLiteral(
        "SELECT e.article_id, e.login, COALESCE(p.display_name, e.login), e.host, e.since, %1"
        " FROM edit_locks e LEFT JOIN people p ON p.login = e.login WHERE %2")
                      .arg(server ? QStringLiteral("e.pid = pg_backend_pid()") : QStringLiteral("e.token"),
                          server ? serverLive : QStringLiteral("1 = 1"));
    if (!where.isEmpty())
        sql += QStringLiteral(" AND ") + where;
    auto query = Sql::run(db, sql, bindings);
    if (!query)
        return std::unexpected(query.error());
    QList<EditLock> locks;
    while (query->next()) {
        EditLock lock { query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
            query->value(3).toString(), Sql::toTime(query->value(4)), false };
        if (server) {
            lock.mine = query->value(5).toBool();
        } else {
            const QString token = query->value(5).toString();
            lock.mine = token == database->sessionId();
            if (!sessionAlive(*database, token))
                continue;
        }
        locks.append(lock);
    }
    return locks;
}

Result<std::optional<EditLock>> readHolder(const DatabasePtr &database, const QString &articleId)
{
    auto locks = readLocks(database, QStringLiteral("e.article_id = ?"), { articleId });
    if (!locks)
        return std::unexpected(locks.error());
    if (locks->isEmpty())
        return std::optional<EditLock>();
    return std::optional<EditLock>(locks->constFirst());
}

// A new token whose advisory lock this connection holds (PostgreSQL).
Result<int> newToken(const QSqlDatabase &db)
{
    auto next = Sql::run(db, QStringLiteral("SELECT nextval('edit_lock_tokens')::integer"));
    if (!next)
        return std::unexpected(next.error());
    if (!next->next())
        return fail(Error::Code::Database, tr("the server gave no lock token"));
    const int token = next->value(0).toInt();
    if (auto locked = Sql::run(db, QStringLiteral("SELECT pg_advisory_lock(?, ?)"), { lockClass, token });
        !locked)
        return std::unexpected(locked.error());
    return token;
}

// Lets go of this connection's advisory locks that no lock row of its own names any more:
// a lock released, refused or taken over by someone else.
void dropUnusedTokens(const QSqlDatabase &db)
{
    Sql::run(db,
        QStringLiteral("SELECT pg_advisory_unlock(%1, k.objid::bigint::integer) FROM pg_locks k"
                       " WHERE k.locktype = 'advisory' AND k.pid = pg_backend_pid() AND k.classid = %1"
                       " AND k.objsubid = 2 AND NOT EXISTS (SELECT 1 FROM edit_locks e"
                       " WHERE e.token = k.objid::bigint::integer AND e.pid = pg_backend_pid())")
            .arg(lockClass));
}

} // namespace

EditLocks::EditLocks(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<EditLock> EditLocks::take(const QString &articleId)
{
    return claim(articleId, false);
}

Result<EditLock> EditLocks::takeOver(const QString &articleId)
{
    return claim(articleId, true);
}

Result<EditLock> EditLocks::claim(const QString &articleId, bool overHolder)
{
    const QSqlDatabase db = Sql::connection(*m_database);
    const bool server = isServer(m_database);
    QVariant token;
    if (server) {
        auto fresh = newToken(db);
        if (!fresh)
            return std::unexpected(fresh.error());
        token = *fresh;
    } else {
        token = m_database->sessionId();
        if (token.toString().isEmpty())
            return fail(Error::Code::Io,
                tr("cannot mark articles as being edited: the folder %1 cannot be written")
                    .arg(Database::sessionFolder(m_database->address())));
    }
    bool changed = false;
    const auto result = [&]() -> Result<EditLock> {
        Sql::Transaction transaction(*m_database);
        if (!transaction.begun())
            return std::unexpected(transaction.begun().error());
        auto article = ArticleRows::read(db, articleId);
        if (!article)
            return std::unexpected(article.error());
        if (!*article)
            return fail(Error::Code::NotFound, tr("there is no article “%1” to edit").arg(articleId));
        auto holder = readHolder(m_database, articleId);
        if (!holder)
            return std::unexpected(holder.error());
        if (*holder && (*holder)->mine)
            return **holder;
        if (*holder && !overHolder)
            return std::unexpected(heldBy(**holder));
        // A row left by a holder that went away, or taken over, is replaced.
        if (auto cleared
            = Sql::run(db, QStringLiteral("DELETE FROM edit_locks WHERE article_id = ?"), { articleId });
            !cleared)
            return std::unexpected(cleared.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto inserted = Sql::run(db,
            // On a newsroom server with roles, row-level security holds the login to the
            // connection's own (core/store/newsroom.h).
            server ? QStringLiteral(
                "INSERT INTO edit_locks (article_id, token, pid, login, host, since)"
                " VALUES (?, ?, pg_backend_pid(), ?, ?, ?) ON CONFLICT (article_id) DO NOTHING")
                   : QStringLiteral("INSERT INTO edit_locks (article_id, token, login, host, since)"
                                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO NOTHING"),
            { articleId, token, m_database->userName(), hostName(), Sql::fromTime(now) });
        if (!inserted)
            return std::unexpected(inserted.error());
        if (inserted->numRowsAffected() == 0) { // another client took it this very moment
            auto taker = readHolder(m_database, articleId);
            return std::unexpected(taker && *taker ? heldBy(**taker)
                                                   : Error::of(Error::Code::Conflict,
                                                       tr("someone else opened this article to edit at the "
                                                          "same moment; try again")));
        }
        if (*holder) {
            // History keeps who took the article from whom, at the version it was then.
            Article noted = **article;
            noted.updatedBy = m_database->userName();
            noted.updatedAt = now;
            if (auto revised = ArticleRows::writeRevision(db, noted,
                    tr("%1 took over editing from %2").arg(m_database->displayName(), (*holder)->name));
                !revised)
                return std::unexpected(revised.error());
        }
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
        changed = true;
        return EditLock { articleId, m_database->userName(), m_database->displayName(), hostName(), now,
            true };
    }();
    if (server)
        dropUnusedTokens(db);
    if (changed)
        emit m_database->locksChanged({ articleId });
    return result;
}

Status EditLocks::release(const QString &articleId)
{
    const QSqlDatabase db = Sql::connection(*m_database);
    const bool server = isServer(m_database);
    auto deleted = server
        ? Sql::run(db,
            QStringLiteral("DELETE FROM edit_locks WHERE article_id = ? AND pid = pg_backend_pid()"),
            { articleId })
        : Sql::run(db, QStringLiteral("DELETE FROM edit_locks WHERE article_id = ? AND token = ?"),
            { articleId, m_database->sessionId() });
    if (server)
        dropUnusedTokens(db);
    if (!deleted)
        return std::unexpected(deleted.error());
    if (deleted->numRowsAffected() > 0)
        emit m_database->locksChanged({ articleId });
    return {};
}

Result<std::optional<EditLock>> EditLocks::holder(const QString &articleId) const
{
    return readHolder(m_database, articleId);
}

Result<QHash<QString, EditLock>> EditLocks::all() const
{
    auto locks = readLocks(m_database, {}, {});
    if (!locks)
        return std::unexpected(locks.error());
    QHash<QString, EditLock> byArticle;
    for (const EditLock &lock : *locks)
        byArticle.insert(lock.articleId, lock);
    return byArticle;
}

Result<QString> EditLocks::fingerprint() const
{
    auto locks = readLocks(m_database, {}, {});
    if (!locks)
        return std::unexpected(locks.error());
    QStringList parts;
    for (const EditLock &lock : *locks)
        parts << lock.articleId + u'\x1f' + lock.login + u'\x1f' + Sql::fromTime(lock.since).toString();
    parts.sort();
    return parts.join(u'\x1e');
}

} // namespace PortalDesk
