#pragma once

// Full-text search over articles and promos in both scripts and both languages:
// 发展 finds 發展, 港股 finds 港股通, econom* finds economy. Terms are AND-ed,
// "quoted phrases" and -exclusions work, and anything else typed is searched as
// text, never an error. Hits are ranked (bm25 with an estimated IDF, see SearchRank;
// headline above body; for a term found in more than 500 texts, among its 500 newest)
// and carry a snippet with highlights in the original text. Only exclusions
// (-Picasso) list everything else, newest first.

#include "core/content/article.h"
#include "core/search/searchsnippet.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace PortalDesk {

enum class SearchKind { Article, Promo };

struct SearchHit
{
    QString id;
    SearchKind kind = SearchKind::Article;
    QString headline; // an article's headline, a promo's text
    QString snippet;
    QList<Highlight> highlights; // in `snippet`
    double score = 0; // higher is better
};

struct SearchRequest
{
    QString text;
    std::optional<Language> language;
    QString section; // articles only: set, it leaves promos out
    std::optional<ArticleStatus> status; // likewise; as editors see it (see ArticleFilter::status)
    QDateTime moment; // "now" for the status filter (UTC); invalid = the current time
    QDateTime from; // publish time (else last update) of an article, start of a promo; UTC
    QDateTime to;
    bool articles = true;
    bool promos = true;
    int limit = 20;
    int offset = 0;
};

// How long the steps of one search took, in nanoseconds (for search_bench).
struct SearchTimings
{
    qint64 parse = 0; // understanding the text
    qint64 match = 0; // finding and ranking the matches in the index (on SQLite, prefix words too)
    qint64 texts = 0; // reading the hits' texts
    qint64 snippets = 0; // excerpts and highlights
};

class ArticleSearch
{
public:
    explicit ArticleSearch(DatabasePtr database);

    // Best first. A query with nothing searchable in it (empty, only punctuation) finds nothing.
    Result<QList<SearchHit>> search(const SearchRequest &request, SearchTimings *timings = nullptr) const;

    // For ArticleStore's filter box: an SQL condition on articles.id that keeps the
    // articles matching `text` (every word a prefix, as the person is still typing;
    // only exclusions keep every article but those).
    static Result<QString> articleCondition(
        const DatabasePtr &database, const QString &text, QVariantList &bindings);

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
