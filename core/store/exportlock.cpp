#include "core/store/exportlock.h"

#include "core/store/sql.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLockFile>
#include <QSqlQuery>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::ExportLock", text);
}

// Beside the migration lock's one-number key ("PDSK"), in the two-number form.
constexpr int lockClass = 0x5044534B;
using Purpose = ExportLock::Purpose;
// application_name keeps printable ASCII only (63 bytes), so the holder's name is
// percent-encoded: "PD export 2026-12-02T02:42Z %E9%99%B3%E5%A4%A7%E6%96%87".
QString holderPrefix(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Watch:
        return QStringLiteral("PD watch ");
    case Purpose::Publish:
        return QStringLiteral("PD publish ");
    case Purpose::Export:
        break;
    }
    return QStringLiteral("PD export ");
}
constexpr qsizetype applicationNameBytes = 63;

QString lockFile(const DatabasePtr &database, Purpose purpose)
{
    switch (purpose) {
    case Purpose::Watch:
        return database->address() + QStringLiteral(".publish-watch-lock");
    case Purpose::Publish:
        return database->address() + QStringLiteral(".publish-lock");
    case Purpose::Export:
        break;
    }
    return database->address() + QStringLiteral(".export-lock");
}

Error busy(Purpose purpose, const QString &who, const QString &since)
{
    if (purpose == Purpose::Publish)
        return Error::of(Error::Code::Conflict,
            tr("%1 is already publishing this portal (since %2); one publish runs at a time: try again when "
               "it "
               "has finished")
                .arg(who, since));
    if (purpose == Purpose::Watch)
        return Error::of(Error::Code::Conflict,
            tr("%1 is already watching this portal to publish it (since %2); one watcher publishes at a "
               "time, this one stands by")
                .arg(who, since));
    return Error::of(Error::Code::Conflict,
        tr("%1 is already exporting this portal (since %2); one export runs at a time: try again when it has "
           "finished")
            .arg(who, since));
}

// "PortalDesk export 2026-12-02T02:42Z chan.tai.man" → who and since, in the portal's words.
Error busyOnServer(const QSqlDatabase &db, Purpose purpose)
{
    auto holder = Sql::run(db,
        QStringLiteral(
            "SELECT a.application_name, a.usename FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ?"
            " AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database"
            " WHERE datname = current_database())"),
        { lockClass, int(purpose) });
    QString who = tr("another editor");
    QString since = tr("a moment ago");
    if (holder && holder->next()) {
        const QString name = holder->value(0).toString();
        if (name.startsWith(holderPrefix(purpose))) {
            const QString rest = name.mid(holderPrefix(purpose).size());
            const QDateTime start = QDateTime::fromString(rest.section(u' ', 0, 0), Qt::ISODate);
            if (start.isValid())
                since = QLocale().toString(start.toLocalTime(), QLocale::ShortFormat);
            who = QString::fromUtf8(QByteArray::fromPercentEncoding(rest.section(u' ', 1).toLatin1()));
        }
        if (who.isEmpty())
            who = holder->value(1).toString();
    }
    return busy(purpose, who, since);
}

} // namespace

Result<ExportLock> ExportLock::take(const DatabasePtr &database, Purpose purpose)
{
    ExportLock lock; // holds nothing (and lets go of nothing) until m_database is set
    lock.m_purpose = purpose;
    if (database->kind() == Database::Kind::Sqlite) {
        lock.m_file = std::make_unique<QLockFile>(lockFile(database, purpose));
        lock.m_file->setStaleLockTime(0); // an export may take long; only a dead holder's lock is stale
        if (lock.m_file->tryLock(0)) {
            lock.m_database = database;
            return lock;
        }
        if (lock.m_file->error() != QLockFile::LockFailedError)
            return std::unexpected(Error::of(Error::Code::Io,
                tr("cannot create the lock file beside %1 (is its folder writable?)")
                    .arg(database->address())));
        qint64 pid = 0;
        QString host;
        QString application;
        lock.m_file->getLockInfo(&pid, &host, &application);
        return std::unexpected(busy(purpose, tr("process %1 on %2").arg(pid).arg(host), tr("earlier")));
    }

    const QSqlDatabase db = Sql::connection(*database);
    auto taken
        = Sql::run(db, QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"), { lockClass, int(purpose) });
    if (!taken)
        return std::unexpected(taken.error());
    if (!taken->next() || !taken->value(0).toBool())
        return std::unexpected(busyOnServer(db, purpose));
    lock.m_database = database;
    auto current = Sql::run(db, QStringLiteral("SELECT current_setting('application_name')"));
    lock.m_applicationName = current && current->next() ? current->value(0).toString() : QString();
    // The start time first, then as much of the name as fits, whole characters only.
    QByteArray label = (holderPrefix(purpose)
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mmZ")) + u' ')
                           .toLatin1();
    const QString name = database->userName();
    for (qsizetype i = 0; i < name.size(); ++i) {
        const qsizetype length = name.at(i).isHighSurrogate() && i + 1 < name.size() ? 2 : 1;
        const QByteArray encoded = name.mid(i, length).toUtf8().toPercentEncoding();
        if (label.size() + encoded.size() > applicationNameBytes)
            break;
        label += encoded;
        i += length - 1;
    }
    Sql::run(db, QStringLiteral("SELECT set_config('application_name', ?, false)"),
        { QString::fromLatin1(label) });
    return lock;
}

QString ExportLock::busyText(const DatabasePtr &database, Purpose purpose)
{
    if (database->kind() == Database::Kind::Sqlite) {
        QLockFile file(lockFile(database, purpose));
        file.setStaleLockTime(0);
        if (file.tryLock(0)) { // free (or its holder died): nobody exports
            file.unlock();
            return {};
        }
        qint64 pid = 0;
        QString host;
        QString application;
        if (!file.getLockInfo(&pid, &host, &application))
            return {};
        return busy(purpose, tr("process %1 on %2").arg(pid).arg(host), tr("earlier")).message;
    }
    const QSqlDatabase db = Sql::connection(*database);
    auto held = Sql::run(db,
        QStringLiteral(
            "SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ?"
            " AND l.objid = ? AND l.objsubid = 2 AND l.pid <> pg_backend_pid() AND l.database ="
            " (SELECT oid FROM pg_database WHERE datname = current_database())"),
        { lockClass, int(purpose) });
    if (!held || !held->next())
        return {};
    return busyOnServer(db, purpose).message;
}

ExportLock::ExportLock(ExportLock &&other) noexcept
    : m_database(std::move(other.m_database))
    , m_file(std::move(other.m_file))
    , m_applicationName(std::move(other.m_applicationName))
    , m_purpose(other.m_purpose)
{ }

ExportLock &ExportLock::operator=(ExportLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_database = std::move(other.m_database);
        m_file = std::move(other.m_file);
        m_applicationName = std::move(other.m_applicationName);
        m_purpose = other.m_purpose;
    }
    return *this;
}

ExportLock::~ExportLock()
{
    release();
}

void ExportLock::release()
{
    if (!m_database)
        return;
    if (m_file) {
        m_file->unlock();
        m_file.reset();
    } else {
        const QSqlDatabase db = Sql::connection(*m_database);
        Sql::run(db, QStringLiteral("SELECT pg_advisory_unlock(?, ?)"), { lockClass, int(m_purpose) });
        Sql::run(
            db, QStringLiteral("SELECT set_config('application_name', ?, false)"), { m_applicationName });
    }
    m_database.reset();
}

} // namespace PortalDesk
