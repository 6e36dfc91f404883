// search_bench: builds a portal of generated articles (Hong Kong Chinese and English),
// indexes it, and prints index build time, index size and p50/p95 latency of 30
// searches next to LIKE '%term%' scans of the same data. Not a test: it asserts nothing.
//
//   search_bench [--articles N] [--runs R] [--keep FILE [--reuse]]
//   search_bench [--articles N] [--runs R] --db postgresql://… [--reuse]
//
// --reuse searches a FILE an earlier --keep run built for the same N as it is, and
// prints the build time and size recorded then: the 100,000-article build takes minutes.
// --db runs the same searches on a PostgreSQL database (empty, or built by an earlier run
// with --reuse); FTS5's own bm25, which only SQLite has, is left out there.

#include "core/search/articlesearch.h"
#include "core/search/searchindex.h"
#include "core/search/searchschema.h"
#include "core/store/database.h"
#include "searchcorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <optional>

using namespace PortalDesk;

namespace {

QTextStream out(stdout);

bool onServer(const DatabasePtr &database)
{
    return database->kind() == Database::Kind::Postgres;
}

qint64 scalar(const DatabasePtr &database, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(database->connectionName()));
    return q.exec(sql) && q.next() && !q.isNull(0) ? q.value(0).toLongLong() : -1;
}

// The whole database's size on disk.
qint64 databaseBytes(const DatabasePtr &database)
{
    return onServer(database)
        ? scalar(database, QStringLiteral("SELECT pg_database_size(current_database())"))
        : scalar(database, QStringLiteral("PRAGMA page_count"))
            * scalar(database, QStringLiteral("PRAGMA page_size"));
}

