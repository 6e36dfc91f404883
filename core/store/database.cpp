#include "core/store/database.h"

#include "core/search/searchrank.h"
#include "core/store/databasefile.h"
#include "core/store/migrations.h"
#include "core/store/postgresschema.h"
#include "core/store/serveraddress.h"
#include "core/store/serversocket.h"
#include "core/store/sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QSqlError>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <optional>

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
    QString displayName; // from people, when the newsroom gave the login one
    QString sessionId;
    std::unique_ptr<QLockFile> session;
    int schemaVersion = 0;
    std::optional<ServerAddress> server; // PostgreSQL: where and as whom
    mutable QMutex mutex;
    mutable QString lastOpenError; // the driver's words when a connection failed to open
    mutable QHash<QString, Qt::HANDLE> connectionThreads; // connection name → the thread that owns it
    mutable std::atomic<bool> cutOff = false;
    // The guarded connection (guardSocket): its thread and socket, under socketMutex. The
    // socket is forgotten (-1) before its connection is closed, so severGuarded never reaches
    // a descriptor reused for something else; nobody connects while holding the mutex.
    mutable QMutex socketMutex;
    mutable Qt::HANDLE guardedThread = nullptr;
    mutable int guardedSocket = -1;
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
    QMutexLocker guard(&d->socketMutex);
    if (d->guardedThread == QThread::currentThreadId())
        d->guardedSocket = -1;
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
    QMutexLocker guard(&d->socketMutex);
    if (d->guardedThread == QThread::currentThreadId())
        d->guardedSocket = -1;
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
    if (ServerAddress::looksLikeServer(address))
        return openServer(address, options);
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

    // Damage is found before SQLite writes anything (a log folded in, a schema update).
    if (auto sound = DatabaseFile::check(file.absoluteFilePath()); !sound)
        return std::unexpected(sound.error());

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

Result<std::shared_ptr<Database>> Database::openServer(const QString &address, const Options &options)
{
    auto server = ServerAddress::parse(address);
    if (!server)
        return std::unexpected(server.error());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::Code::Unsupported,
            tr("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed"));
    std::shared_ptr<Database> database(new Database(Kind::Postgres, server->display()));
    database->d->server = *server;
    QSqlDatabase db = Sql::connection(*database);
    if (!db.isOpen()) {
        QMutexLocker lock(&database->d->mutex);
        return std::unexpected(server->connectionError(database->d->lastOpenError));
    }
    server->rememberPassword();
    // On the newsroom server a person is the login they connected as.
    if (auto login = Sql::run(db, QStringLiteral("SELECT session_user")); login && login->next())
        database->d->userName = login->value(0).toString();
    if (options.serverSchema != Options::ServerSchema::Leave) {
        const bool migrate = options.serverSchema == Options::ServerSchema::Migrate;
        if (auto applied = PostgresSchema::apply(*database, migrate); !applied)
            return std::unexpected(applied.error());
        if (auto named = Sql::run(db, QStringLiteral("SELECT display_name FROM people WHERE login = ?"),
                { database->d->userName });
            named && named->next())
            database->d->displayName = named->value(0).toString();
    }
    database->d->schemaVersion = PostgresSchema::steps().latest();
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

QString Database::displayName() const
{
    return d->displayName.isEmpty() ? d->userName : d->displayName;
}

QString Database::sessionFolder(const QString &databaseFile)
{
    return databaseFile + QStringLiteral(".editors");
}

QString Database::sessionId() const
{
    if (d->kind != Kind::Sqlite)
        return {};
    QMutexLocker lock(&d->mutex);
    if (!d->session) {
        const QString folder = sessionFolder(d->address);
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        auto file = std::make_unique<QLockFile>(folder + u'/' + id + QStringLiteral(".lock"));
        file->setStaleLockTime(0);
        if (!QDir().mkpath(folder) || !file->tryLock(0))
            return {};
        d->session = std::move(file);
        d->sessionId = id;
    }
    return d->sessionId;
}

void Database::openServerConnection(QSqlDatabase &db) const
{
    if (db.open()) {
        // The guarded thread's new socket is known before the first statement on it, so that
        // a network going silent now is met by severGuarded like any later.
        {
            QMutexLocker guard(&d->socketMutex);
            if (d->guardedThread == QThread::currentThreadId())
                d->guardedSocket = ServerSocket::socketOf(db);
        }
        // Nothing waits for ever: a statement, a lock or an idle transaction that takes
        // too long is ended by the server and reported as an error.
        // The server notices a client whose network went away within about 25 seconds
        // (keepalive probes; unacknowledged data), ending its session and so its edit locks.
        for (const char *setting : { "SET statement_timeout = '120s'", "SET lock_timeout = '15s'",
                 "SET idle_in_transaction_session_timeout = '10min'", "SET client_encoding = 'UTF8'",
                 "SET tcp_keepalives_idle = 10", "SET tcp_keepalives_interval = 5",
                 "SET tcp_keepalives_count = 3", "SET tcp_user_timeout = 25000" }) {
            QSqlQuery query(db);
            query.exec(QString::fromLatin1(setting));
        }
    } else {
        QMutexLocker lock(&d->mutex);
        d->lastOpenError
            = db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
    }
}

void Database::cutOff() const
{
    if (d->kind != Kind::Postgres)
        return;
    d->cutOff = true;
    QMutexLocker guard(&d->socketMutex);
    if (d->guardedThread == QThread::currentThreadId())
        d->guardedSocket = -1;
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    db.close(); // libpq's goodbye is a few bytes into the socket's buffer: it never waits
}

void Database::guardSocket() const
{
    if (d->kind != Kind::Postgres)
        return;
    const QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    QMutexLocker guard(&d->socketMutex);
    d->guardedThread = QThread::currentThreadId();
    d->guardedSocket = ServerSocket::socketOf(db);
}

void Database::severGuarded() const
{
    QMutexLocker guard(&d->socketMutex);
    ServerSocket::sever(d->guardedSocket);
}

void Database::resume() const
{
    d->cutOff = false;
}

bool Database::isCutOff() const
{
    return d->cutOff;
}

Status Database::reconnect() const
{
    if (d->kind != Kind::Postgres)
        return {};
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    // Connecting may take up to connect_timeout: never under socketMutex, or a thread that
    // severs or cuts off (the window's) would wait as long. The guarded socket is forgotten
    // before it is closed, and the new one known once open, so nothing severs a descriptor
    // that has meanwhile been given to something else.
    {
        QMutexLocker guard(&d->socketMutex);
        if (d->guardedThread == QThread::currentThreadId())
            d->guardedSocket = -1;
    }
    db.close();
    openServerConnection(db); // knows the guarded thread's new socket once open
    if (!db.isOpen()) {
        QMutexLocker lock(&d->mutex);
        return std::unexpected(d->server->connectionError(d->lastOpenError));
    }
    return {};
}

QString Database::connectionName() const
{
    const QString name = d->instance + QStringLiteral("-t")
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name))
        return name;

    if (d->kind == Kind::Postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        d->server->configure(db);
        if (!d->cutOff) // cut off: opened by reconnect() once the server answers again
            openServerConnection(db);
    } else {
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
    }
    QMutexLocker lock(&d->mutex);
    d->connectionThreads.insert(name, QThread::currentThreadId());
    return name;
}

} // namespace PortalDesk
