#pragma once

// SQLite's side of search (FTS5): the tables, the statements that fill them and the
// match expression, used by sqlitesearch.cpp. PostgreSQL's side is postgressearch.cpp:
// the same token streams as one weighted tsvector under a GIN index (see there why not
// to_tsvector or pg_trgm). searchengine.h is the interface both stand behind.

#include "core/search/searchquery.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace PortalDesk::SearchSchema {

// The statements of schema step 2 (see core/store/migrations.cpp).
QStringList migration();

// Step 4: search_terms, every non-CJK word in the index, so that a prefix can be
// searched as the words it stands for; filled from the index's own vocabulary.
QStringList termsMigration();

// Words a prefix (econom) stands for in the index, looked up when there are at most this many.
constexpr int maxPrefixTerms = 32;
// "SELECT term FROM search_terms …" for one prefix: bind the prefix, then termsBound(prefix).
QString prefixTermsQuery();
QString termsBound(const QString &prefix);

// For each one-word prefix part (econom*), the index's words it stands for.
using PrefixTerms = QHash<QString, QStringList>;

// The FTS5 MATCH expression for a parsed query, built only from quoted, sanitised
// tokens; empty when the query has nothing to look for. A prefix found in `terms`
// becomes those words OR-ed: FTS5 reads their lists lazily, where a prefix query
// merges the list of every word it matches in full before the first row.
QString matchExpression(const ParsedQuery &query, const PrefixTerms &terms = {});

// What any of the query's exclusions match, alone; empty when it has none.
QString excludedExpression(const ParsedQuery &query, const PrefixTerms &terms = {});

// The rank of a match (lower is better; see SearchRank), headline columns weighted
// above the body's. `firstRowid` and `lastRowid` bound the index's rowids.
QString rankExpression(qint64 firstRowid, qint64 lastRowid);

// Column values for one document, in the FTS table's column order.
QStringList ftsValues(const QString &headWords, const QString &bodyWords);

QString insertFts(); // rowid, then ftsValues()
QString deleteFts(); // rowid, then the values it was inserted with
QString deleteAllFts();

} // namespace PortalDesk::SearchSchema
