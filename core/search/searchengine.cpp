#include "core/search/searchengine.h"

#include "core/store/sql.h"

namespace PortalDesk {

const SearchEngine &sqliteSearch(); // sqlitesearch.cpp
const SearchEngine &postgresSearch(); // postgressearch.cpp

const SearchEngine &SearchEngine::of(const QSqlDatabase &db)
{
    return Sql::engine(db) == Sql::Engine::Postgres ? postgresSearch() : sqliteSearch();
}

Result<QList<SearchHit>> SearchEngine::hitsOf(Result<QSqlQuery> rows)
{
    if (!rows)
        return std::unexpected(rows.error());
    QList<SearchHit> hits;
    while (rows->next()) {
        SearchHit hit;
        hit.kind = rows->value(0).toString() == u"promo" ? SearchKind::Promo : SearchKind::Article;
        hit.id = rows->value(1).toString();
        hit.score = -rows->value(2).toDouble();
        hits.append(hit);
    }
    rows->finish();
    return hits;
}

} // namespace PortalDesk
