#pragma once

// Article rows for core/store and core/exchange: the SQL that reads and writes
// one article with its columns, photos and revisions, inside the caller's transaction.
// insert() and update() also bring the article's search index entry up to date.

#include "core/content/article.h"
#include "core/store/sql.h"

namespace PortalDesk::ArticleRows {

Result<std::optional<Article>> read(const QSqlDatabase &db, const QString &id);
// Every article matching an SQL condition on the articles table (bound values in `bindings`);
// not `whole`: summaries only (see ArticleStore::withStatus).
Result<QList<Article>> readWhere(
    const QSqlDatabase &db, const QString &condition, const QVariantList &bindings, bool whole = true);
// The query readWhere() runs for the articles themselves (for checking its plan).
QString selectSql(const QSqlDatabase &db, const QString &condition, bool whole);
Status insert(const QSqlDatabase &db, const Article &article);
// Updates when the stored version equals article.version - 1; false when it did not.
Result<bool> update(const QSqlDatabase &db, const Article &article);
Status writeRevision(const QSqlDatabase &db, const Article &article, const QString &note);
// Copies each section's position onto its articles (the list's section order is
// indexed through it); after sections were added, removed or reordered.
Status followSectionOrder(const QSqlDatabase &db);
// Section, columns and slug point at things that exist / are free.
Status checkReferences(const QSqlDatabase &db, const Article &article);

} // namespace PortalDesk::ArticleRows
