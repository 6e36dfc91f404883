#include "core/search/searchengine.h"
#include "core/search/searchtokens.h"
#include "core/store/sql.h"

namespace PortalDesk {

namespace {

// PostgreSQL has no Chinese text parser, and needs none: the index holds the tokens
// PortalDesk's own pipeline made (SearchTokens: script-folded, segmented words, and CJK
// bigrams), written as a tsvector literal so that no PostgreSQL parser cuts them again.
// The four streams are told apart by weight, as FTS5 tells its columns apart:
//   A headline words, B headline bigrams, C body words, D body bigrams.
// Positions keep phrases. A tsvector keeps one weight per lexeme and position, so a
// word and a bigram that are the same two characters must not share a position: words
// take the even positions and bigrams the odd ones, and a phrase's neighbours are two
// apart (<2>). The body's streams start after the headline's longer one plus a gap, so
// that a phrase never spans headline and body (as it cannot span two FTS5 columns).
// Words match with :AC, bigrams with :BD.
// Ranking is ts_rank with the headline weighted four times the body, as on SQLite.
//
// GIN keeps neither positions nor weights, so every match of a query with them is checked
// again against the row's tsvector, and a phrase of two common words ("interest rates")
// would check every text holding both. So each pair of neighbouring non-CJK words is also
// a lexeme ("interest rates"), kept in a column of its own (pairs, with its own GIN index;
// in the tokens they would make every row slower to check), and a phrase asks for its
// pairs first: the index then finds just the texts with the phrase's words side by side.
// The pairs only narrow what is checked; the match and the rank are the tokens'.
// (CJK phrases are runs of bigrams, which are rare enough together.)

// The index format this file writes; a database indexed in another is rebuilt.
constexpr int tokensFormat = 2; // 2: word pairs in their own column (schema 7)

constexpr int maxPosition = 16383; // PostgreSQL's limit; later positions share the last
constexpr qsizetype maxLexeme = 1000; // bytes well under PostgreSQL's 2,046

QString quotedLexeme(QStringView token)
{
    QString lexeme = token.toString();
    while (lexeme.toUtf8().size() > maxLexeme)
        lexeme.chop(1);
    lexeme.replace(u'\\', QStringLiteral("\\\\"));
    lexeme.replace(u'\'', QStringLiteral("''"));
    return u'\'' + lexeme + u'\'';
}

QList<QStringView> tokensOf(QStringView value)
{
    QList<QStringView> tokens;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size() && value.at(i) != u' ' && value.at(i) != u'\n')
            continue;
        if (i > start)
            tokens.append(value.sliced(start, i - start));
        start = i + 1;
    }
    return tokens;
}

// Adds a stream's tokens at first, first + 2, first + 4, … with `weight`.
void appendStream(QString &out, const QList<QStringView> &tokens, int first, QChar weight)
{
    int position = first;
    for (QStringView token : tokens) {
        if (!out.isEmpty())
            out += u' ';
        out += quotedLexeme(token) + u':' + QString::number(std::min(position, maxPosition)) + weight;
        position += 2;
    }
}

bool isCjkToken(QStringView token)
{
    return !token.isEmpty() && token.at(0).unicode() >= 0x2E80;
}

// "interest rates": tokens never hold a space, so a pair is never mistaken for a word.
QString pairLexeme(QStringView first, QStringView second)
{
    return first.toString() + u' ' + second.toString();
}

// The pairs of neighbouring non-CJK words of a stream, without positions.
void appendPairs(QString &out, const QList<QStringView> &tokens)
{
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        if (isCjkToken(tokens.at(i - 1)) || isCjkToken(tokens.at(i)))
            continue;
        if (!out.isEmpty())
            out += u' ';
        out += quotedLexeme(pairLexeme(tokens.at(i - 1), tokens.at(i)));
    }
}

QString pairsLiteral(const QString &headWords, const QString &bodyWords)
{
    QString literal;
    appendPairs(literal, tokensOf(headWords));
    appendPairs(literal, tokensOf(bodyWords));
    return literal;
}

