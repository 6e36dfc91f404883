#include "core/store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <optional>

namespace PortalDesk::Sql {

QSqlDatabase connection(const Database &database)
{
    // Cut off from a silent server: not reopened here, where it would wait for the network.
    return QSqlDatabase::database(database.connectionName(), !database.isCutOff());
}

Engine engine(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? Engine::Postgres : Engine::Sqlite;
}

QString indexedBy(const QSqlDatabase &db, QLatin1StringView index)
{
    return engine(db) == Engine::Sqlite ? QStringLiteral(" INDEXED BY ") + index : QString();
}

QString joinedLines(const QSqlDatabase &db, const QString &expression, const QString &order)
{
    // SQLite's group_concat takes the rows in the order a sorted subquery gives them.
    return engine(db) == Engine::Postgres
        ? QStringLiteral("string_agg(%1, chr(10) ORDER BY %2)").arg(expression, order)
        : QStringLiteral("group_concat(%1, char(10))").arg(expression);
}

QString jsonArray(const QSqlDatabase &db, const QString &expression, const QString &order)
{
    return engine(db) == Engine::Postgres
        ? QStringLiteral("json_agg(%1 ORDER BY %2)::text").arg(expression, order)
        : QStringLiteral("json_group_array(%1)").arg(expression);
}

QString jsonStrings(const QSqlDatabase &db)
{
    return engine(db) == Engine::Postgres
        ? QStringLiteral("json_array_elements_text(CAST(? AS json)) AS value")
        : QStringLiteral("json_each(?)");
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

namespace {

Error lostConnection(const QString &detail)
{
    return Error::of(Error::Code::Database,
        QCoreApplication::translate("PortalDesk::Database",
            "the connection to the newsroom server was lost; PortalDesk reconnects by itself, and what "
            "you typed stays: try again once it is back (%1)")
            .arg(detail.trimmed()));
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    // Closed while the server is silent (Database::cutOff): refused here, without a wait.
    if (!db.isOpen() && engine(db) == Engine::Postgres)
        return std::unexpected(lostConnection(
            QCoreApplication::translate("PortalDesk::Database", "the server does not answer")));
    QSqlQuery query(db);
    // Forward-only on SQLite (rows stream from the file). QPSQL reads a forward-only
    // query row by row from the server, which loses it as soon as another statement runs
    // on the connection; the store often reads one result while it asks another, so
    // PostgreSQL results arrive whole.
    query.setForwardOnly(engine(db) == Engine::Sqlite);
    // Without values to bind a statement runs as it is: PostgreSQL prepares only queries
    // and data changes, never BEGIN, COMMIT or a CREATE TABLE.
    if (bindings.isEmpty()) {
        if (!query.exec(sql))
            return std::unexpected(databaseError(query));
        return query;
    }
    if (!query.prepare(sql))
        return std::unexpected(databaseError(query));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(databaseError(query));
    return query;
}

QString placeholders(qsizetype count)
{
    return QStringLiteral("?, ").repeated(count).chopped(2);
}

Error databaseError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // A connection the server or the network dropped (SQLSTATE class 08, or libpq's own words).
    if (error.type() == QSqlError::ConnectionError || error.nativeErrorCode().startsWith(u"08")
        || text.contains(u"server closed the connection") || text.contains(u"no connection to the server")
        || text.contains(u"terminating connection"))
        return lostConnection(text);
    // insufficient_privilege: a GRANT or a row-level security policy (core/store/newsroom.h).
    if (error.nativeErrorCode() == u"42501")
        return Error::of(Error::Code::Denied,
            QCoreApplication::translate("PortalDesk::Database",
                "the newsroom server refused: your role may not make this change (%1)")
                .arg(text));
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

namespace {

// "2024-11-11T12:47:00.000Z", the form fromTime() writes, read without the general
// ISO parser: an export reads three of them for each of thousands of articles.
template<typename View> std::optional<QDateTime> storedTime(View text)
{
    const auto at = [&](qsizetype i) { return QChar(text[i]).unicode(); };
    if ((text.size() != 24 && text.size() != 20) || at(text.size() - 1) != u'Z' || at(4) != u'-'
        || at(7) != u'-' || at(10) != u'T' || at(13) != u':' || at(16) != u':')
        return std::nullopt;
    auto number = [&](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            if (at(i) < u'0' || at(i) > u'9')
                return -1;
            value = value * 10 + (at(i) - u'0');
        }
        return value;
    };
    const int msec = text.size() == 24 && at(19) == u'.' ? number(20, 3) : 0;
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), msec);
    if (!date.isValid() || !time.isValid() || msec < 0)
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (const std::optional<QDateTime> stored = storedTime(QStringView(text)))
        return *stored;
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QDateTime toTime(QByteArrayView utf8)
{
    if (const std::optional<QDateTime> stored = storedTime(QLatin1StringView(utf8)))
        return *stored;
    return toTime(QVariant(QString::fromUtf8(utf8)));
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
