#include "core/store/database.h"

#include "core/search/searchrank.h"
#include "core/store/migrations.h"
#include "core/store/sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QThread>

namespace PortalDesk {

namespace {
QAtomicInt nextInstance;
} // namespace

struct Database::Private
{
    Kind kind = Kind::Sqlite;
    QString address;
    QString instance;
    QString backupPath;
    QString userName;
    int schemaVersion = 0;
    mutable QMutex mutex;
    mutable QHash<QString, Qt::HANDLE> connectionThreads; // connection name → the thread that owns it
};

Database::Database(Kind kind, const QString &address)
    : d(std::make_unique<Private>())
{
    d->kind = kind;
    d->address = address;
    d->instance = QStringLiteral("portaldesk-%1").arg(nextInstance.fetchAndAddRelaxed(1));
    d->userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("editor")));
}

Database::~Database()
{
    // A connection may only be closed by its own thread. Workers release theirs when their
    // job ends (releaseConnection); one a worker left behind is left alone rather than
    // closed from the wrong thread.
    QMutexLocker lock(&d->mutex);
    const Qt::HANDLE self = QThread::currentThreadId();
    for (auto it = d->connectionThreads.cbegin(); it != d->connectionThreads.cend(); ++it) {
        if (it.value() != self)
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(it.key(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(it.key());
    }
}

void Database::releaseConnection() const
{
    const QString name = d->instance + QStringLiteral("-t")
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    QMutexLocker lock(&d->mutex);
    if (!d->connectionThreads.remove(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<std::shared_ptr<Database>> Database::open(const QString &address)
{
    return open(address, Options {});
}

Result<std::shared_ptr<Database>> Database::open(const QString &address, const Options &options)
{
    if (address.trimmed().isEmpty())
        return fail(
            Error::Code::Invalid, tr("no database given: pass a file path or a postgresql:// address"));
    if (address.startsWith(u"postgresql://") || address.startsWith(u"postgres://")) {
        return fail(Error::Code::Unsupported,
            tr("the PostgreSQL newsroom backend is not available yet in this version; "
               "use a local SQLite file for now"));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Error::Code::Unsupported, tr("the Qt SQLite driver (QSQLITE) is not installed"));

    const QFileInfo file(address);
    if (file.exists() && file.isDir())
        return fail(Error::Code::Io, tr("%1 is a folder, not a database file").arg(address));
    if (!file.exists()) {
        if (!options.create)
            return fail(Error::Code::NotFound, tr("no database file at %1").arg(address));
        if (!QDir().mkpath(file.absolutePath()))
            return fail(Error::Code::Io, tr("cannot create the folder %1").arg(file.absolutePath()));
    }

    std::shared_ptr<Database> database(new Database(Kind::Sqlite, file.absoluteFilePath()));
    QSqlDatabase db = Sql::connection(*database);
    if (!db.isOpen())
        return fail(Error::Code::Database, tr("cannot open %1: %2").arg(address, db.lastError().text()));

    // A file that is not SQLite fails here, with a readable message.
    if (auto probe = Sql::run(db, QStringLiteral("PRAGMA user_version")); !probe)
        return fail(Error::Code::Format,
            tr("%1 is not a PortalDesk database: %2").arg(address, probe.error().message));

    const Migrations &migrations = options.migrations ? *options.migrations : Migrations::schema();
    if (auto applied = migrations.apply(*database, &database->d->backupPath); !applied)
        return std::unexpected(applied.error());
    database->d->schemaVersion = migrations.latest();
    return database;
}

Database::Kind Database::kind() const
{
    return d->kind;
}

QString Database::address() const
{
    return d->address;
}

int Database::schemaVersion() const
{
    return d->schemaVersion;
}

QString Database::backupPath() const
{
    return d->backupPath;
}

QString Database::userName() const
{
    return d->userName;
}

void Database::setUserName(const QString &name)
{
    d->userName = name;
}

QString Database::connectionName() const
{
    const QString name = d->instance + QStringLiteral("-t")
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name))
        return name;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(d->address);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open()) {
        // WAL for readers beside a writer, synchronous FULL so a commit survives power loss.
        for (const char *pragma :
            { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" }) {
            QSqlQuery query(db);
            query.exec(QString::fromLatin1(pragma));
        }
        // Should this fail, a search on this connection says so; nothing else needs it.
        (void)SearchRank::install(db);
    }
    QMutexLocker lock(&d->mutex);
    d->connectionThreads.insert(name, QThread::currentThreadId());
    return name;
}

} // namespace PortalDesk