QString tokensLiteral(const QString &headWords, const QString &bodyWords)
{
    const QString headGrams = SearchTokens::gramsValue(headWords);
    const QString bodyGrams = SearchTokens::gramsValue(bodyWords);
    const QList<QStringView> streams[]
        = { tokensOf(headWords), tokensOf(headGrams), tokensOf(bodyWords), tokensOf(bodyGrams) };
    const int bodyStart = 2 * int(std::max(streams[0].size(), streams[1].size())) + 4;
    QString literal;
    appendStream(literal, streams[0], 2, u'A');
    appendStream(literal, streams[1], 3, u'B');
    appendStream(literal, streams[2], bodyStart, u'C');
    appendStream(literal, streams[3], bodyStart + 1, u'D');
    return literal;
}

// One part of a query as a tsquery: a word phrase (its last word maybe a prefix) in
// the word streams, or a CJK run as its bigrams in a row in the gram streams.
QString partQuery(const QueryPart &part)
{
    QStringList terms;
    if (!part.isCjk()) {
        for (qsizetype i = 0; i < part.words.size(); ++i) {
            const bool prefix = part.prefix && i == part.words.size() - 1;
            terms.append(
                quotedLexeme(part.words.at(i)) + (prefix ? QStringLiteral(":*AC") : QStringLiteral(":AC")));
        }
    } else {
        const QStringList grams = SearchTokens::bigrams(part.cjk);
        const bool oneCharacter
            = part.cjk.size() == 1 || (part.cjk.size() == 2 && part.cjk[0].isHighSurrogate());
        if (oneCharacter) // every character of the text starts one gram
            return quotedLexeme(grams.constFirst()) + QStringLiteral(":*BD");
        for (const QString &gram : grams)
            terms.append(quotedLexeme(gram) + QStringLiteral(":BD"));
    }
    return u'(' + terms.join(QStringLiteral(" <2> ")) + u')';
}

QString clausesQuery(const QList<QueryClause> &clauses, const QString &joiner)
{
    QStringList parts;
    for (const QueryClause &clause : clauses) {
        QStringList inner;
        for (const QueryPart &part : clause.parts)
            inner.append(partQuery(part));
        parts.append(u'(' + inner.join(QStringLiteral(" & ")) + u')');
    }
    return parts.join(joiner);
}

QString requiredQuery(const ParsedQuery &query)
{
    QString text = u'(' + clausesQuery(query.required, QStringLiteral(" & ")) + u')';
    if (!query.excluded.isEmpty())
        text += QStringLiteral(" & !(") + clausesQuery(query.excluded, QStringLiteral(" | ")) + u')';
    return text;
}

// The word pairs every match of `query` must hold (see above), as a tsquery; empty when none.
QString pairsQuery(const ParsedQuery &query)
{
    QStringList terms;
    for (const QueryClause &clause : query.required) {
        for (const QueryPart &part : clause.parts) {
            for (qsizetype i = 1; !part.isCjk() && i < part.words.size(); ++i) {
                if (isCjkToken(part.words.at(i - 1)) || isCjkToken(part.words.at(i)))
                    continue;
                const bool prefix = part.prefix && i == part.words.size() - 1;
                terms.append(quotedLexeme(pairLexeme(part.words.at(i - 1), part.words.at(i)))
                    + (prefix ? QStringLiteral(":*") : QString()));
            }
        }
    }
    return terms.join(QStringLiteral(" & "));
}

// What a match must satisfy, on search_docs d: its word pairs (where the query has any)
// and the whole query, with their two bindings.
QString matchCondition(const ParsedQuery &query, QVariantList &bindings)
{
    const QString pairs = pairsQuery(query);
    if (pairs.isEmpty()) {
        bindings << requiredQuery(query);
        return QStringLiteral("d.tokens @@ CAST(? AS tsquery)");
    }
    // "IS TRUE" keeps the planner from also reading the tokens' GIN index for every text with
    // both words (22,000 rows of a 100,000-article portal for "interest rates"): the pairs'
    // few hundred candidates are checked against their own tokens instead (21 ms → 7 ms).
    bindings << pairs << requiredQuery(query);
    return QStringLiteral("d.pairs @@ CAST(? AS tsquery) AND (d.tokens @@ CAST(? AS tsquery)) IS TRUE");
}

QString excludedQuery(const ParsedQuery &query)
{
    return clausesQuery(query.excluded, QStringLiteral(" | "));
}

