#include "core/store/categorystore.h"

#include "core/exchange/contentjson.h"
#include "core/store/articlerows.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace PortalDesk {

namespace {

LocalizedText namesFromJson(const QString &json)
{
    LocalizedText names;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const auto language = languageFromTag(it.key()))
            names.insert(*language, it.value().toString());
    }
    return names;
}

} // namespace

CategoryStore::CategoryStore(DatabasePtr database, Kind kind)
    : m_database(std::move(database))
    , m_kind(kind)
{ }

QString CategoryStore::table() const
{
    return m_kind == Kind::Sections ? QStringLiteral("sections") : QStringLiteral("columns");
}

Status CategoryStore::followSections() const
{
    if (m_kind != Kind::Sections)
        return {};
    return ArticleRows::followSectionOrder(Sql::connection(*m_database));
}

Result<QList<Category>> CategoryStore::list() const
{
    auto query = Sql::run(Sql::connection(*m_database),
        QStringLiteral("SELECT key, names, position FROM ") + table()
            + QStringLiteral(" ORDER BY position, key"));
    if (!query)
        return std::unexpected(query.error());
    QList<Category> categories;
    while (query->next())
        categories.append(Category {
            query->value(0).toString(), namesFromJson(query->value(1).toString()), query->value(2).toInt() });
    return categories;
}

Status CategoryStore::put(const Category &category)
{
    if (const QList<Error> problems = validate(category); !problems.isEmpty())
        return std::unexpected(problems.first());
    const QString names = QString::fromUtf8(
        QJsonDocument(ContentJson::toJson(category.names)).toJson(QJsonDocument::Compact));
    // No transaction of its own: a load puts every section inside one. A failed copy
    // onto the articles only leaves their section order stale until the next change.
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral("INSERT INTO ") + table()
            + QStringLiteral(
                " (key, names, position) VALUES (?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET names = excluded.names, position = excluded.position"),
        { category.key, names, category.position });
    if (!done)
        return std::unexpected(done.error());
    if (auto followed = followSections(); !followed)
        return followed;
    emit m_database->categoriesChanged();
    return {};
}

Status CategoryStore::remove(const QString &key)
{
    // Removing one in use would drop it from those articles for good (undo could not
    // bring the links back), so what articles use stays until they are moved.
    const bool sections = m_kind == Kind::Sections;
    auto used = Sql::run(Sql::connection(*m_database),
        sections ? QStringLiteral("SELECT count(*) FROM articles WHERE section = ?")
                 : QStringLiteral("SELECT count(*) FROM article_columns WHERE column_key = ?"),
        { key });
    if (!used)
        return std::unexpected(used.error());
    if (used->next() && used->value(0).toInt() > 0) {
        const int count = used->value(0).toInt();
        return fail(Error::Code::Invalid,
            sections ? QCoreApplication::translate(
                "PortalDesk::CategoryStore", "section “%1” still has %2 articles; move them first")
                           .arg(key)
                           .arg(count)
                     : QCoreApplication::translate(
                         "PortalDesk::CategoryStore", "column “%1” is on %2 articles; take it off them first")
                           .arg(key)
                           .arg(count));
    }
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral("DELETE FROM ") + table() + QStringLiteral(" WHERE key = ?"), { key });
    if (!done)
        return std::unexpected(done.error());
    emit m_database->categoriesChanged();
    return {};
}

Status CategoryStore::reorder(const QStringList &keys)
{
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return transaction.begun();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto done = Sql::run(Sql::connection(*m_database),
            QStringLiteral("UPDATE ") + table() + QStringLiteral(" SET position = ? WHERE key = ?"),
            { int(i + 1), keys.at(i) });
        if (!done)
            return std::unexpected(done.error());
    }
    if (auto followed = followSections(); !followed)
        return followed;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit m_database->categoriesChanged();
    return {};
}

} // namespace PortalDesk
