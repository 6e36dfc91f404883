#include "core/exchange/portalcopy.h"

#include "core/store/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlRecord>

namespace PortalDesk::PortalCopy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::PortalCopy", text);
}

struct Table
{
    const char *name;
    // A unique key, so both sides read rows in the same order; "$C" marks a text column,
    // compared by code point on both engines (a server's locale may sort otherwise).
    const char *order;
};

// In the order foreign keys need. The search tables and the duplicate-check fingerprints
// are left out: each database builds its own.
constexpr Table tables[] = {
    { "portal", "id" },
    { "sections", "key$C" },
    { "columns", "key$C" },
    { "media", "name$C" },
    { "articles", "id$C" },
    { "article_columns", "article_id$C, column_key$C" },
    { "article_photos", "article_id$C, position" },
    { "article_revisions", "id" },
    { "article_slugs", "article_id$C, slug$C" },
    { "translation_links", "translation_id$C" },
    { "promos", "id$C" },
    { "edition_texts", "article_id$C, edition$C" },
    { "trash", "article_id$C" },
    { "feeds", "address$C" },
    { "feed_options", "id" },
};

QString selectAll(const QSqlDatabase &db, const Table &table)
{
    QString order = QLatin1String(table.order);
    order.replace(QStringLiteral("$C"),
        Sql::engine(db) == Sql::Engine::Postgres ? QStringLiteral(" COLLATE \"C\"") : QString());
    return QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(QLatin1String(table.name), order);
}

// A value as both engines hand it back: integers as integers, bytes as bytes, text as UTF-8.
void addToDigest(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData("N");
    } else if (value.typeId() == QMetaType::QByteArray) {
        hash.addData("B");
        hash.addData(value.toByteArray().toHex());
    } else if (const int type = value.typeId(); type == QMetaType::LongLong || type == QMetaType::ULongLong
               || type == QMetaType::Int || type == QMetaType::UInt || type == QMetaType::Double) {
        hash.addData("I");
        hash.addData(QByteArray::number(value.toLongLong()));
    } else {
        hash.addData("T");
        hash.addData(value.toString().toUtf8());
    }
    hash.addData("\x1f");
}

Result<qint64> count(const QSqlDatabase &db, const Table &table)
{
    auto query = Sql::run(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table.name));
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace

Result<QByteArray> digest(const DatabasePtr &database)
{
    const QSqlDatabase db = Sql::connection(*database);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Table &table : tables) {
        auto rows = Sql::run(db, selectAll(db, table));
        if (!rows)
            return std::unexpected(rows.error());
        hash.addData(table.name);
        while (rows->next()) {
            const QSqlRecord record = rows->record();
            for (int i = 0; i < record.count(); ++i) {
                // Binary columns compare as bytes: SQLite may hand a BLOB back as text.
                const QVariant value = rows->value(i);
                const bool bytes = QByteArrayView(table.name) == "media" && record.fieldName(i) == u"bytes";
                const bool texts
                    = QByteArrayView(table.name) == "edition_texts" && record.fieldName(i) == u"texts";
                addToDigest(hash, bytes || texts ? QVariant(value.toByteArray()) : value);
            }
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

Result<Report> copy(const DatabasePtr &from, const DatabasePtr &to)
{
    const QSqlDatabase source = Sql::connection(*from);
    const QSqlDatabase target = Sql::connection(*to);
    for (const char *name : { "articles", "promos", "sections", "trash" }) {
        auto rows = count(target, Table { name, "" });
        if (!rows)
            return std::unexpected(rows.error());
        if (*rows > 0)
            return fail(Error::Code::Invalid,
                tr("%1 already holds a portal (%2 rows in %3); a portal is moved only into an empty "
                   "database, so that nothing there is mixed or overwritten")
                    .arg(to->address())
                    .arg(*rows)
                    .arg(QLatin1String(name)));
    }
    auto before = digest(from);
    if (!before)
        return std::unexpected(before.error());

    Report report;
    Sql::Transaction transaction(*to);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    // The target's empty schema may hold the default portal settings row.
    if (auto cleared = Sql::run(target, QStringLiteral("DELETE FROM portal")); !cleared)
        return std::unexpected(cleared.error());
    for (const Table &table : tables) {
        auto rows = Sql::run(source, selectAll(source, table));
        if (!rows)
            return std::unexpected(rows.error());
        const QSqlRecord record = rows->record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(QLatin1String(table.name), columns.join(QStringLiteral(", ")),
                                       Sql::placeholders(columns.size()));
        qint64 copied = 0;
        while (rows->next()) {
            QVariantList values;
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = rows->value(i);
                const bool binary = (QByteArrayView(table.name) == "media" && columns.at(i) == u"bytes")
                    || (QByteArrayView(table.name) == "edition_texts" && columns.at(i) == u"texts");
                values.append(binary && !value.isNull() ? QVariant(value.toByteArray()) : value);
            }
            if (auto done = Sql::run(target, insert, values); !done)
                return std::unexpected(Error { done.error().code, done.error().message,
                    QStringLiteral("%1, row %2").arg(QLatin1String(table.name)).arg(copied + 1) });
            ++copied;
        }
        report.rows.append({ QString::fromLatin1(table.name), copied });
    }
    // Revisions keep their numbers; a PostgreSQL target's counter continues after them.
    if (Sql::engine(target) == Sql::Engine::Postgres) {
        if (auto bumped = Sql::run(target,
                QStringLiteral("SELECT setval(pg_get_serial_sequence('article_revisions', 'id'),"
                               " GREATEST((SELECT max(id) FROM article_revisions), 1))"));
            !bumped)
            return std::unexpected(bumped.error());
    }
    // The target's search index is built from the copied content on its first search.
    for (const char *sql : { "DELETE FROM search_meta WHERE key = 'stale'",
             "INSERT INTO search_meta (key, value) VALUES ('stale', '1')" }) {
        if (auto done = Sql::run(target, QString::fromLatin1(sql)); !done)
            return std::unexpected(done.error());
    }
    // Verified inside the transaction, before anything is committed.
    for (const Table &table : tables) {
        auto there = count(target, table);
        auto here = count(source, table);
        if (!there || !here)
            return std::unexpected(!there ? there.error() : here.error());
        if (*there != *here)
            return fail(Error::Code::Database,
                tr("the copy of %1 has %2 rows where the original has %3; nothing was kept")
                    .arg(QLatin1String(table.name))
                    .arg(*there)
                    .arg(*here));
    }
    auto after = digest(to);
    if (!after)
        return std::unexpected(after.error());
    if (*after != *before)
        return fail(Error::Code::Database,
            tr("the copy's content digest (%1) differs from the original's (%2); nothing was kept")
                .arg(QString::fromLatin1(*after), QString::fromLatin1(*before)));
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    report.digest = *after;
    emit to->portalChanged();
    emit to->categoriesChanged();
    emit to->promosChanged();
    return report;
}

} // namespace PortalDesk::PortalCopy