class PostgresSearch final : public SearchEngine
{
public:
    Status put(const QSqlDatabase &db, const SearchRows::Entry &doc) const override
    {
        const QString &head = doc.headWords;
        const QString &body = doc.bodyWords;
        auto done = Sql::run(db,
            QStringLiteral(
                "INSERT INTO search_docs (kind, ref, language, section, status, day, head_words, body_words,"
                " tokens, pairs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, COALESCE(CAST(? AS tsvector), ''),"
                " COALESCE(CAST(? AS tsvector), ''))"
                " ON CONFLICT (kind, ref) DO UPDATE SET language = excluded.language,"
                " section = excluded.section, status = excluded.status, day = excluded.day,"
                " head_words = excluded.head_words, body_words = excluded.body_words,"
                " tokens = excluded.tokens, pairs = excluded.pairs"),
            { doc.kind, doc.ref, doc.language, doc.section, doc.status, doc.day, head, body,
                tokensLiteral(head, body), pairsLiteral(head, body) });
        if (!done)
            return std::unexpected(done.error());
        return {};
    }

    Status remove(const QSqlDatabase &db, const QString &kind, const QString &ref) const override
    {
        if (auto done = Sql::run(
                db, QStringLiteral("DELETE FROM search_docs WHERE kind = ? AND ref = ?"), { kind, ref });
            !done)
            return std::unexpected(done.error());
        return {};
    }

    Status clear(const QSqlDatabase &db) const override
    {
        if (auto done = Sql::run(db, QStringLiteral("DELETE FROM search_docs")); !done)
            return std::unexpected(done.error());
        return {};
    }

    // Without statistics on the tokens the planner cannot tell a word in every text from a
    // rare one, and ranked() would read every match of 港 through the GIN index.
    int indexFormat() const override { return tokensFormat; }

    Status settle(const QSqlDatabase &db) const override
    {
        if (auto done = Sql::run(db, QStringLiteral("ANALYZE search_docs")); !done)
            return std::unexpected(done.error());
        return {};
    }

    Result<QList<SearchHit>> ranked(const QSqlDatabase &db, const ParsedQuery &query, const Filters &filters,
        const SearchRequest &request) const override
    {
        // Only the newest rankedMatches matches are ranked, as on SQLite. For a common word the
        // planner walks the id index backwards and stops after them; for a rare one it asks
        // the GIN index (ANALYZE's statistics on the tokens tell it which is which).
        // Weights in PostgreSQL's order {D, C, B, A}, each at most 1: the headline counts four times.
        QVariantList bindings { requiredQuery(query) };
        const QString condition = matchCondition(query, bindings);
        bindings += filters.bindings;
        bindings << rankedMatches << request.limit << std::max(0, request.offset);
        return hitsOf(Sql::run(db,
            QStringLiteral("SELECT kind, ref, rank FROM (SELECT d.id AS id, d.kind AS kind, d.ref AS ref,"
                           " -ts_rank('{0.25, 0.25, 1.0, 1.0}', d.tokens, CAST(? AS tsquery)) AS rank"
                           " FROM search_docs d WHERE ")
                + condition + filters.sql
                + QStringLiteral(
                    " ORDER BY d.id DESC LIMIT ?) newest ORDER BY rank, id DESC LIMIT ? OFFSET ?"),
            bindings));
    }

    Result<QList<SearchHit>> newestExcept(const QSqlDatabase &db, const ParsedQuery &query,
        const Filters &filters, const SearchRequest &request) const override
    {
        QVariantList bindings { excludedQuery(query) };
        bindings += filters.bindings;
        bindings << request.limit << std::max(0, request.offset);
        return hitsOf(Sql::run(db,
            QStringLiteral(
                "SELECT d.kind, d.ref, 0 FROM search_docs d WHERE NOT (d.tokens @@ CAST(? AS tsquery))")
                + filters.sql + QStringLiteral(" ORDER BY d.id DESC LIMIT ? OFFSET ?"),
            bindings));
    }

    Result<QString> articleCondition(
        const QSqlDatabase &, const ParsedQuery &query, QVariantList &bindings) const override
    {
        if (query.isEmpty()) {
            bindings << excludedQuery(query);
            return QStringLiteral("id NOT IN (SELECT d.ref FROM search_docs d"
                                  " WHERE d.tokens @@ CAST(? AS tsquery) AND d.kind = 'article')");
        }
        return QStringLiteral("id IN (SELECT d.ref FROM search_docs d WHERE ")
            + matchCondition(query, bindings) + QStringLiteral(" AND d.kind = 'article')");
    }
};

} // namespace

const SearchEngine &postgresSearch()
{
    static const PostgresSearch engine;
    return engine;
}

} // namespace PortalDesk
