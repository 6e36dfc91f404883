#pragma once

// A forward-only SELECT, read column by column, for reading thousands of rows
// at once (an export reads every live article). On SQLite it goes through the
// connection's sqlite3 handle: text arrives as UTF-8 with no QVariant per value,
// several times faster than QSqlQuery, which has SQLite convert every text to
// UTF-16 first. On other engines it is a QSqlQuery. core/store use only.

#include "core/store/sql.h"

#include <QDateTime>
#include <memory>
#include <optional>

struct sqlite3;

namespace PortalDesk::Sql {

// The connection's own sqlite3 handle, for what QtSql does not offer; null on other engines.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

class Rows
{
public:
    static Result<Rows> run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});
    Rows(Rows &&) noexcept;
    ~Rows();

    bool next(); // false at the end, and after an error (see error())
    QString text(int column) const; // a null reads as empty text
    QByteArray bytes(int column) const; // a blob
    qint64 integer(int column) const;
    bool isNull(int column) const;
    QDateTime time(int column) const; // as Sql::toTime()
    std::optional<Error> error() const;

private:
    Rows();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace PortalDesk::Sql
