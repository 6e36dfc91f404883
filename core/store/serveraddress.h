#pragma once

// A newsroom server's address, postgresql://USER@HOST:PORT/DBNAME?sslmode=…, read the
// way libpq reads it: whatever the address leaves out (host, port, user, password,
// service) comes from libpq's own sources — PGHOST, PGPORT, PGUSER, PGSERVICE and
// pg_service.conf, PGSSLMODE, ~/.pgpass — so a password never has to be typed on a
// command line. core/store use only.

#include "core/error.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace PortalDesk {

struct ServerAddress
{
    QString host; // empty: libpq's default (PGHOST, a service, the local socket)
    int port = -1;
    QString database;
    QString user;
    QString password; // only when the address carried one; never shown
    QList<std::pair<QString, QString>> options; // libpq keywords: sslmode, sslrootcert, …

    static bool looksLikeServer(QStringView address); // postgresql:// or postgres://
    static Result<ServerAddress> parse(const QString &address);

    // The address without its password: what messages, settings and recovery files show.
    QString display() const;
    QString option(const QString &key) const;
    // After a successful login: lets a later parse() of the same address, in this
    // process only, use the password the address carried.
    void rememberPassword() const;

    // Sets up a QPSQL connection for this address (connect timeout and application name
    // included unless the address sets them).
    void configure(QSqlDatabase &db) const;

    // What a failed connection means, for a person: which part failed and what to do,
    // with the server's own words after it.
    Error connectionError(const QString &driverText) const;
};

} // namespace PortalDesk
