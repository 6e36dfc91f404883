#include "core/search/searchengine.h"
#include "core/search/searchschema.h"
#include "core/search/searchtokens.h"
#include "core/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace PortalDesk {

namespace {

const QString matchedDocs = QStringLiteral(
    " FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?");

Status runFts(
    const QSqlDatabase &db, const QString &sql, qint64 rowid, const QString &head, const QString &body)
{
    QVariantList bindings { rowid };
    for (const QString &value : SearchSchema::ftsValues(head, body))
        bindings.append(value);
    if (auto done = Sql::run(db, sql, bindings); !done)
        return std::unexpected(done.error());
    return {};
}

// Adds the document's non-CJK words to search_terms (see SearchSchema::termsMigration).
// Words are never taken out again: one that no document holds any more costs a
// prefix query one empty list, and a rebuild starts afresh.
Status putTerms(const QSqlDatabase &db, const QString &head, const QString &body)
{
    QSet<QStringView> seen;
    QJsonArray terms;
    for (const QString *value : { &head, &body }) {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= value->size(); ++i) {
            if (i < value->size() && value->at(i) != u' ' && value->at(i) != u'\n')
                continue;
            const QStringView word = QStringView(*value).sliced(start, i - start);
            start = i + 1;
            if (word.isEmpty() || SearchTokens::isCjkToken(word) || seen.contains(word))
                continue;
            seen.insert(word);
            terms.append(word.toString());
        }
    }
    if (terms.isEmpty())
        return {};
    if (auto done = Sql::run(db,
            QStringLiteral("INSERT OR IGNORE INTO search_terms (term) SELECT value FROM json_each(?)"),
            { QString::fromUtf8(QJsonDocument(terms).toJson(QJsonDocument::Compact)) });
        !done)
        return std::unexpected(done.error());
    return {};
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

// FTS5, contentless, with the words of each document kept in search_docs for deletes.
class SqliteSearch final : public SearchEngine
{
public:
    Status put(const QSqlDatabase &db, const SearchRows::Entry &doc) const override
    {
        const QString &head = doc.headWords;
        const QString &body = doc.bodyWords;
        auto existing = Sql::run(db,
            QStringLiteral("SELECT id, head_words, body_words FROM search_docs WHERE kind = ? AND ref = ?"),
            { doc.kind, doc.ref });
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->next()) {
            const qint64 rowid = existing->value(0).toLongLong();
            const QString oldHead = existing->value(1).toString();
            const QString oldBody = existing->value(2).toString();
            auto updated = Sql::run(db,
                QStringLiteral("UPDATE search_docs SET language = ?, section = ?, status = ?, day = ?,"
                               " head_words = ?, body_words = ? WHERE id = ?"),
                { doc.language, doc.section, doc.status, doc.day, head, body, rowid });
            if (!updated)
                return std::unexpected(updated.error());
            if (oldHead == head && oldBody == body)
                return {};
            if (auto removed = runFts(db, SearchSchema::deleteFts(), rowid, oldHead, oldBody); !removed)
                return removed;
            if (auto terms = putTerms(db, head, body); !terms)
                return terms;
            return runFts(db, SearchSchema::insertFts(), rowid, head, body);
        }
        auto inserted = Sql::run(db,
            QStringLiteral("INSERT INTO search_docs (kind, ref, language, section, status, day, head_words,"
                           " body_words) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { doc.kind, doc.ref, doc.language, doc.section, doc.status, doc.day, head, body });
        if (!inserted)
            return std::unexpected(inserted.error());
        if (auto terms = putTerms(db, head, body); !terms)
            return terms;
        return runFts(db, SearchSchema::insertFts(), inserted->lastInsertId().toLongLong(), head, body);
    }

    Status remove(const QSqlDatabase &db, const QString &kind, const QString &ref) const override
    {
        auto existing = Sql::run(db,
            QStringLiteral("SELECT id, head_words, body_words FROM search_docs WHERE kind = ? AND ref = ?"),
            { kind, ref });
        if (!existing)
            return std::unexpected(existing.error());
        if (!existing->next())
            return {};
        const qint64 rowid = existing->value(0).toLongLong();
        if (auto removed = runFts(db, SearchSchema::deleteFts(), rowid, existing->value(1).toString(),
                existing->value(2).toString());
            !removed)
            return removed;
        if (auto done = Sql::run(db, QStringLiteral("DELETE FROM search_docs WHERE id = ?"), { rowid });
            !done)
            return std::unexpected(done.error());
        return {};
    }

    Status clear(const QSqlDatabase &db) const override
    {
        if (auto done = Sql::run(db, SearchSchema::deleteAllFts()); !done)
            return std::unexpected(done.error());
        for (const char *table : { "search_docs", "search_terms" }) {
            if (auto done = Sql::run(db, QStringLiteral("DELETE FROM ") + QLatin1String(table)); !done)
                return std::unexpected(done.error());
        }
        return {};
    }

    // The best `limit` of the newest rankedMatches matches.
    Result<QList<SearchHit>> ranked(const QSqlDatabase &db, const ParsedQuery &query, const Filters &filters,
        const SearchRequest &request) const override
    {
        auto terms = prefixTerms(db, query);
        if (!terms)
            return std::unexpected(terms.error());
        // Two lookups on the rowid b-tree, for the rank's document count estimate.
        auto bounds = Sql::run(db,
            QStringLiteral("SELECT (SELECT min(id) FROM search_docs), (SELECT max(id) FROM search_docs)"));
        if (!bounds)
            return std::unexpected(bounds.error());
        const qint64 first = bounds->next() ? bounds->value(0).toLongLong() : 0;
        const qint64 last = bounds->value(1).toLongLong();
        bounds->finish();

        // Only the newest rankedMatches matches are ranked: FTS5 yields matches in rowid
        // order and the inner query stops there, scoring just those.
        QVariantList bindings { SearchSchema::matchExpression(query, *terms) };
        bindings += filters.bindings;
        bindings << rankedMatches << request.limit << std::max(0, request.offset);
        return hitsOf(Sql::run(db,
            QStringLiteral("SELECT kind, ref, rank FROM (SELECT d.kind AS kind, d.ref AS ref, ")
                + SearchSchema::rankExpression(first, last) + QStringLiteral(" AS rank") + matchedDocs
                + filters.sql
                + QStringLiteral(" ORDER BY search_fts.rowid DESC LIMIT ?) ORDER BY rank LIMIT ? OFFSET ?"),
            bindings));
    }

    Result<QList<SearchHit>> newestExcept(const QSqlDatabase &db, const ParsedQuery &query,
        const Filters &filters, const SearchRequest &request) const override
    {
        auto terms = prefixTerms(db, query);
        if (!terms)
            return std::unexpected(terms.error());
        QVariantList bindings { SearchSchema::excludedExpression(query, *terms) };
        bindings += filters.bindings;
        bindings << request.limit << std::max(0, request.offset);
        return hitsOf(Sql::run(db,
            QStringLiteral("SELECT d.kind, d.ref, 0 FROM search_docs d WHERE d.id NOT IN"
                           " (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
                + filters.sql + QStringLiteral(" ORDER BY d.id DESC LIMIT ? OFFSET ?"),
            bindings));
    }

    Result<QString> articleCondition(
        const QSqlDatabase &db, const ParsedQuery &query, QVariantList &bindings) const override
    {
        auto terms = prefixTerms(db, query);
        if (!terms)
            return std::unexpected(terms.error());
        const QString match = SearchSchema::matchExpression(query, *terms);
        const QString excluded = SearchSchema::excludedExpression(query, *terms);
        bindings << (match.isEmpty() ? excluded : match);
        return (match.isEmpty() ? QStringLiteral("id NOT IN (SELECT d.ref")
                                : QStringLiteral("id IN (SELECT d.ref"))
            + matchedDocs + QStringLiteral(" AND d.kind = 'article')");
    }
};

} // namespace

const SearchEngine &sqliteSearch()
{
    static const SqliteSearch engine;
    return engine;
}

} // namespace PortalDesk
