#pragma once

// An open portal database, named by one address: a file path (SQLite, the
// single-editor default) or a postgresql:// URL (the newsroom server).
// Hands each thread its own connection and announces changes to listeners.

#include "core/error.h"

#include <QObject>
#include <QString>
#include <memory>

class QSqlDatabase;

namespace PortalDesk {

class Migrations;

class Database : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Sqlite, Postgres };

    struct Options
    {
        bool create = true; // create the SQLite file when missing
        const Migrations *migrations = nullptr; // tests may pass their own; default = the real schema
        // PostgreSQL: what to do with the shared database's schema. Create sets up an empty
        // database and refuses an older schema with advice; Migrate also updates an older one
        // (newsroom migrate); Leave touches nothing (to see what a migration would do).
        enum class ServerSchema { Create, Migrate, Leave };
        ServerSchema serverSchema = ServerSchema::Create;
    };

    static Result<std::shared_ptr<Database>> open(const QString &address);
    static Result<std::shared_ptr<Database>> open(const QString &address, const Options &options);
    ~Database() override;

    Kind kind() const;
    QString address() const; // a file path, or the server address without its password
    int schemaVersion() const;
    QString backupPath() const; // file written by VACUUM INTO before the last migration, if any

    // The name of the calling thread's connection, created on first use.
    // Only core/store uses this (through core/store/sql.h).
    QString connectionName() const;
    // Closes the calling thread's connection; worker threads call it when their job ends.
    void releaseConnection() const;
    // PostgreSQL: opens the calling thread's connection afresh (after the server or the
    // network dropped it), with its session settings. ChangeWatch calls it while offline.
    Status reconnect() const;
    // PostgreSQL: the server stopped answering (a silent network: no error, just nothing).
    // While cut off, a connection is neither opened nor reopened behind the caller's back, so
    // a statement fails at once ("the connection … was lost") instead of freezing the window
    // until TCP gives up; cutOff() also closes the calling thread's connection. ChangeWatch
    // cuts off and, once its probe hears the server again, reconnects.
    void cutOff() const;
    void resume() const; // reconnect() after it is the caller's job
    bool isCutOff() const;
    // PostgreSQL: the calling thread's connection (the window's) is the one severGuarded()
    // ends; ChangeWatch guards its own thread's after each (re)connection.
    void guardSocket() const;
    // From any thread: ends the guarded connection's TCP connection at once, so that a
    // statement waiting on a silent network there fails now rather than when TCP gives up.
    void severGuarded() const;

    // The person saving, for revisions and locks: the server login on PostgreSQL; on
    // SQLite the OS login name unless set (the name from Settings).
    QString userName() const;
    void setUserName(const QString &name);
    // How lists show the person: the newsroom's display name for the login (people), or
    // the user name itself.
    QString displayName() const;

    // SQLite: this Database's session among the processes that open the file, a lock file
    // in sessionFolder() held while it is open (core/store/editlocks.h); empty when the
    // folder cannot be written. PostgreSQL: empty (the connection is the session).
    QString sessionId() const;
    static QString sessionFolder(const QString &databaseFile); // "<file>.editors"

signals:
    void articlesChanged(const QStringList &ids); // empty: any article may have changed
    void promosChanged();
    void categoriesChanged();
    void portalChanged();
    void locksChanged(const QStringList &articleIds); // empty: any lock may have changed
    // The newsroom server's connection went away (false) or is back (true); see ChangeWatch.
    void connectionChanged(bool online);

private:
    explicit Database(Kind kind, const QString &address);
    static Result<std::shared_ptr<Database>> openServer(const QString &address, const Options &options);
    void openServerConnection(QSqlDatabase &db) const;
    struct Private;
    std::unique_ptr<Private> d;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace PortalDesk
