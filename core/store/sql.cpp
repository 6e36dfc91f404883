#include "core/store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace PortalDesk::Sql {

QSqlDatabase connection(const Database &database)
{
    return QSqlDatabase::database(database.connectionName(), true);
}

Transaction::Transaction(const Database &database)
    : m_db(connection(database))
{
    const QString begin = database.kind() == Database::Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                    : QStringLiteral("BEGIN");
    if (auto started = run(m_db, begin); !started)
        m_begun = std::unexpected(started.error());
    else
        m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun ? fail(Error::Code::Database, QStringLiteral("transaction already finished"))
                       : m_begun;
    auto committed = run(m_db, QStringLiteral("COMMIT"));
    if (!committed)
        return std::unexpected(committed.error());
    m_open = false;
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::unexpected(databaseError(query));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(databaseError(query));
    return query;
}

Error databaseError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error::of(Error::Code::Database,
        QCoreApplication::translate("PortalDesk::Database", "the database refused the change: %1").arg(text));
}

Error databaseError(const QSqlDatabase &db)
{
    return Error::of(Error::Code::Database,
        QCoreApplication::translate("PortalDesk::Database", "database error: %1").arg(db.lastError().text()));
}

QVariant fromTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace PortalDesk::Sql
