#include "core/search/articlesearch.h"

#include "core/search/searchindex.h"
#include "core/search/searchschema.h"
#include "core/store/sql.h"

namespace PortalDesk {

namespace {

// How many of the newest matches bm25 ranks (see search()).
constexpr int rankedMatches = 500;

const QString matchedDocs = QStringLiteral(
    " FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?");

struct Texts
{
    QString headline;
    QStringList fields; // in the order the snippet prefers them
};

Result<Texts> articleTexts(const QSqlDatabase &db, const QString &id)
{
    auto query = Sql::run(db,
        QStringLiteral("SELECT headline, kicker, standfirst, body, byline FROM articles WHERE id = ?"),
        { id });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return Texts {};
    Texts texts { query->value(0).toString(), { query->value(2).toString(), query->value(3).toString() } };
    auto captions = Sql::run(db,
        QStringLiteral("SELECT caption FROM article_photos WHERE article_id = ? ORDER BY position"), { id });
    if (!captions)
        return std::unexpected(captions.error());
    while (captions->next())
        texts.fields.append(captions->value(0).toString());
    texts.fields << query->value(4).toString() << texts.headline << query->value(1).toString();
    return texts;
}

Result<Texts> promoTexts(const QSqlDatabase &db, const QString &id)
{
    auto query = Sql::run(
        db, QStringLiteral("SELECT kicker, text, call_to_action FROM promos WHERE id = ?"), { id });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return Texts {};
    return Texts { query->value(1).toString(),
        { query->value(1).toString(), query->value(0).toString(), query->value(2).toString() } };
}

} // namespace

ArticleSearch::ArticleSearch(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QList<SearchHit>> ArticleSearch::search(const SearchRequest &request) const
{
    const ParsedQuery query = SearchQuery::parse(request.text);
    const QString match = SearchSchema::matchExpression(query);
    if (match.isEmpty() || (!request.articles && !request.promos) || request.limit == 0)
        return QList<SearchHit>();
    if (auto current = SearchIndex(m_database).ensureCurrent(); !current)
        return std::unexpected(current.error());

    QString filters;
    QVariantList filterBindings;
    if (request.articles != request.promos) {
        filters += QStringLiteral(" AND d.kind = ?");
        filterBindings << (request.articles ? QStringLiteral("article") : QStringLiteral("promo"));
    }
    if (request.language) {
        filters += QStringLiteral(" AND d.language = ?");
        filterBindings << languageTag(*request.language);
    }
    if (!request.section.isEmpty()) {
        filters += QStringLiteral(" AND d.section = ?");
        filterBindings << request.section;
    }
    if (request.status) {
        filters += QStringLiteral(" AND d.status = ?");
        filterBindings << statusKey(*request.status);
    }
    if (request.from.isValid()) {
        filters += QStringLiteral(" AND d.day >= ?");
        filterBindings << Sql::fromTime(request.from);
    }
    if (request.to.isValid()) {
        filters += QStringLiteral(" AND d.day <= ?");
        filterBindings << Sql::fromTime(request.to);
    }
    const QSqlDatabase db = Sql::connection(*m_database);

    // bm25 has to look at every match, which for a word in most texts (港, bank) means
    // most of the index. So only the newest rankedMatches matches are ranked: the index
    // yields matches in rowid order and the inner query stops there, scoring just those.
    // Newest means most recently indexed (a new article gets a new row, a save keeps it).
    QVariantList bindings { match };
    bindings += filterBindings;
    bindings << rankedMatches << request.limit << std::max(0, request.offset);
    auto rows = Sql::run(db,
        QStringLiteral("SELECT kind, ref, rank FROM (SELECT d.kind AS kind, d.ref AS ref, ")
            + SearchSchema::rankExpression() + QStringLiteral(" AS rank") + matchedDocs + filters
            + QStringLiteral(" ORDER BY search_fts.rowid DESC LIMIT ?) ORDER BY rank LIMIT ? OFFSET ?"),
        bindings);
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

    for (SearchHit &hit : hits) {
        auto texts = hit.kind == SearchKind::Article ? articleTexts(db, hit.id) : promoTexts(db, hit.id);
        if (!texts)
            return std::unexpected(texts.error());
        hit.headline = texts->headline;
        Snippet snippet = SearchSnippet::make(texts->fields, query);
        hit.snippet = snippet.text;
        hit.highlights = snippet.highlights;
    }
    return hits;
}

Result<QString> ArticleSearch::articleCondition(
    const DatabasePtr &database, const QString &text, QVariantList &bindings)
{
    const QString match = SearchSchema::matchExpression(SearchQuery::parse(text, true));
    if (match.isEmpty())
        return QStringLiteral("0 = 1");
    if (auto current = SearchIndex(database).ensureCurrent(); !current)
        return std::unexpected(current.error());
    bindings << match;
    return QStringLiteral("id IN (SELECT d.ref") + matchedDocs + QStringLiteral(" AND d.kind = 'article')");
}

} // namespace PortalDesk
