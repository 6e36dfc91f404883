#include "core/search/articlesearch.h"

#include "core/search/searchengine.h"
#include "core/search/searchindex.h"
#include "core/store/sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace PortalDesk {

namespace {

struct Texts
{
    QString headline;
    QStringList fields; // in the order the snippet prefers them
};

// The texts of every hit of one kind, in one query rather than two a hit.
Result<QHash<QString, Texts>> textsOf(const QSqlDatabase &db, const QList<SearchHit> &hits, SearchKind kind)
{
    QStringList marks;
    QVariantList ids;
    for (const SearchHit &hit : hits) {
        if (hit.kind == kind) {
            marks.append(QStringLiteral("?"));
            ids.append(hit.id);
        }
    }
    QHash<QString, Texts> texts;
    if (ids.isEmpty())
        return texts;
    const QString in = u'(' + marks.join(u',') + u')';
    if (kind == SearchKind::Promo) {
        auto query = Sql::run(
            db, QStringLiteral("SELECT id, kicker, text, call_to_action FROM promos WHERE id IN ") + in, ids);
        if (!query)
            return std::unexpected(query.error());
        while (query->next()) {
            texts.insert(query->value(0).toString(),
                Texts { query->value(2).toString(),
                    { query->value(2).toString(), query->value(1).toString(), query->value(3).toString() } });
        }
        return texts;
    }
    auto query = Sql::run(db,
        QStringLiteral("SELECT a.id, a.headline, a.kicker, a.standfirst, a.body, a.byline, (SELECT ")
            + Sql::jsonArray(db, QStringLiteral("caption"), QStringLiteral("position"))
            + QStringLiteral(" FROM (SELECT caption, position FROM article_photos p"
                             " WHERE p.article_id = a.id ORDER BY position) AS captions) FROM articles a"
                             " WHERE a.id IN ")
            + in,
        ids);
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        Texts article { query->value(1).toString(),
            { query->value(3).toString(), query->value(4).toString() } };
        const QJsonArray captions = QJsonDocument::fromJson(query->value(6).toString().toUtf8()).array();
        for (const QJsonValue &caption : captions)
            article.fields.append(caption.toString());
        article.fields << query->value(5).toString() << article.headline << query->value(2).toString();
        texts.insert(query->value(0).toString(), article);
    }
    return texts;
}

SearchEngine::Filters filtersOf(const SearchRequest &request)
{
    QString filters;
    QVariantList bindings;
    if (request.articles != request.promos) {
        filters += QStringLiteral(" AND d.kind = ?");
        bindings << (request.articles ? QStringLiteral("article") : QStringLiteral("promo"));
    }
    if (request.language) {
        filters += QStringLiteral(" AND d.language = ?");
        bindings << languageTag(*request.language);
    }
    if (!request.section.isEmpty()) {
        filters += QStringLiteral(" AND d.section = ?");
        bindings << request.section;
    }
    if (request.status) {
        // As editors see it (shownStatus): Scheduled while the publish time is ahead,
        // Published from then on, whichever of the two is stored. An article's day is its
        // publish time when it has one, else its last change (never ahead).
        const ArticleStatus status = *request.status;
        if (status == ArticleStatus::Published || status == ArticleStatus::Scheduled) {
            filters += status == ArticleStatus::Scheduled
                ? QStringLiteral(" AND d.status IN ('published', 'scheduled') AND d.day > ?")
                : QStringLiteral(" AND d.status IN ('published', 'scheduled') AND d.day <= ?");
            bindings << Sql::fromTime(
                request.moment.isValid() ? request.moment : QDateTime::currentDateTimeUtc());
        } else {
            filters += QStringLiteral(" AND d.status = ?");
            bindings << statusKey(status);
        }
    }
    if (request.from.isValid()) {
        filters += QStringLiteral(" AND d.day >= ?");
        bindings << Sql::fromTime(request.from);
    }
    if (request.to.isValid()) {
        filters += QStringLiteral(" AND d.day <= ?");
        bindings << Sql::fromTime(request.to);
    }
    return { filters, bindings };
}

} // namespace

ArticleSearch::ArticleSearch(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QList<SearchHit>> ArticleSearch::search(const SearchRequest &request, SearchTimings *timings) const
{
    QElapsedTimer timer;
    timer.start();
    SearchTimings spent;
    const ParsedQuery query = SearchQuery::parse(request.text);
    if ((query.isEmpty() && query.excluded.isEmpty()) || (!request.articles && !request.promos)
        || request.limit == 0)
        return QList<SearchHit>();
    if (auto current = SearchIndex(m_database).ensureCurrent(); !current)
        return std::unexpected(current.error());
    const QSqlDatabase db = Sql::connection(*m_database);
    const SearchEngine &engine = SearchEngine::of(db);
    spent.parse = timer.nsecsElapsed();

    const SearchEngine::Filters filters = filtersOf(request);
    auto hits = query.isEmpty() ? engine.newestExcept(db, query, filters, request)
                                : engine.ranked(db, query, filters, request);
    if (!hits)
        return std::unexpected(hits.error());
    spent.match = timer.nsecsElapsed() - spent.parse;

    auto articles = textsOf(db, *hits, SearchKind::Article);
    auto promos = textsOf(db, *hits, SearchKind::Promo);
    if (!articles || !promos)
        return std::unexpected(!articles ? articles.error() : promos.error());
    spent.texts = timer.nsecsElapsed() - spent.parse - spent.match;
    for (SearchHit &hit : *hits) {
        const Texts texts = (hit.kind == SearchKind::Article ? *articles : *promos).value(hit.id);
        hit.headline = texts.headline;
        Snippet snippet = SearchSnippet::make(texts.fields, query);
        hit.snippet = snippet.text;
        hit.highlights = snippet.highlights;
    }
    spent.snippets = timer.nsecsElapsed() - spent.parse - spent.match - spent.texts;
    if (timings)
        *timings = spent;
    return hits;
}

Result<QString> ArticleSearch::articleCondition(
    const DatabasePtr &database, const QString &text, QVariantList &bindings)
{
    const ParsedQuery query = SearchQuery::parse(text, true);
    if (query.isEmpty() && query.excluded.isEmpty())
        return QStringLiteral("0 = 1");
    if (auto current = SearchIndex(database).ensureCurrent(); !current)
        return std::unexpected(current.error());
    const QSqlDatabase db = Sql::connection(*database);
    return SearchEngine::of(db).articleCondition(db, query, bindings);
}

} // namespace PortalDesk
