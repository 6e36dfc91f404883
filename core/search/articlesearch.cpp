#include "core/search/articlesearch.h"

#include "core/search/searchindex.h"
#include "core/search/searchschema.h"
#include "core/store/sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace PortalDesk {

namespace {

// How many of the newest matches are ranked (see ranked()).
constexpr int rankedMatches = 500;

const QString matchedDocs = QStringLiteral(
    " FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?");

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
        QStringLiteral("SELECT a.id, a.headline, a.kicker, a.standfirst, a.body, a.byline,"
                       " (SELECT json_group_array(caption) FROM (SELECT caption FROM article_photos p"
                       " WHERE p.article_id = a.id ORDER BY position)) FROM articles a WHERE a.id IN ")
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

QString filterSql(const SearchRequest &request, QVariantList &bindings)
{
    QString filters;
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
        filters += QStringLiteral(" AND d.status = ?");
        bindings << statusKey(*request.status);
    }
    if (request.from.isValid()) {
        filters += QStringLiteral(" AND d.day >= ?");
        bindings << Sql::fromTime(request.from);
    }
    if (request.to.isValid()) {
        filters += QStringLiteral(" AND d.day <= ?");
        bindings << Sql::fromTime(request.to);
    }
    return filters;
}

// The words behind each one-word prefix of the query (see SearchSchema::matchExpression).
Result<SearchSchema::PrefixTerms> prefixTerms(const QSqlDatabase &db, const ParsedQuery &query)
{
    SearchSchema::PrefixTerms terms;
    for (const QList<QueryClause> *clauses : { &query.required, &query.excluded }) {
        for (const QueryClause &clause : *clauses) {
            for (const QueryPart &part : clause.parts) {
                if (part.isCjk() || !part.prefix || part.words.size() != 1
                    || terms.contains(part.words.constFirst()))
                    continue;
                const QString &prefix = part.words.constFirst();
                auto rows = Sql::run(
                    db, SearchSchema::prefixTermsQuery(), { prefix, SearchSchema::termsBound(prefix) });
                if (!rows)
                    return std::unexpected(rows.error());
                QStringList words;
                while (rows->next())
                    words.append(rows->value(0).toString());
                // More than that (e*, 2*): FTS5's own prefix query, which a long OR would not beat.
                if (!words.isEmpty() && words.size() <= SearchSchema::maxPrefixTerms)
                    terms.insert(prefix, words);
            }
        }
    }
    return terms;
}

Result<QList<SearchHit>> hitsOf(Result<QSqlQuery> rows)
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

// The best `limit` of the newest rankedMatches matches.
Result<QList<SearchHit>> ranked(const QSqlDatabase &db, const QString &match, const QString &filters,
    const QVariantList &filterBindings, const SearchRequest &request)
{
    // Two lookups on the rowid b-tree, for the rank's document count estimate.
    auto bounds = Sql::run(
        db, QStringLiteral("SELECT (SELECT min(id) FROM search_docs), (SELECT max(id) FROM search_docs)"));
    if (!bounds)
        return std::unexpected(bounds.error());
    const qint64 first = bounds->next() ? bounds->value(0).toLongLong() : 0;
    const qint64 last = bounds->value(1).toLongLong();
    bounds->finish();

    // Ranking every match of a word in most texts (港, bank) means scoring most of the
    // index. So only the newest rankedMatches matches are ranked: the index yields
    // matches in rowid order and the inner query stops there, scoring just those.
    // Newest means most recently indexed (a new article gets a new row, a save keeps it).
    QVariantList bindings { match };
    bindings += filterBindings;
    bindings << rankedMatches << request.limit << std::max(0, request.offset);
    return hitsOf(Sql::run(db,
        QStringLiteral("SELECT kind, ref, rank FROM (SELECT d.kind AS kind, d.ref AS ref, ")
            + SearchSchema::rankExpression(first, last) + QStringLiteral(" AS rank") + matchedDocs + filters
            + QStringLiteral(" ORDER BY search_fts.rowid DESC LIMIT ?) ORDER BY rank LIMIT ? OFFSET ?"),
        bindings));
}

// Only exclusions (-Picasso): everything else, newest first, as in a list filtered by them.
Result<QList<SearchHit>> newestExcept(const QSqlDatabase &db, const QString &excluded, const QString &filters,
    const QVariantList &filterBindings, const SearchRequest &request)
{
    QVariantList bindings { excluded };
    bindings += filterBindings;
    bindings << request.limit << std::max(0, request.offset);
    return hitsOf(Sql::run(db,
        QStringLiteral("SELECT d.kind, d.ref, 0 FROM search_docs d WHERE d.id NOT IN"
                       " (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
            + filters + QStringLiteral(" ORDER BY d.id DESC LIMIT ? OFFSET ?"),
        bindings));
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
    auto terms = prefixTerms(db, query);
    if (!terms)
        return std::unexpected(terms.error());
    const QString match = SearchSchema::matchExpression(query, *terms);
    const QString excluded = SearchSchema::excludedExpression(query, *terms);
    spent.parse = timer.nsecsElapsed();

    QVariantList filterBindings;
    const QString filters = filterSql(request, filterBindings);
    auto hits = match.isEmpty() ? newestExcept(db, excluded, filters, filterBindings, request)
                                : ranked(db, match, filters, filterBindings, request);
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
    auto terms = prefixTerms(Sql::connection(*database), query);
    if (!terms)
        return std::unexpected(terms.error());
    const QString match = SearchSchema::matchExpression(query, *terms);
    const QString excluded = SearchSchema::excludedExpression(query, *terms);
    bindings << (match.isEmpty() ? excluded : match);
    return (match.isEmpty() ? QStringLiteral("id NOT IN (SELECT d.ref")
                            : QStringLiteral("id IN (SELECT d.ref"))
        + matchedDocs + QStringLiteral(" AND d.kind = 'article')");
}

} // namespace PortalDesk
