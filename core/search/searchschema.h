#pragma once

// Everything about search that is specific to one SQL dialect, in one place: the
// tables, the statements that fill them and the match expression. SQLite's FTS5 now.
//
// PostgreSQL later: the same token pipeline (SearchTokens) produces the same two
// streams, stored in a to_tsvector('simple', words) and to_tsvector('simple', grams)
// column pair (weights A for headline, D for body via setweight) under a GIN index;
// a query becomes a tsquery built from the same sanitised parts ('econom':* for
// prefixes, <-> between the bigrams of a CJK run and the words of a phrase, ! for
// exclusions) ranked with ts_rank_cd. pg_trgm is the alternative for substrings but,
// like SQLite's trigram tokenizer, misses queries under three characters, which is
// why the bigram stream exists. Filters stay plain columns of search_docs.

#include "core/search/searchquery.h"

#include <QString>
#include <QStringList>

namespace PortalDesk::SearchSchema {

// The statements of schema step 2 (see core/store/migrations.cpp).
QStringList migration();

// The FTS5 MATCH expression for a parsed query, built only from quoted, sanitised
// tokens; empty when the query has nothing to look for.
QString matchExpression(const ParsedQuery &query);

// "bm25(search_fts, …)" with the headline columns weighted above the body's.
QString rankExpression();

// Column values for one document, in the FTS table's column order.
QStringList ftsValues(const QString &headWords, const QString &bodyWords);

QString insertFts(); // rowid, then ftsValues()
QString deleteFts(); // rowid, then the values it was inserted with
QString deleteAllFts();

} // namespace PortalDesk::SearchSchema
