#pragma once

// How the search index is kept and asked on one database engine. SQLite keeps it in
// FTS5 (sqlitesearch.cpp); PostgreSQL in a tsvector column under a GIN index
// (postgressearch.cpp). Both index the same token streams (SearchTokens) and read the
// same parsed query (SearchQuery), so a search finds the same texts on either.
// ArticleSearch and SearchRows reach the index only through this interface.

#include "core/error.h"
#include "core/search/articlesearch.h"
#include "core/search/searchquery.h"
#include "core/search/searchrows.h"

#include <QSqlDatabase>

namespace PortalDesk {

class SearchEngine
{
public:
    virtual ~SearchEngine() = default;

    // The engine of `db`'s driver.
    static const SearchEngine &of(const QSqlDatabase &db);

    // Keeping the index, inside the caller's transaction. An entry's words are never null.
    virtual Status put(const QSqlDatabase &db, const SearchRows::Entry &entry) const = 0;
    virtual Status remove(const QSqlDatabase &db, const QString &kind, const QString &ref) const = 0;
    virtual Status clear(const QSqlDatabase &db) const = 0;
    // What the engine writes into the index; an index written in another format is stale
    // (search_meta's 'format', absent meaning 1) and rebuilt before the next search.
    virtual int indexFormat() const { return 1; }
    // After a rebuild, outside its transaction: what the planner needs to know of the new index.
    virtual Status settle(const QSqlDatabase &) const { return {}; }

    // SQL conditions on search_docs d (" AND d.kind = ?" …) and their bindings.
    struct Filters
    {
        QString sql;
        QVariantList bindings;
    };

    // Ranking every match of a word in most texts (港, bank) means scoring most of the
    // index, so both engines rank only the newest this many matches (newest: most recently
    // indexed; a new article gets a new row, a save keeps its row) and pick the best there.
    static constexpr int rankedMatches = 500;

    // The best request.limit matches of a query with something to look for (kind, ref, score).
    virtual Result<QList<SearchHit>> ranked(const QSqlDatabase &db, const ParsedQuery &query,
        const Filters &filters, const SearchRequest &request) const = 0;
    // Everything but what the query's exclusions match, newest first (a query of exclusions only).
    virtual Result<QList<SearchHit>> newestExcept(const QSqlDatabase &db, const ParsedQuery &query,
        const Filters &filters, const SearchRequest &request) const = 0;
    // An SQL condition on articles.id keeping the articles `query` matches (only
    // exclusions: every article but those), with its bindings appended.
    virtual Result<QString> articleCondition(
        const QSqlDatabase &db, const ParsedQuery &query, QVariantList &bindings) const = 0;

protected:
    // Rows of (kind, ref, rank where lower is better) as hits.
    static Result<QList<SearchHit>> hitsOf(Result<QSqlQuery> rows);
};

} // namespace PortalDesk
