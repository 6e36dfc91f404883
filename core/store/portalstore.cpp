#include "core/store/portalstore.h"

#include "core/exchange/contentjson.h"
#include "core/store/sql.h"

#include <QJsonDocument>

namespace PortalDesk {

PortalStore::PortalStore(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<Portal> PortalStore::get() const
{
    auto query
        = Sql::run(Sql::connection(*m_database), QStringLiteral("SELECT settings FROM portal WHERE id = 1"));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return Portal {};
    return ContentJson::portalFromJson(QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object());
}

Status PortalStore::put(const Portal &portal)
{
    if (const QList<Error> problems = validate(portal); !problems.isEmpty())
        return std::unexpected(problems.first());
    const QString json
        = QString::fromUtf8(QJsonDocument(ContentJson::toJson(portal)).toJson(QJsonDocument::Compact));
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral("INSERT INTO portal (id, settings) VALUES (1, ?)"
                       " ON CONFLICT (id) DO UPDATE SET settings = excluded.settings"),
        { json });
    if (!done)
        return std::unexpected(done.error());
    emit m_database->portalChanged();
    return {};
}

} // namespace PortalDesk
