#include "core/search/searchschema.h"

#include "core/search/searchtokens.h"

namespace PortalDesk::SearchSchema {

namespace {

// Tokens reach the expression already cut to letters and digits; quoting them (and
// doubling any quote, should one ever get through) makes FTS5 read them as text only.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

const QString wordColumns = QStringLiteral("{h_words b_words}");
const QString gramColumns = QStringLiteral("{h_grams b_grams}");

QString partExpression(const QueryPart &part)
{
    if (!part.isCjk())
        return wordColumns + QStringLiteral(" : ") + quoted(part.words.join(u' '))
            + (part.prefix ? QStringLiteral("*") : QString());
    const QStringList grams = SearchTokens::bigrams(part.cjk);
    const bool oneCharacter = part.cjk.size() == 1 || (part.cjk.size() == 2 && part.cjk[0].isHighSurrogate());
    if (oneCharacter) // every character of the text starts one gram
        return gramColumns + QStringLiteral(" : ") + quoted(grams.constFirst()) + QStringLiteral("*");
    return gramColumns + QStringLiteral(" : ") + quoted(grams.join(u' '));
}

QString clauseExpression(const QueryClause &clause)
{
    QStringList parts;
    for (const QueryPart &part : clause.parts)
        parts.append(partExpression(part));
    return u'(' + parts.join(QStringLiteral(" AND ")) + u')';
}

} // namespace

QStringList migration()
{
    return {
        // One row per indexed article or promo, with the filters and the words streams
        // the FTS rows were made from (a contentless FTS table needs them to delete).
        QStringLiteral("CREATE TABLE search_docs ("
                       " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL,"
                       " language TEXT NOT NULL, section TEXT, status TEXT, day TEXT,"
                       " head_words TEXT NOT NULL, body_words TEXT NOT NULL, UNIQUE (kind, ref))"),
        // Tokens come pre-cut and space-separated; unicode61 only splits them again at the
        // spaces. prefix='1' serves one-character CJK queries from one list.
        QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5(h_words, h_grams, b_words, b_grams,"
                       " content = '', prefix = '1',"
                       " tokenize = \"unicode61 remove_diacritics 0 categories 'L* N* Co M*'\")"),
        QStringLiteral("CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // Content saved before this step is indexed by the first search (or reindex).
        QStringLiteral("INSERT INTO search_meta (key, value) VALUES ('stale', '1')"),
    };
}

QString matchExpression(const ParsedQuery &query)
{
    if (query.isEmpty())
        return {};
    QStringList required;
    for (const QueryClause &clause : query.required)
        required.append(clauseExpression(clause));
    QString expression = u'(' + required.join(QStringLiteral(" AND ")) + u')';
    if (!query.excluded.isEmpty()) {
        QStringList excluded;
        for (const QueryClause &clause : query.excluded)
            excluded.append(clauseExpression(clause));
        expression += QStringLiteral(" NOT (") + excluded.join(QStringLiteral(" OR ")) + u')';
    }
    return expression;
}

QString rankExpression()
{
    return QStringLiteral("bm25(search_fts, 4.0, 4.0, 1.0, 1.0)");
}

QStringList ftsValues(const QString &headWords, const QString &bodyWords)
{
    return { headWords, SearchTokens::gramsValue(headWords), bodyWords, SearchTokens::gramsValue(bodyWords) };
}

QString insertFts()
{
    return QStringLiteral(
        "INSERT INTO search_fts (rowid, h_words, h_grams, b_words, b_grams) VALUES (?, ?, ?, ?, ?)");
}

QString deleteFts()
{
    return QStringLiteral("INSERT INTO search_fts (search_fts, rowid, h_words, h_grams, b_words, b_grams)"
                          " VALUES ('delete', ?, ?, ?, ?, ?)");
}

QString deleteAllFts()
{
    return QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('delete-all')");
}

} // namespace PortalDesk::SearchSchema
