#include "core/store/articlefingerprints.h"

#include "core/content/originallink.h"
#include "core/search/storyfingerprint.h"
#include "core/store/articlestore.h"
#include "core/store/sql.h"

#include <QSet>
#include <algorithm>

namespace PortalDesk {

namespace {

Status put(const QSqlDatabase &db, const Article &article)
{
    const QList<quint64> sketch
        = StoryFingerprint::sketch(StoryFingerprint::shingles(ArticleFingerprints::storyText(article)));
    auto done = Sql::run(db,
        QStringLiteral(
            "INSERT INTO article_fingerprints (article_id, version, scheme, link_key, sketch)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET version = excluded.version,"
            " scheme = excluded.scheme, link_key = excluded.link_key, sketch = excluded.sketch"),
        { article.id, article.version, StoryFingerprint::Scheme,
            Sql::nullIfEmpty(OriginalLink::key(article.originalLink)), StoryFingerprint::pack(sketch) });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace

ArticleFingerprints::ArticleFingerprints(DatabasePtr database)
    : m_database(std::move(database))
{ }

QString ArticleFingerprints::storyText(const Article &article)
{
    return article.headline + u'\n' + article.standfirst + u'\n' + article.body;
}

Status ArticleFingerprints::refresh()
{
    const QSqlDatabase db = Sql::connection(*m_database);
    auto stale = Sql::run(db,
        QStringLiteral(
            "SELECT a.id FROM articles a LEFT JOIN article_fingerprints f ON f.article_id = a.id"
            " WHERE f.article_id IS NULL OR f.version <> a.version OR f.scheme <> ? ORDER BY a.id"),
        { StoryFingerprint::Scheme });
    if (!stale)
        return std::unexpected(stale.error());
    QStringList ids;
    while (stale->next())
        ids.append(stale->value(0).toString());

    ArticleStore store(m_database);
    for (qsizetype from = 0; from < ids.size(); from += Sql::IdBatch) {
        Sql::Transaction transaction(*m_database);
        if (!transaction.begun())
            return transaction.begun();
        // Read inside the write transaction: an article deleted meanwhile is simply not there.
        const Result<QList<Article>> articles = store.whole(ids.mid(from, Sql::IdBatch));
        if (!articles)
            return std::unexpected(articles.error());
        for (const Article &article : std::as_const(*articles)) {
            if (auto stored = put(db, article); !stored)
                return stored;
        }
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

Result<QList<FingerprintCandidate>> ArticleFingerprints::candidates(
    const QString &linkKey, const QList<quint64> &sketch, double atLeast, int limit) const
{
    const QSqlDatabase db = Sql::connection(*m_database);
    QList<FingerprintCandidate> found;
    QSet<QString> linked;
    if (!linkKey.isEmpty()) {
        auto query = Sql::run(db,
            QStringLiteral("SELECT article_id, sketch FROM article_fingerprints WHERE link_key = ?"
                           " ORDER BY article_id"),
            { linkKey });
        if (!query)
            return std::unexpected(query.error());
        while (query->next()) {
            const QString id = query->value(0).toString();
            linked.insert(id);
            found.append({ id, true,
                StoryFingerprint::estimate(
                    sketch, StoryFingerprint::unpack(query->value(1).toByteArray())) });
        }
    }
    if (!sketch.isEmpty()) {
        auto query = Sql::run(db,
            QStringLiteral("SELECT article_id, sketch FROM article_fingerprints WHERE scheme = ?"),
            { StoryFingerprint::Scheme });
        if (!query)
            return std::unexpected(query.error());
        while (query->next()) {
            const QString id = query->value(0).toString();
            if (linked.contains(id))
                continue;
            const double estimate
                = StoryFingerprint::estimate(sketch, StoryFingerprint::unpack(query->value(1).toByteArray()));
            if (estimate >= atLeast)
                found.append({ id, false, estimate });
        }
    }
    std::stable_sort(
        found.begin(), found.end(), [](const FingerprintCandidate &a, const FingerprintCandidate &b) {
            if (a.sameLink != b.sameLink)
                return a.sameLink;
            if (a.estimate != b.estimate)
                return a.estimate > b.estimate;
            return a.articleId < b.articleId;
        });
    if (limit >= 0 && found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace PortalDesk
