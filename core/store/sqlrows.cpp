#include "core/store/sqlrows.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace PortalDesk::Sql {

namespace {

Error sqliteError(sqlite3 *handle)
{
    return Error::of(Error::Code::Database,
        QCoreApplication::translate("PortalDesk::Database", "the database refused the change: %1")
            .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
}

Status bind(sqlite3 *handle, sqlite3_stmt *statement, const QVariantList &bindings)
{
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        int done = SQLITE_OK;
        if (value.isNull()) {
            done = sqlite3_bind_null(statement, i + 1);
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
            || value.typeId() == QMetaType::Bool) {
            done = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else if (value.typeId() == QMetaType::Double) {
            done = sqlite3_bind_double(statement, i + 1, value.toDouble());
        } else if (value.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = value.toByteArray();
            done = sqlite3_bind_blob64(
                statement, i + 1, bytes.constData(), quint64(bytes.size()), SQLITE_TRANSIENT);
        } else {
            const QByteArray text = value.toString().toUtf8();
            done = sqlite3_bind_text64(
                statement, i + 1, text.constData(), quint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        if (done != SQLITE_OK)
            return std::unexpected(sqliteError(handle));
    }
    return {};
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

struct Rows::Private
{
    sqlite3 *handle = nullptr;
    sqlite3_stmt *statement = nullptr;
    std::optional<QSqlQuery> query; // any other engine
    std::optional<Error> error;

    ~Private()
    {
        if (statement)
            sqlite3_finalize(statement);
    }
};

Rows::Rows()
    : d(std::make_unique<Private>())
{ }

Rows::Rows(Rows &&) noexcept = default;
Rows::~Rows() = default;

Result<Rows> Rows::run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    Rows rows;
    if (sqlite3 *handle = sqliteHandle(db)) {
        rows.d->handle = handle;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &rows.d->statement, nullptr)
            != SQLITE_OK)
            return std::unexpected(sqliteError(handle));
        if (auto bound = bind(handle, rows.d->statement, bindings); !bound)
            return std::unexpected(bound.error());
        return rows;
    }
    auto query = Sql::run(db, sql, bindings);
    if (!query)
        return std::unexpected(query.error());
    rows.d->query = std::move(*query);
    return rows;
}

bool Rows::next()
{
    if (d->query)
        return d->query->next();
    if (!d->statement || d->error)
        return false;
    const int step = sqlite3_step(d->statement);
    if (step == SQLITE_ROW)
        return true;
    if (step != SQLITE_DONE)
        d->error = sqliteError(d->handle);
    return false;
}

QString Rows::text(int column) const
{
    if (d->query)
        return d->query->value(column).toString();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(d->statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(d->statement, column)) : QString();
}

QByteArray Rows::bytes(int column) const
{
    if (d->query)
        return d->query->value(column).toByteArray();
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(d->statement, column));
    return bytes ? QByteArray(bytes, sqlite3_column_bytes(d->statement, column)) : QByteArray();
}

qint64 Rows::integer(int column) const
{
    if (d->query)
        return d->query->value(column).toLongLong();
    return sqlite3_column_int64(d->statement, column);
}

bool Rows::isNull(int column) const
{
    if (d->query)
        return d->query->value(column).isNull();
    return sqlite3_column_type(d->statement, column) == SQLITE_NULL;
}

QDateTime Rows::time(int column) const
{
    if (d->query || isNull(column))
        return isNull(column) ? QDateTime() : toTime(QVariant(text(column)));
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(d->statement, column));
    return text ? toTime(QByteArrayView(text, sqlite3_column_bytes(d->statement, column))) : QDateTime();
}

std::optional<Error> Rows::error() const
{
    return d->error;
}

} // namespace PortalDesk::Sql
