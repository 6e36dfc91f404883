#include "core/search/searchrows.h"

#include "core/search/searchengine.h"
#include "core/search/searchtokens.h"
#include "core/store/sql.h"

namespace PortalDesk::SearchRows {

namespace {

QString wordsOf(const QString &text)
{
    return SearchTokens::wordsValue(SearchTokens::tokens(SearchTokens::fold(text).text));
}

} // namespace

Status put(const QSqlDatabase &db, const Entry &doc)
{
    // Never null: the columns are NOT NULL and an article may have no words at all.
    Entry entry = doc;
    for (QString *words : { &entry.headWords, &entry.bodyWords }) {
        if (words->isNull())
            *words = QStringLiteral("");
    }
    return SearchEngine::of(db).put(db, entry);
}

namespace {

Status remove(const QSqlDatabase &db, const QString &kind, const QString &ref)
{
    return SearchEngine::of(db).remove(db, kind, ref);
}

const QString articleKind = QStringLiteral("article");
const QString promoKind = QStringLiteral("promo");

} // namespace

Entry articleEntry(const Article &article)
{
    QStringList body { article.standfirst, article.body };
    for (const Photo &photo : article.photos)
        body.append(photo.caption);
    body.append(article.byline);
    const QDateTime day = article.publishAt.isValid() ? article.publishAt : article.updatedAt;
    return Entry { articleKind, article.id, languageTag(article.language), Sql::nullIfEmpty(article.section),
        statusKey(article.status), Sql::fromTime(day), wordsOf(article.headline + u'\n' + article.kicker),
        wordsOf(body.join(u'\n')) };
}

Status putArticle(const QSqlDatabase &db, const Article &article)
{
    return put(db, articleEntry(article));
}

Status removeArticle(const QSqlDatabase &db, const QString &id)
{
    return remove(db, articleKind, id);
}

Entry promoEntry(const Promo &promo)
{
    const QVariant none(QMetaType::fromType<QString>());
    return Entry { promoKind, promo.id, languageTag(promo.language), none, none,
        Sql::fromTime(promo.startsAt), wordsOf(promo.kicker + u'\n' + promo.text),
        wordsOf(promo.callToAction) };
}

Status putPromo(const QSqlDatabase &db, const Promo &promo)
{
    return put(db, promoEntry(promo));
}

Status removePromo(const QSqlDatabase &db, const QString &id)
{
    return remove(db, promoKind, id);
}

Status clear(const QSqlDatabase &db)
{
    return SearchEngine::of(db).clear(db);
}

Status settle(const QSqlDatabase &db)
{
    return SearchEngine::of(db).settle(db);
}

} // namespace PortalDesk::SearchRows
