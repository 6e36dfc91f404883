#include "core/search/searchrank.h"

#include "core/store/sqlrows.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <cmath>
#include <sqlite3.h>
#include <vector>

namespace PortalDesk::SearchRank {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::SearchRank", text);
}

// bm25's constants, as FTS5 uses them.
constexpr double k1 = 1.2;
constexpr double b = 0.75;
// Matches counted per phrase before the rest are estimated: enough for a stable
// estimate, few enough to cost well under a millisecond.
constexpr int sampleSize = 1000;

// What one query needs across its rows, made at its first row.
struct QueryStats
{
    double rows = 1;
    double averageLength = 1;
    std::vector<double> idf; // NaN until a row holds the phrase
    std::vector<double> frequency; // per row, reused
};

struct Sample
{
    int count = 0;
    sqlite3_int64 last = 0;
};

int countMatch(const Fts5ExtensionApi *api, Fts5Context *fts, void *user)
{
    auto *sample = static_cast<Sample *>(user);
    sample->last = api->xRowid(fts);
    return ++sample->count >= sampleSize ? SQLITE_DONE : SQLITE_OK;
}

// FTS5's IDF, floored like bm25 does, from an exact or estimated document count.
Result<double> idfOf(const Fts5ExtensionApi *api, Fts5Context *fts, int phrase, const QueryStats &stats,
    sqlite3_int64 firstRowid, sqlite3_int64 lastRowid)
{
    Sample sample;
    if (api->xQueryPhrase(fts, phrase, &sample, countMatch) != SQLITE_OK)
        return fail(Error::Code::Database, tr("could not rank the matches"));
    double documents = sample.count;
    if (sample.count >= sampleSize && sample.last >= firstRowid) {
        // The index yields matches oldest first: the sample covered the rowids up to
        // sample.last, so scale it to the whole span.
        const double span = double(std::max(lastRowid, sample.last) - firstRowid + 1);
        documents = std::min(stats.rows, double(sample.count) * span / double(sample.last - firstRowid + 1));
    }
    const double idf = std::log((stats.rows - documents + 0.5) / (documents + 0.5));
    return std::max(idf, 1e-6);
}

void deleteStats(void *stats)
{
    delete static_cast<QueryStats *>(stats);
}

QueryStats *statsOf(const Fts5ExtensionApi *api, Fts5Context *fts)
{
    if (auto *stats = static_cast<QueryStats *>(api->xGetAuxdata(fts, 0)))
        return stats;
    auto *stats = new QueryStats;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    if (api->xRowCount(fts, &rows) == SQLITE_OK && rows > 0)
        stats->rows = double(rows);
    if (api->xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK && tokens > 0)
        stats->averageLength = double(tokens) / stats->rows;
    const int phrases = api->xPhraseCount(fts);
    // One phrase: its IDF is the same for every row, so the order needs none.
    stats->idf.assign(std::size_t(phrases), phrases == 1 ? 1.0 : std::nan(""));
    stats->frequency.assign(std::size_t(phrases), 0.0);
    if (api->xSetAuxdata(fts, stats, deleteStats) != SQLITE_OK)
        return nullptr; // FTS5 has freed it
    return stats;
}

void rank(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QueryStats *stats = statsOf(api, fts);
    if (!stats || argc < 2) {
        sqlite3_result_error(context, "portaldesk_rank: needs the index's first and last rowid", -1);
        return;
    }
    const sqlite3_int64 firstRowid = sqlite3_value_int64(argv[0]);
    const sqlite3_int64 lastRowid = sqlite3_value_int64(argv[1]);
    std::fill(stats->frequency.begin(), stats->frequency.end(), 0.0);
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(context, "portaldesk_rank: could not read the matches", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK || phrase < 0
            || std::size_t(phrase) >= stats->frequency.size())
            continue;
        const int weightArg = 2 + column;
        stats->frequency[std::size_t(phrase)]
            += weightArg < argc ? sqlite3_value_double(argv[weightArg]) : 1.0;
    }
    int length = 0;
    api->xColumnSize(fts, -1, &length);
    const double norm = k1 * (1 - b + b * double(length) / stats->averageLength);
    double score = 0;
    for (std::size_t p = 0; p < stats->frequency.size(); ++p) {
        const double f = stats->frequency[p];
        if (f <= 0)
            continue;
        if (std::isnan(stats->idf[p])) {
            auto idf = idfOf(api, fts, int(p), *stats, firstRowid, lastRowid);
            if (!idf) {
                sqlite3_result_error(context, "portaldesk_rank: could not count a phrase's matches", -1);
                return;
            }
            stats->idf[p] = *idf;
        }
        score += stats->idf[p] * f * (k1 + 1) / (f + norm);
    }
    sqlite3_result_double(context, -score);
}

} // namespace

Status install(const QSqlDatabase &db)
{
    if (db.driverName() != u"QSQLITE")
        return fail(Error::Code::Unsupported, tr("search ranking needs an SQLite connection"));
    sqlite3 *connection = Sql::sqliteHandle(db);
    if (!connection)
        return fail(Error::Code::Database, tr("search ranking needs an open connection"));

    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return fail(Error::Code::Unsupported, tr("this SQLite has no full-text search (FTS5)"));
    if (api->xCreateFunction(api, "portaldesk_rank", nullptr, rank, nullptr) != SQLITE_OK)
        return fail(Error::Code::Database, tr("could not install the search ranking"));
    return {};
}

} // namespace PortalDesk::SearchRank
