#include "core/search/searchrows.h"

#include "core/search/searchschema.h"
#include "core/search/searchtokens.h"
#include "core/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace PortalDesk::SearchRows {

namespace {

QString wordsOf(const QString &text)
{
    return SearchTokens::wordsValue(SearchTokens::tokens(SearchTokens::fold(text).text));
}

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

} // namespace

Status put(const QSqlDatabase &db, const Entry &doc)
{
    // Never null: the columns are NOT NULL and an article may have no words at all.
    const QString head = doc.headWords.isNull() ? QStringLiteral("") : doc.headWords;
    const QString body = doc.bodyWords.isNull() ? QStringLiteral("") : doc.bodyWords;
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

namespace {

Status remove(const QSqlDatabase &db, const QString &kind, const QString &ref)
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
    if (auto done = Sql::run(db, QStringLiteral("DELETE FROM search_docs WHERE id = ?"), { rowid }); !done)
        return std::unexpected(done.error());
    return {};
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
    if (auto done = Sql::run(db, SearchSchema::deleteAllFts()); !done)
        return std::unexpected(done.error());
    for (const char *table : { "search_docs", "search_terms" }) {
        if (auto done = Sql::run(db, QStringLiteral("DELETE FROM ") + QLatin1String(table)); !done)
            return std::unexpected(done.error());
    }
    return {};
}

} // namespace PortalDesk::SearchRows
