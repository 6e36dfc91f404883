#include "searchcorpus.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>
#include <QTimeZone>

using namespace PortalDesk;

namespace {

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

} // namespace

bool SearchCorpus::generate(const DatabasePtr &database, int count)
{
    QSqlDatabase db = QSqlDatabase::database(database->connectionName());
    QSqlQuery q(db);
    if (!db.transaction())
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
            QTextStream(stderr) << "insert failed: " << insert.lastError().text() << Qt::endl;
            return false;
        }
    }
    return db.commit();
}
