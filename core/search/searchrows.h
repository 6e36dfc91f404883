#pragma once

// The search index rows of one article or promo, written inside the caller's
// transaction so the index commits or rolls back with the save. For core/store and
// core/exchange, like ArticleRows.

#include "core/content/article.h"
#include "core/content/promo.h"
#include "core/error.h"

#include <QSqlDatabase>
#include <QVariant>

namespace PortalDesk::SearchRows {

// What the index holds for one document. Making one runs the text pipeline and no
// SQL, so a rebuild can make them on several threads.
struct Entry
{
    QString kind; // "article" or "promo"
    QString ref; // the article's or promo's id
    QString language;
    QVariant section;
    QVariant status;
    QVariant day; // publish time (else last update) of an article; start of a promo
    QString headWords; // headline and kicker, or the promo's kicker and text
    QString bodyWords; // standfirst, body, captions, byline, or the promo's call to action
};

Entry articleEntry(const Article &article);
Entry promoEntry(const Promo &promo);
Status put(const QSqlDatabase &db, const Entry &entry);

Status putArticle(const QSqlDatabase &db, const Article &article);
Status removeArticle(const QSqlDatabase &db, const QString &id);
Status putPromo(const QSqlDatabase &db, const Promo &promo);
Status removePromo(const QSqlDatabase &db, const QString &id);

// Empties the index (for a rebuild).
Status clear(const QSqlDatabase &db);
// After a rebuild has committed: lets the engine's query planner learn the new index.
Status settle(const QSqlDatabase &db);

} // namespace PortalDesk::SearchRows
