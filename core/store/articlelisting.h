#pragma once

// The SQL behind ArticleStore::page(): the article list in each order it can be
// sorted by, one page at a time. Every order has an index whose expressions are
// exactly the ORDER BY's (schema 6), and a page after the first seeks from the
// sort key of the row before it instead of counting rows with OFFSET, so page
// 250 costs what page 1 does. Within the part of the list that shares one sort
// key (all drafts, one section) the seek is an equality plus a range on
// (updated_at, id); the rest of the list starts right after that key.

#include "core/store/articlestore.h"

namespace PortalDesk::ArticleListing {

// Which rows a query reads, relative to the cursor.
enum class Part {
    FromTop, // the first page
    SameKey, // after the cursor among rows with the cursor's sort key (every row when sorted by update)
    LaterKeys // rows whose sort key comes after the cursor's
};

// What a filter's WHERE clause is for.
enum class Use { Counting, Listing };
// " WHERE …" (or empty) for `filter`, its values appended to `bindings`.
Result<QString> where(
    const DatabasePtr &database, const ArticleFilter &filter, QVariantList &bindings, Use use);
// The expression the list is sorted by first; empty when sorted by update time.
QString sortKey(ArticleOrder::Key key);
// SELECT … FROM articles, `where` (" WHERE …" or empty) narrowed to `part`,
// in `order`, ending in LIMIT ?. The sort key, updated_at and id come last.
QString query(const ArticleOrder &order, const QString &where, Part part);
// The values the seek of `part` binds, after those of `where`.
QVariantList seekBindings(const ArticleOrder &order, const ArticleCursor &after, Part part);
// The first columns of query(), in order.
inline constexpr int SummaryColumns = 12;

} // namespace PortalDesk::ArticleListing
