#include "core/search/searchindex.h"

#include "core/parallel.h"
#include "core/search/searchengine.h"
#include "core/search/searchrows.h"
#include "core/store/promostore.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <numeric>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::SearchIndex", text);
}

// Marked stale (by a schema step), or written in a format the engine no longer writes.
Result<bool> isStale(const QSqlDatabase &db)
{
    auto query
        = Sql::run(db, QStringLiteral("SELECT key, value FROM search_meta WHERE key IN ('stale', 'format')"));
    if (!query)
        return std::unexpected(query.error());
    int format = 1;
    while (query->next()) {
        if (query->value(0).toString() == u"stale")
            return true;
        format = query->value(1).toInt();
    }
    return format != SearchEngine::of(db).indexFormat();
}

// Just what the index reads of an article, for every article in one pass.
QString allArticles(const QSqlDatabase &db)
{
    return QStringLiteral("SELECT a.id, a.language, a.section, a.status, a.publish_at, a.updated_at, "
                          "a.headline, a.kicker,"
                          " a.standfirst, a.body, a.byline, (SELECT ")
        + Sql::joinedLines(db, QStringLiteral("p.caption"), QStringLiteral("p.position"))
        + QStringLiteral(" FROM article_photos p WHERE p.article_id = a.id) FROM articles a");
}

Article articleFrom(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toString();
    a.language = languageFromTag(q.value(1).toString()).value_or(Language::ZhHantHK);
    a.section = q.value(2).toString();
    a.status = statusFromKey(q.value(3).toString()).value_or(ArticleStatus::Draft);
    a.publishAt = Sql::toTime(q.value(4));
    a.updatedAt = Sql::toTime(q.value(5));
    a.headline = q.value(6).toString();
    a.kicker = q.value(7).toString();
    a.standfirst = q.value(8).toString();
    a.body = q.value(9).toString();
    a.byline = q.value(10).toString();
    if (const QString captions = q.value(11).toString(); !captions.isEmpty())
        a.photos.append(Photo { {}, captions, {}, {} });
    return a;
}

constexpr qsizetype batchSize = 512;

} // namespace

SearchIndex::SearchIndex(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<qsizetype> SearchIndex::rebuild(const Progress &progress) const
{
    const QSqlDatabase db = Sql::connection(*m_database);
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto total = Sql::run(
        db, QStringLiteral("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM promos)"));
    if (!total)
        return std::unexpected(total.error());
    const qsizetype count = total->next() ? total->value(0).toLongLong() : 0;
    if (auto cleared = SearchRows::clear(db); !cleared)
        return std::unexpected(cleared.error());

    qsizetype done = 0;
    auto write = [&](const QList<SearchRows::Entry> &entries) -> Status {
        for (const SearchRows::Entry &entry : entries) {
            if (auto put = SearchRows::put(db, entry); !put)
                return put;
        }
        done += entries.size();
        if (progress && !progress(done, count))
            return fail(Error::Code::Cancelled, tr("reindexing was cancelled"));
        return {};
    };

    auto articles = Sql::run(db, allArticles(db));
    if (!articles)
        return std::unexpected(articles.error());
    QList<Article> batch;
    auto flush = [&]() -> Status {
        // The text pipeline is the slow part and needs no connection: run it on every core.
        QList<SearchRows::Entry> entries(batch.size());
        QList<qsizetype> indices(batch.size());
        std::iota(indices.begin(), indices.end(), 0);
        SearchRows::Entry *entry = entries.data();
        Parallel::forEach(indices, [&](qsizetype i) { entry[i] = SearchRows::articleEntry(batch.at(i)); });
        batch.clear();
        return write(entries);
    };
    while (articles->next()) {
        batch.append(articleFrom(*articles));
        if (batch.size() == batchSize) {
            if (auto written = flush(); !written)
                return std::unexpected(written.error());
        }
    }
    if (auto written = flush(); !written)
        return std::unexpected(written.error());

    auto promos = PromoStore(m_database).list();
    if (!promos)
        return std::unexpected(promos.error());
    QList<SearchRows::Entry> entries;
    for (const Promo &promo : *promos)
        entries.append(SearchRows::promoEntry(promo));
    if (auto written = write(entries); !written)
        return std::unexpected(written.error());

    if (auto fresh = Sql::run(db, QStringLiteral("DELETE FROM search_meta WHERE key IN ('stale', 'format')"));
        !fresh)
        return std::unexpected(fresh.error());
    if (auto format
        = Sql::run(db, QStringLiteral("INSERT INTO search_meta (key, value) VALUES ('format', ?)"),
            { QString::number(SearchEngine::of(db).indexFormat()) });
        !format)
        return std::unexpected(format.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    if (auto settled = SearchRows::settle(db); !settled)
        return std::unexpected(settled.error());
    return done;
}

Status SearchIndex::ensureCurrent() const
{
    auto stale = isStale(Sql::connection(*m_database));
    if (!stale)
        return std::unexpected(stale.error());
    if (!*stale)
        return {};
    if (auto rebuilt = rebuild(); !rebuilt)
        return std::unexpected(rebuilt.error());
    return {};
}

} // namespace PortalDesk
