// search_bench: builds a portal of generated articles (Hong Kong Chinese and English),
// indexes it, and prints index build time, index size and p50/p95 latency of 30
// searches next to LIKE '%term%' scans of the same data. Not a test: it asserts nothing.
//
//   search_bench [--articles N] [--runs R] [--keep FILE]

#include "core/search/articlesearch.h"
#include "core/search/searchindex.h"
#include "core/search/searchschema.h"
#include "core/store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>

using namespace PortalDesk;

namespace {

QTextStream out(stdout);

// Words of Hong Kong financial news, in Traditional Chinese as the portal writes them.
const QStringList chineseWords = QStringLiteral(
    "香港 港股 恒生指數 恒指 成交額 銀行 滙豐 中銀 央行 利率 加息 減息 貨幣政策 利率決議 人民幣 匯率 美元 "
    "港元 聯繫匯率 樓市 樓價 房地產商 地產 發展商 新盤 一手 二手 按揭 經濟 經濟發展 發展 增長 放緩 復甦 通脹 "
    "失業率 零售 旅遊 訪港旅客 內地 大灣區 深圳 廣州 前海 科技 科技股 騰訊 阿里巴巴 美團 小米 比亞迪 電動車 "
    "晶片 人工智能 創新 初創 金融科技 數碼 虛擬資產 穩定幣 監管 證監會 金管局 財政司司長 施政報告 預算案 "
    "政府 立法會 議員 市民 投資者 分析師 基金 保險 債券 股息 盈利 業績 收入 利潤 虧損 市值 上市 招股 "
    "新股 孖展 超額認購 暗盤 收市 開市 高開 低開 回落 反彈 急升 急跌 創新高 創新低 半日 全日 今早 昨日 "
    "本週 上月 去年 第三季 按年 按月 預期 估計 表示 指出 認為 相信 強調 透露 公布 宣布 推出 計劃 措施 "
    "政策 支持 加強 推動 合作 項目 投資 資金 流入 流出 外資 北水 南向 北向 互聯互通 港股通 債券通 "
    "龍頭 藍籌 國企 中資 內房 內銀 保險股 地產股 科網股 能源 石油 黃金 商品 期貨 衍生工具 風險 "
    "市場 氣氛 信心 波動 不確定 貿易 關稅 出口 入口 供應鏈 製造業 服務業 消費 需求 供應 價格 "
    "HSBC AI tech IPO HIBOR Hong\u00a0Kong")
                                     .split(u' ');

const QStringList englishWords = QStringLiteral(
    "the a of to in and for on with by as at from that is was were will would could has have had "
    "Hong Kong China mainland Shenzhen Greater Bay Area market markets stock stocks shares index Hang Seng "
    "bank banks banking central interest rates rate cut hike economy economic economist economists growth "
    "inflation deflation property prices developers home buyers mortgage tariffs trade exports imports "
    "investors investment investing invest fund funds bond bonds yield dividend earnings profit revenue "
    "quarter year month analysts expect expected said says according report data government policy "
    "regulator regulators SFC HKMA HSBC Tencent Alibaba technology tech chip chips artificial intelligence "
    "startup fintech virtual assets stablecoin listing IPO oversubscribed debut trading close open rose fell "
    "gained dropped surged slumped record high low week previous outlook risk risks uncertainty confidence "
    "demand supply consumer retail tourism visitors jobs unemployment budget policy address officials")
                                     .split(u' ');

QString chineseText(QRandomGenerator &random, int characters)
{
    QString text;
    int sentence = 0;
    while (text.size() < characters) {
        text += chineseWords.at(random.bounded(int(chineseWords.size())));
        ++sentence;
        if (sentence > 4 + random.bounded(10)) {
            text += random.bounded(5) == 0 ? QStringLiteral("。\n\n") : QStringLiteral("。");
            sentence = 0;
        } else if (random.bounded(4) == 0) {
            text += QStringLiteral("，");
        }
    }
    return text + QStringLiteral("。");
}

QString englishText(QRandomGenerator &random, int words)
{
    QString text;
    for (int i = 0, sentence = 0; i < words; ++i, ++sentence) {
        QString word = englishWords.at(random.bounded(int(englishWords.size())));
        if (sentence == 0)
            word[0] = word[0].toUpper();
        text += word;
        if (sentence > 8 + random.bounded(12)) {
            text += random.bounded(5) == 0 ? QStringLiteral(".\n\n") : QStringLiteral(". ");
            sentence = -1;
        } else {
            text += u' ';
        }
    }
    return text.trimmed() + u'.';
}

bool generate(const DatabasePtr &database, int count)
{
    QSqlDatabase db = QSqlDatabase::database(database->connectionName());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    for (const char *section : { "finance", "property", "tech", "opinion" })
        q.exec(QStringLiteral("INSERT INTO sections (key, names, position) VALUES ('%1', '{}', 1)")
                   .arg(QLatin1String(section)));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO articles (id, language, section, kicker, headline, standfirst, byline, body, status,"
        " publish_at, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    QRandomGenerator random(20241111);
    const QStringList sections { QStringLiteral("finance"), QStringLiteral("property"),
        QStringLiteral("tech"), QStringLiteral("opinion") };
    const QStringList statuses { QStringLiteral("published"), QStringLiteral("published"),
        QStringLiteral("published"), QStringLiteral("draft"), QStringLiteral("archived") };
    const QDateTime start(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < count; ++i) {
        const bool english = random.bounded(10) < 3;
        const QString time = start.addSecs(qint64(i) * 900).toString(Qt::ISODateWithMs);
        insert.addBindValue(QStringLiteral("a%1").arg(i, 6, 10, QLatin1Char('0')));
        insert.addBindValue(english ? QStringLiteral("en") : QStringLiteral("zh-Hant-HK"));
        insert.addBindValue(sections.at(random.bounded(int(sections.size()))));
        insert.addBindValue(english ? englishText(random, 2) : chineseText(random, 4));
        insert.addBindValue(english ? englishText(random, 8 + random.bounded(8))
                                    : chineseText(random, 12 + random.bounded(14)));
        insert.addBindValue(english ? englishText(random, 25) : chineseText(random, 50));
        insert.addBindValue(
            english ? QStringLiteral("By Staff Reporter") : QStringLiteral("本報記者 陳大文"));
        insert.addBindValue(english ? englishText(random, 120 + random.bounded(300))
                                    : chineseText(random, 250 + random.bounded(900)));
        insert.addBindValue(statuses.at(random.bounded(int(statuses.size()))));
        insert.addBindValue(time);
        insert.addBindValue(time);
        insert.addBindValue(time);
        if (!insert.exec()) {
            out << "insert failed: " << insert.lastError().text() << Qt::endl;
            return false;
        }
    }
    return q.exec(QStringLiteral("COMMIT"));
}

qint64 pragma(const DatabasePtr &database, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(database->connectionName()));
    q.exec(QStringLiteral("PRAGMA ") + name);
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 tableBytes(const DatabasePtr &database, const QString &like)
{
    QSqlQuery q(QSqlDatabase::database(database->connectionName()));
    if (!q.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE '%1'").arg(like)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
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
    parser.addOptions({ articlesOption, runsOption, likeRunsOption, keepOption });
    parser.process(app);
    const int count = parser.value(articlesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int likeRuns = std::max(1, parser.value(likeRunsOption).toInt());

    QTemporaryDir folder;
    const QString path = parser.isSet(keepOption) ? parser.value(keepOption)
                                                  : folder.filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened) {
        out << opened.error().text() << Qt::endl;
        return 1;
    }
    const DatabasePtr database = *opened;

    QElapsedTimer timer;
    timer.start();
    if (!generate(database, count))
        return 1;
    const qint64 generated = timer.elapsed();
    const qint64 pageSize = pragma(database, QStringLiteral("page_size"));
    const qint64 before = pragma(database, QStringLiteral("page_count")) * pageSize;
    out << "generated " << count << " articles in " << generated << " ms; database " << before / (1024 * 1024)
        << " MB" << Qt::endl;

    timer.restart();
    auto indexed = SearchIndex(database).rebuild();
    if (!indexed) {
        out << indexed.error().text() << Qt::endl;
        return 1;
    }
    const qint64 built = timer.elapsed();
    const qint64 after = pragma(database, QStringLiteral("page_count")) * pageSize;
    out << "index build: " << *indexed << " documents in " << built << " ms ("
        << QString::number(double(*indexed) * 1000.0 / double(std::max<qint64>(1, built)), 'f', 0)
        << " docs/s)" << Qt::endl;
    const qint64 fts = tableBytes(database, QStringLiteral("search_fts%"));
    const qint64 docs = tableBytes(database, QStringLiteral("search_docs%"));
    out << "index size: " << (after - before) / (1024 * 1024) << " MB in the file";
    if (fts >= 0)
        out << " (FTS " << fts / (1024 * 1024) << " MB, search_docs " << docs / (1024 * 1024) << " MB)";
    out << "; articles alone " << before / (1024 * 1024) << " MB" << Qt::endl << Qt::endl;

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
    out << QStringLiteral("%1 %2 %3 %4 %5 %9 %10 | %6 %7 %8\n")
               .arg(QStringLiteral("kind"), -10)
               .arg(QStringLiteral("query"), -18)
               .arg(QStringLiteral("hits"), 5)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("LIKE hits"), 9)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("allbm50"), 8)
               .arg(QStringLiteral("allbm95"), 8);
    for (const Query &query : queries) {
        SearchRequest request;
        request.text = query.text;
        request.limit = 20;
        QList<double> times;
        qsizetype hits = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            auto found = search.search(request);
            times.append(double(t.nsecsElapsed()) / 1e6);
            if (!found) {
                out << found.error().text() << Qt::endl;
                return 1;
            }
            hits = found->size();
        }
        allSearch += times;

        // bm25 over every match, as a plain FTS5 query would rank (search() ranks the newest 500).
        const QString match = SearchSchema::matchExpression(SearchQuery::parse(query.text));
        QList<double> matchTimes;
        for (int run = 0; run < likeRuns; ++run) {
            QSqlQuery ranked(db);
            ranked.prepare(QStringLiteral("SELECT d.ref, ") + SearchSchema::rankExpression()
                + QStringLiteral(" AS rank FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid"
                                 " WHERE search_fts MATCH ? ORDER BY rank LIMIT 20"));
            ranked.addBindValue(match);
            QElapsedTimer t;
            t.start();
            ranked.exec();
            while (ranked.next()) { }
            matchTimes.append(double(t.nsecsElapsed()) / 1e6);
        }
        allMatch += matchTimes;

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
        out << QStringLiteral("%1 %2 %3 %4 %5 %9 %10 | %6 %7 %8\n")
                   .arg(QLatin1String(query.kind), -10)
                   .arg(query.text, -18)
                   .arg(hits, 5)
                   .arg(ms(percentile(times, 0.5)), 8)
                   .arg(ms(percentile(times, 0.95)), 8)
                   .arg(likeHits, 9)
                   .arg(ms(percentile(likeTimes, 0.5)), 8)
                   .arg(ms(percentile(likeTimes, 0.95)), 8)
                   .arg(ms(percentile(matchTimes, 0.5)), 8)
                   .arg(ms(percentile(matchTimes, 0.95)), 8);
        out.flush();
    }
    out << Qt::endl
        << "all 30 queries, search (top 20 with snippets): p50 " << ms(percentile(allSearch, 0.5))
        << " ms, p95 " << ms(percentile(allSearch, 0.95)) << " ms over " << allSearch.size() << " runs"
        << Qt::endl
        << "all 30 queries, bm25 over all matches (SQL):  p50 " << ms(percentile(allMatch, 0.5))
        << " ms, p95 " << ms(percentile(allMatch, 0.95)) << " ms over " << allMatch.size() << " runs"
        << Qt::endl
        << "all 30 queries, LIKE '%term%' (newest 20):     p50 " << ms(percentile(allLike, 0.5))
        << " ms, p95 " << ms(percentile(allLike, 0.95)) << " ms over " << allLike.size() << " runs"
        << Qt::endl;
    return 0;
}
