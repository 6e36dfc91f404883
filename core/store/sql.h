#pragma once

// Helpers for core/store's own use: the calling thread's connection, write
// transactions with the right dialect, and query errors turned into Error values.
// Nothing outside core/store includes this.

#include "core/error.h"
#include "core/store/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <limits>

namespace PortalDesk::Sql {

QSqlDatabase connection(const Database &database);

// The store's one seam between engines: the few things SQLite and PostgreSQL spell
// differently, each a function here, so that no other statement branches on the engine.
// Bigger differences have an implementation per engine behind one interface (search:
// core/search/searchengine.h; schema: migrations.cpp and postgresschema.cpp).
enum class Engine { Sqlite, Postgres };
Engine engine(const QSqlDatabase &db);
// " INDEXED BY index" on SQLite (a planner hint PostgreSQL's planner has no need of).
QString indexedBy(const QSqlDatabase &db, QLatin1StringView index);
// An aggregate joining `expression` over the group's rows with newlines, in `order`.
QString joinedLines(const QSqlDatabase &db, const QString &expression, const QString &order);
// An aggregate making a JSON array (as text) of `expression` over the group's rows, in `order`.
QString jsonArray(const QSqlDatabase &db, const QString &expression, const QString &order);
// A LIMIT's bound value; a negative `count` means no limit (SQLite's -1, refused by PostgreSQL).
inline qint64 limit(qint64 count)
{
    return count < 0 ? std::numeric_limits<qint64>::max() : count;
}
// A row source of the strings of a bound JSON array, as a column named value.
QString jsonStrings(const QSqlDatabase &db);

// A write transaction: BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL.
// Rolls back in the destructor unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

// Prepares and runs `sql` with positional bindings; the error names the statement's purpose.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

// "?, ?, ?" for `count` bound values, as in "id IN (" + placeholders(3) + ")".
QString placeholders(qsizetype count);
// Lists of ids go to the database in batches of this many, well under any engine's limit.
inline constexpr qsizetype IdBatch = 500;

Error databaseError(const QSqlQuery &query);
Error databaseError(const QSqlDatabase &db);

// UTC timestamps as ISO 8601 text with "Z"; null for an invalid time.
QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);
QDateTime toTime(QByteArrayView utf8); // the same, from a column's UTF-8 text
QVariant nullIfEmpty(const QString &text);
QVariant notNull(const QString &text); // a null QString bound as '' for NOT NULL columns

} // namespace PortalDesk::Sql
