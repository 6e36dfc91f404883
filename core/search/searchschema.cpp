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

QString partExpression(const QueryPart &part, const PrefixTerms &terms)
{
    if (!part.isCjk()) {
        const auto expanded = part.prefix && part.words.size() == 1 ? terms.constFind(part.words.constFirst())
                                                                    : terms.constEnd();
        if (expanded != terms.constEnd() && !expanded->isEmpty()) {
            QStringList words;
            for (const QString &word : *expanded)
                words.append(quoted(word));
            return wordColumns + QStringLiteral(" : (") + words.join(QStringLiteral(" OR ")) + u')';
        }
        return wordColumns + QStringLiteral(" : ") + quoted(part.words.join(u' '))
            + (part.prefix ? QStringLiteral("*") : QString());
    }
    const QStringList grams = SearchTokens::bigrams(part.cjk);
    const bool oneCharacter = part.cjk.size() == 1 || (part.cjk.size() == 2 && part.cjk[0].isHighSurrogate());
    if (oneCharacter) // every character of the text starts one gram
        return gramColumns + QStringLiteral(" : ") + quoted(grams.constFirst()) + QStringLiteral("*");
    return gramColumns + QStringLiteral(" : ") + quoted(grams.join(u' '));
}

QString clauseExpression(const QueryClause &clause, const PrefixTerms &terms)
{
    QStringList parts;
    for (const QueryPart &part : clause.parts)
        parts.append(partExpression(part, terms));
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

QStringList termsMigration()
{
    return {
        QStringLiteral("CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID"),
        // The index's own vocabulary, less the CJK words and bigrams (from U+2E80 on),
        // which are never looked up by prefix.
        QStringLiteral("CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, search_fts, row)"),
        QStringLiteral("INSERT INTO search_terms (term)"
                       " SELECT term FROM temp.search_vocabulary WHERE term < char(11904)"),
        QStringLiteral("DROP TABLE temp.search_vocabulary"),
    };
}

QString prefixTermsQuery()
{
    return QStringLiteral("SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT %1")
        .arg(maxPrefixTerms + 1);
}

QString termsBound(const QString &prefix)
{
    // Above every word that starts with `prefix`: U+10FFFF is never part of a word.
    const char32_t last[] = { 0x10FFFF };
    return prefix + QString::fromUcs4(last, 1);
}

QString matchExpression(const ParsedQuery &query, const PrefixTerms &terms)
{
    if (query.isEmpty())
        return {};
    QStringList required;
    for (const QueryClause &clause : query.required)
        required.append(clauseExpression(clause, terms));
    QString expression = u'(' + required.join(QStringLiteral(" AND ")) + u')';
    if (!query.excluded.isEmpty())
        expression += QStringLiteral(" NOT ") + excludedExpression(query, terms);
    return expression;
}

QString excludedExpression(const ParsedQuery &query, const PrefixTerms &terms)
{
    if (query.excluded.isEmpty())
        return {};
    QStringList excluded;
    for (const QueryClause &clause : query.excluded)
        excluded.append(clauseExpression(clause, terms));
    return u'(' + excluded.join(QStringLiteral(" OR ")) + u')';
}

QString rankExpression(qint64 firstRowid, qint64 lastRowid)
{
    // Weights in column order: h_words, h_grams, b_words, b_grams.
    return QStringLiteral("portaldesk_rank(search_fts, %1, %2, 4.0, 4.0, 1.0, 1.0)")
        .arg(firstRowid)
        .arg(lastRowid);
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