// The bytes of the tables (with their indexes) whose names start with `prefix`.
qint64 tableBytes(const DatabasePtr &database, const QString &prefix)
{
    return scalar(database,
        onServer(database)
            ? QStringLiteral("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c"
                             " JOIN pg_namespace n ON n.oid = c.relnamespace"
                             " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                             " AND c.relname LIKE '%1%'")
                  .arg(prefix)
            : QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE '%1%'").arg(prefix));
}

// What a --keep run records about the build, for a later --reuse.
struct Built
{
    int articles = 0;
    qint64 generatedMs = 0;
    qint64 builtMs = 0;
    qint64 documents = 0;
    qint64 before = 0; // file size without the index
    QString at;
};

void record(const DatabasePtr &database, const Built &built)
{
    QSqlQuery q(QSqlDatabase::database(database->connectionName()));
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_built (articles INTEGER, generated_ms BIGINT,"
                          " built_ms BIGINT, documents BIGINT, before_bytes BIGINT, at TEXT)"));
    q.exec(QStringLiteral("DELETE FROM bench_built"));
    q.prepare(QStringLiteral("INSERT INTO bench_built VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : { QVariant(built.articles), QVariant(built.generatedMs),
             QVariant(built.builtMs), QVariant(built.documents), QVariant(built.before), QVariant(built.at) })
        q.addBindValue(value);
    q.exec();
}

std::optional<Built> recorded(const DatabasePtr &database)
{
    QSqlQuery q(QSqlDatabase::database(database->connectionName()));
    if (!q.exec(QStringLiteral("SELECT articles, generated_ms, built_ms, documents, before_bytes, at"
                               " FROM bench_built"))
        || !q.next())
        return std::nullopt;
    return Built { q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong(),
        q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString() };
}

// The LIKE scan the old filter did, over headline and body: one LIKE per term, all required.
QString likeSql(const QStringList &terms)
{
    QStringList conditions;
    for (qsizetype i = 0; i < terms.size(); ++i)
        conditions << QStringLiteral("(headline LIKE ? OR body LIKE ?)");
    return QStringLiteral("SELECT id FROM articles WHERE ") + conditions.join(QStringLiteral(" AND "))
        + QStringLiteral(" ORDER BY updated_at DESC LIMIT 20");
}

// The ids of the best 20 of the newest 500 matches by `rank`, the way search() picks them.
QStringList bestOfNewest(const QSqlDatabase &db, const QString &match, const QString &rank)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ref FROM (SELECT d.ref AS ref, ") + rank
        + QStringLiteral(" AS rank FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid"
                         " WHERE search_fts MATCH ? ORDER BY search_fts.rowid DESC LIMIT 500)"
                         " ORDER BY rank LIMIT 20"));
    q.addBindValue(match);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

struct Query
{
    const char *kind;
    QString text;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("How many (100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each search (11)."),
        QStringLiteral("R"), QStringLiteral("11"));
    const QCommandLineOption likeRunsOption(QStringLiteral("like-runs"),
        QStringLiteral("Runs of each LIKE scan (3)."), QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the database in FILE."), QStringLiteral("FILE"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("Build in (or with --reuse, search) this database, e.g. a PostgreSQL URL."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
        QStringLiteral("Search the --keep FILE or --db an earlier run built for the same N, as it is."));
    parser.addOptions({ articlesOption, runsOption, likeRunsOption, keepOption, dbOption, reuseOption });
    parser.process(app);
    const int count = parser.value(articlesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int likeRuns = std::max(1, parser.value(likeRunsOption).toInt());

    QTemporaryDir folder;
    const bool server = parser.isSet(dbOption);
    const QString path = server    ? parser.value(dbOption)
        : parser.isSet(keepOption) ? parser.value(keepOption)
                                   : folder.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse
        = parser.isSet(reuseOption) && (server || (parser.isSet(keepOption) && QFile::exists(path)));
    if (!reuse && !server)
        QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened) {
        out << opened.error().text() << Qt::endl;
        return 1;
    }
    const DatabasePtr database = *opened;
    if (server && !reuse && scalar(database, QStringLiteral("SELECT count(*) FROM articles")) > 0) {
        out << path << " already holds articles: give search_bench an empty database, or --reuse" << Qt::endl;
        return 1;
    }

    std::optional<Built> built = reuse ? recorded(database) : std::nullopt;
    if (built && built->articles != count) {
        out << path << " holds " << built->articles << " articles, not " << count << Qt::endl;
        return 1;
    }
    if (built) {
        out << "reusing " << path << ", built " << built->at
            << (database->backupPath().isEmpty()
                       ? ""
                       : " (its schema was updated just now, so the index build below is the old one's)")
            << Qt::endl;
    } else {
        if (reuse) {
            out << path << " was not made by search_bench" << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (!SearchCorpus::generate(database, count))
            return 1;
        built = Built { count, timer.elapsed(), 0, 0, databaseBytes(database),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate) };
        timer.restart();
        auto indexed = SearchIndex(database).rebuild();
        if (!indexed) {
            out << indexed.error().text() << Qt::endl;
            return 1;
        }
        built->builtMs = timer.elapsed();
        built->documents = *indexed;
        if (parser.isSet(keepOption) || server)
            record(database, *built);
    }
    out << "generated " << count << " articles in " << built->generatedMs << " ms; database "
        << built->before / (1024 * 1024) << " MB" << Qt::endl;
    const qint64 after = databaseBytes(database);
    out << "index build: " << built->documents << " documents in " << built->builtMs << " ms ("
        << QString::number(
               double(built->documents) * 1000.0 / double(std::max<qint64>(1, built->builtMs)), 'f', 0)
        << " docs/s)" << Qt::endl;
    const qint64 fts = tableBytes(database, QStringLiteral("search_fts"));
    const qint64 docs = tableBytes(database, QStringLiteral("search_docs"));
    out << "index size: " << (after - built->before) / (1024 * 1024) << " MB in the database";
    if (fts >= 0)
        out << " (FTS " << fts / (1024 * 1024) << " MB, search_docs " << docs / (1024 * 1024) << " MB)";
    else if (docs >= 0)
        out << " (search_docs with its GIN index " << docs / (1024 * 1024) << " MB)";
    out << "; articles alone " << built->before / (1024 * 1024) << " MB" << Qt::endl << Qt::endl;

    const QList<Query> queries {
        { "1-char zh", QStringLiteral("港") },
        { "1-char zh", QStringLiteral("股") },
        { "1-char zh", QStringLiteral("銀") },
        { "1-char zh", QStringLiteral("龍") },
        { "1-char zh", QStringLiteral("楼") },
        { "2-char zh", QStringLiteral("港股") },
        { "2-char zh", QStringLiteral("发展") },
        { "2-char zh", QStringLiteral("銀行") },
        { "2-char zh", QStringLiteral("樓市") },
        { "2-char zh", QStringLiteral("科技") },
        { "2-char zh", QStringLiteral("央行") },
        { "4-char zh", QStringLiteral("恒生指數") },
        { "4-char zh", QStringLiteral("经济发展") },
        { "4-char zh", QStringLiteral("貨幣政策") },
        { "4-char zh", QStringLiteral("利率決議") },
        { "4-char zh", QStringLiteral("股通債券") },
        { "en word", QStringLiteral("economy") },
        { "en word", QStringLiteral("inflation") },
        { "en word", QStringLiteral("bank") },
        { "en word", QStringLiteral("property") },
        { "en word", QStringLiteral("tariffs") },
        { "en prefix", QStringLiteral("econom*") },
        { "en prefix", QStringLiteral("infla*") },
        { "en prefix", QStringLiteral("bank*") },
        { "en prefix", QStringLiteral("invest*") },
        { "mixed", QStringLiteral("HSBC 業績") },
        { "mixed", QStringLiteral("港股 tech") },
        { "mixed", QStringLiteral("Hong Kong 樓市") },
        { "phrase", QStringLiteral("\"interest rates\"") },
        { "phrase", QStringLiteral("\"central bank\"") },
    };

    ArticleSearch search(database);
    QSqlDatabase db = QSqlDatabase::database(database->connectionName());
    QList<double> allSearch, allMatch, allLike;
    QList<std::pair<QString, QList<double>>> groups; // per kind, in order
    QSqlQuery bounds(db);
    bounds.exec(
        QStringLiteral("SELECT (SELECT min(id) FROM search_docs), (SELECT max(id) FROM search_docs)"));
    const qint64 firstRowid = bounds.next() ? bounds.value(0).toLongLong() : 0;
    const qint64 lastRowid = bounds.value(1).toLongLong();
    out << "search: p50/p95 of the whole call; match, texts, snip: p50 of its steps (SearchTimings);"
           " allbm: FTS5's own bm25 over every match, top 20 (SQL only);"
           " same: of bm25's best 20 among the newest 500, how many the search ranks best too\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %11 %12 %13 %14 %9 %10 | %6 %7 %8\n")
               .arg(QStringLiteral("kind"), -10)
               .arg(QStringLiteral("query"), -18)
               .arg(QStringLiteral("hits"), 5)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("LIKE hits"), 9)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("allbm50"), 8)
               .arg(QStringLiteral("allbm95"), 8)
               .arg(QStringLiteral("match"), 6)
               .arg(QStringLiteral("texts"), 6)
               .arg(QStringLiteral("snip"), 6)
               .arg(QStringLiteral("same"), 5);
    for (const Query &query : queries) {
        SearchRequest request;
        request.text = query.text;
        request.limit = 20;
        QList<double> times, matching, reading, snipping;
        qsizetype hits = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            SearchTimings steps;
            t.start();
            auto found = search.search(request, &steps);
            times.append(double(t.nsecsElapsed()) / 1e6);
            matching.append(double(steps.match) / 1e6);
            reading.append(double(steps.texts) / 1e6);
            snipping.append(double(steps.snippets) / 1e6);
            if (!found) {
                out << found.error().text() << Qt::endl;
                return 1;
            }
            hits = found->size();
        }
        allSearch += times;
        if (groups.isEmpty() || groups.constLast().first != QLatin1String(query.kind))
            groups.append({ QLatin1String(query.kind), {} });
        groups.last().second += times;

        // bm25 over every match, as a plain FTS5 query would rank (search() ranks the newest 500).
        const QString match = SearchSchema::matchExpression(SearchQuery::parse(query.text));
        QList<double> matchTimes;
        for (int run = 0; run < (server ? 0 : likeRuns); ++run) {
            QSqlQuery ranked(db);
            ranked.prepare(
                QStringLiteral("SELECT d.ref, bm25(search_fts, 4.0, 4.0, 1.0, 1.0)"
                               " AS rank FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid"
                               " WHERE search_fts MATCH ? ORDER BY rank LIMIT 20"));
            ranked.addBindValue(match);
            QElapsedTimer t;
            t.start();
            ranked.exec();
            while (ranked.next()) { }
            matchTimes.append(double(t.nsecsElapsed()) / 1e6);
        }
        allMatch += matchTimes;

        // How many of the 20 that FTS5's bm25 would pick among the same 500, portaldesk_rank picks.
        const QStringList byBm25 = server
            ? QStringList()
            : bestOfNewest(db, match, QStringLiteral("bm25(search_fts, 4.0, 4.0, 1.0, 1.0)"));
        int same = 0;
        if (!server) {
            for (const QString &id :
                bestOfNewest(db, match, SearchSchema::rankExpression(firstRowid, lastRowid)))
                same += byBm25.contains(id) ? 1 : 0;
        }

        QStringList terms;
        for (QString term :
            query.text.split(query.text.startsWith(u'"') ? QChar() : QChar(u' '), Qt::SkipEmptyParts))
            terms << u'%' + term.remove(u'"').remove(u'*') + u'%';
        QList<double> likeTimes;
        int likeHits = 0;
        for (int run = 0; run < likeRuns; ++run) {
            QSqlQuery like(db);
            like.prepare(likeSql(terms));
            for (const QString &term : std::as_const(terms)) {
                like.addBindValue(term);
                like.addBindValue(term);
            }
            QElapsedTimer t;
            t.start();
            like.exec();
            likeHits = 0;
            while (like.next())
                ++likeHits;
            likeTimes.append(double(t.nsecsElapsed()) / 1e6);
        }
        allLike += likeTimes;
        out << QStringLiteral("%1 %2 %3 %4 %5 %11 %12 %13 %14 %9 %10 | %6 %7 %8\n")
                   .arg(QLatin1String(query.kind), -10)
                   .arg(query.text, -18)
                   .arg(hits, 5)
                   .arg(ms(percentile(times, 0.5)), 8)
                   .arg(ms(percentile(times, 0.95)), 8)
                   .arg(likeHits, 9)
                   .arg(ms(percentile(likeTimes, 0.5)), 8)
                   .arg(ms(percentile(likeTimes, 0.95)), 8)
                   .arg(ms(percentile(matchTimes, 0.5)), 8)
                   .arg(ms(percentile(matchTimes, 0.95)), 8)
                   .arg(ms(percentile(matching, 0.5)), 6)
                   .arg(ms(percentile(reading, 0.5)), 6)
                   .arg(ms(percentile(snipping, 0.5)), 6)
                   .arg(QStringLiteral("%1/%2").arg(same).arg(byBm25.size()), 5);
        out.flush();
    }
    out << Qt::endl;
    for (const auto &[kind, times] : std::as_const(groups))
        out << QStringLiteral("%1 search p50 %2 ms, p95 %3 ms\n")
                   .arg(kind, -10)
                   .arg(ms(percentile(times, 0.5)), 6)
                   .arg(ms(percentile(times, 0.95)), 6);
    out << Qt::endl
        << "all 30 queries, search (top 20 with snippets): p50 " << ms(percentile(allSearch, 0.5))
        << " ms, p95 " << ms(percentile(allSearch, 0.95)) << " ms over " << allSearch.size() << " runs"
        << Qt::endl
        << "all 30 queries, FTS5 bm25 over all matches:  "
        << (server ? QStringLiteral("(SQLite only)")
                   : QStringLiteral("p50 %1 ms, p95 %2 ms over %3 runs")
                         .arg(ms(percentile(allMatch, 0.5)), ms(percentile(allMatch, 0.95)))
                         .arg(allMatch.size()))
        << Qt::endl
        << "all 30 queries, LIKE '%term%' (newest 20):     p50 " << ms(percentile(allLike, 0.5))
        << " ms, p95 " << ms(percentile(allLike, 0.95)) << " ms over " << allLike.size() << " runs"
        << Qt::endl;
    return 0;
}
