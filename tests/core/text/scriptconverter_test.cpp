#include "core/text/scriptconverter.h"
#include "tests/core/text/textfixture.h"

#include <QList>
#include <QString>
#include <QThread>
#include <catch2/catch.hpp>
#include <utility>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

QString toHans(const QString &text)
{
    return ScriptConverter::toSimplified(text).value();
}
QString toHant(const QString &text)
{
    return ScriptConverter::toTraditional(text).value();
}

// Phrases a Hong Kong desk converts every day, chosen for the one-to-many cases
// (发 → 發/髮, 干 → 乾/幹/干, 只 → 只/隻, 后 → 後/后, 里 → 里/裏, 系 → 系/係/繫 ...).
const QList<std::pair<const char16_t *, const char16_t *>> roundTrip = {
    { u"頭髮", u"头发" },
    { u"發展", u"发展" },
    { u"乾燥", u"干燥" },
    { u"干涉", u"干涉" },
    { u"一隻貓", u"一只猫" },
    { u"只有", u"只有" },
    { u"幹部", u"干部" },
    { u"樹幹", u"树干" },
    { u"餅乾", u"饼干" },
    { u"理髮", u"理发" },
    { u"發現", u"发现" },
    { u"後來", u"后来" },
    { u"皇后大道", u"皇后大道" },
    { u"鐘錶", u"钟表" },
    { u"時鐘", u"时钟" },
    { u"鍾先生", u"钟先生" },
    { u"麪包", u"面包" },
    { u"面對", u"面对" },
    { u"聯繫", u"联系" },
    { u"系統", u"系统" },
    { u"關係", u"关系" },
    { u"里程", u"里程" },
    { u"裏面", u"里面" },
    { u"公里", u"公里" },
    { u"雲層", u"云层" },
    { u"人云亦云", u"人云亦云" },
    { u"穀物", u"谷物" },
    { u"山谷", u"山谷" },
    { u"製造", u"制造" },
    { u"制度", u"制度" },
    { u"瞭解", u"了解" },
    { u"了不起", u"了不起" },
    { u"週末", u"周末" },
    { u"周圍", u"周围" },
    { u"颱風", u"台风" },
    { u"枱燈", u"台灯" },
    { u"復興", u"复兴" },
    { u"重複", u"重复" },
    { u"答覆", u"答复" },
    { u"範圍", u"范围" },
    { u"准許", u"准许" },
    { u"沖涼", u"冲凉" },
    { u"衝突", u"冲突" },
    { u"計劃", u"计划" },
    { u"鬱悶", u"郁闷" },
    { u"郁達夫", u"郁达夫" },
    { u"藉口", u"借口" },
    { u"借錢", u"借钱" },
    { u"於是", u"于是" },
    { u"衞生", u"卫生" },
    { u"着數", u"着数" },
    { u"香港特別行政區", u"香港特别行政区" },
    { u"恒生指數", u"恒生指数" },
};

} // namespace

TEST_CASE("phrases convert both ways", "[text]")
{
    for (const auto &[hant, hans] : roundTrip) {
        INFO(QString::fromUtf16(hant).toStdString());
        CHECK(toHans(QString::fromUtf16(hant)) == QString::fromUtf16(hans));
        CHECK(toHant(QString::fromUtf16(hans)) == QString::fromUtf16(hant));
    }
    CHECK(roundTrip.size() >= 40);
}

TEST_CASE("surnames convert to Simplified but cannot come back", "[text]")
{
    // 范 and 于 are surnames and also simplified 範/於: OpenCC picks the common word.
    CHECK(toHans(u"姓范"_s) == u"姓范"_s);
    CHECK(toHans(u"姓于"_s) == u"姓于"_s);
    CHECK(toHant(u"皇后"_s) == u"皇后"_s);
}

TEST_CASE("quote marks follow the edition", "[text]")
{
    CHECK(toHans(u"他説：「好，『明天』見。」"_s) == u"他说：“好，‘明天’见。”"_s);
    CHECK(toHant(u"他说：“好，‘明天’见。”"_s) == u"他説：「好，『明天』見。」"_s);
    // English quotations and apostrophes inside Chinese text stay.
    CHECK(toHant(u"报道称 “wild growth” 是China’s 特色"_s) == u"報道稱 “wild growth” 是China’s 特色"_s);
}

TEST_CASE("Latin text, numbers, URLs and Markdown pass through", "[text]")
{
    const QString markdown = u"## 發展 Development\n\n"
                             "價值HK$3,980，增長3.5%。[連結](https://example.com/發展?q=頭髮) "
                             "見 https://zh.wikipedia.org/wiki/頭髮 及 `code 發展`\n"
                             "- **粗體** _斜體_\n"_s;
    const QString expected = u"## 发展 Development\n\n"
                             "价值HK$3,980，增长3.5%。[连结](https://example.com/發展?q=頭髮) "
                             "见 https://zh.wikipedia.org/wiki/頭髮 及 `code 發展`\n"
                             "- **粗体** _斜体_\n"_s;
    CHECK(toHans(markdown) == expected);
    // A link glued to the Chinese that follows it ends where the Chinese starts.
    CHECK(toHans(u"請瀏覽https://www.etnet.com.hk了解詳情"_s) == u"请浏览https://www.etnet.com.hk了解详情"_s);
}

TEST_CASE("the fixture's English paragraphs come out unchanged", "[text]")
{
    const QString wire = Test::wireFixture();
    REQUIRE_FALSE(wire.isEmpty());
    const QString hans = toHans(wire);
    const qsizetype english = wire.indexOf(u"BEIJING"_s);
    const qsizetype end = wire.indexOf(u"source: Xinhua Silk Road"_s);
    CHECK(hans.mid(english, end - english) == wire.mid(english, end - english));
    CHECK(hans.contains(u"【与拍卖官看艺术】毕加索的市场潜能有多强?"_s));
    CHECK(hans.contains(u"HK$3,980"_s));
}

TEST_CASE("English is not a script to convert", "[text]")
{
    const Result<QString> result = ScriptConverter::convert(u"text", Language::En, Language::ZhHans);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == Error::Code::Unsupported);
    CHECK(ScriptConverter::convert(u"頭髮", Language::ZhHantHK, Language::ZhHantHK).value() == u"頭髮"_s);
}

TEST_CASE("worker threads share the converters", "[text]")
{
    REQUIRE(ScriptConverter::preload().has_value());
    const QString wire = Test::wireFixture();
    const QString expected = toHans(wire);
    QList<QString> results(4);
    QList<QThread *> threads;
    for (qsizetype t = 0; t < results.size(); ++t) {
        threads.append(QThread::create([&, t] {
            QString last;
            for (int round = 0; round < 20; ++round)
                last = ScriptConverter::toSimplified(wire).value_or(QString());
            results[t] = last;
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    for (const QString &result : std::as_const(results))
        CHECK(result == expected);
}
