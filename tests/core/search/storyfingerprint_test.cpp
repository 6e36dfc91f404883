// The near-duplicate measure behind spotting wire copy that is already in the portal
// (issue 15): what counts as the same text, in Chinese, English and both.

#include "core/search/storyfingerprint.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

double alike(const QString &a, const QString &b)
{
    return StoryFingerprint::similarity(StoryFingerprint::shingles(a), StoryFingerprint::shingles(b));
}

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(PORTALDESK_FIXTURES_DIR "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("punctuation, spaces, width and case do not make another text", "[search][duplicates]")
{
    CHECK(alike(u"Hong Kong stocks rose 200 points, led by banks."_s,
              u"hong kong  STOCKS rose 200 points — led by banks"_s)
        == 1.0);
    CHECK(alike(u"港股半日升２００點，銀行股領漲。"_s, u"港股半日升 200 點 銀行股領漲"_s) == 1.0);
    CHECK(alike(QString(), u"港股"_s) == 0.0);
    CHECK(StoryFingerprint::shingles(u"，。！ --- "_s).isEmpty());
}

TEST_CASE("Traditional and Simplified spellings of one text are the same text", "[search][duplicates]")
{
    CHECK(alike(u"星瀾智能今日在上海發布新一代工業機器人視覺系統，識別精度較上一代提升約四成。"_s,
              u"星澜智能今日在上海发布新一代工业机器人视觉系统，识别精度较上一代提升约四成。"_s)
        == 1.0);
}

TEST_CASE(
    "a few changed words leave most of a text the same; another story shares little", "[search][duplicates]")
{
    const QString english = u"Lionrock Robotics, a developer of autonomous picking systems for warehouses, "
                            "today announced that it has closed a US$40 million Series B round led by "
                            "Tidewater Ventures. The new funds will be used to open engineering centres in "
                            "Hong Kong and Kuala Lumpur and to triple the company's deployment team by the "
                            "end of 2026."_s;
    QString edited = english;
    edited.replace(u"today announced"_s, u"announced on Monday"_s).replace(u"triple"_s, u"double"_s);
    const double small = alike(english, edited);
    CHECK(small > 0.6);
    CHECK(small < 1.0);
    const QString other = u"Harbourline Foods, a maker of frozen dim sum, today announced that it has opened "
                          "a second factory in Tai Po. The plant will supply supermarkets in Hong Kong and "
                          "Macau and employ 120 workers by the end of 2026."_s;
    CHECK(alike(english, other) < 0.15);

    const QString chinese
        = u"雲峰科技有限公司今日宣布推出新一代企業雲端保安平台，協助亞太區企業偵測及應對網絡攻擊。"
          "該平台結合人工智能分析，可於數秒內識別異常登入及資料外洩風險。"_s;
    QString chineseEdited = chinese;
    chineseEdited.replace(u"數秒"_s, u"三秒"_s).replace(u"亞太區"_s, u"亞洲"_s);
    CHECK(alike(chinese, chineseEdited) > 0.6);
    const QString chineseOther
        = u"海灣食品有限公司今日宣布在大埔開設第二間廠房，為香港及澳門超級市場供應急凍點心，"
          "預計年底前聘用一百二十名員工。"_s;
    CHECK(alike(chinese, chineseOther) < 0.15);
}

TEST_CASE("mixed Chinese and English text is read as characters and words", "[search][duplicates]")
{
    const QString mixed
        = u"騰訊控股（0700.HK）公布第三季業績，Q3 收入按年增長 8%，WeChat 月活躍用戶達 13.8 億。"_s;
    QString edited = mixed;
    edited.replace(u"WeChat"_s, u"Weixin"_s);
    const double edit = alike(mixed, edited);
    CHECK(edit > 0.6);
    CHECK(edit < 1.0);
    // A word is one token: the English half of the text cannot pass for a run of characters.
    CHECK(StoryFingerprint::shingles(u"WeChat Pay"_s).size() == 1);
    CHECK(StoryFingerprint::shingles(u"微信支付"_s).size() == 2);
}

TEST_CASE("a sketch estimates the similarity of long texts closely", "[search][duplicates]")
{
    const QString original = fixture(u"wire-prnewswire-etnet.txt"_s);
    const QString repasted = fixture(u"duplicates/en-xinhua-repaste.txt"_s);
    const QString other = fixture(u"duplicates/en-xinhua-sameday.txt"_s);
    const QList<quint64> a = StoryFingerprint::shingles(original);
    const QList<quint64> b = StoryFingerprint::shingles(repasted);
    const QList<quint64> c = StoryFingerprint::shingles(other);
    const QList<quint64> sketchA = StoryFingerprint::sketch(a);
    CHECK(sketchA.size() == StoryFingerprint::SketchSize);
    CHECK(std::abs(StoryFingerprint::estimate(sketchA, StoryFingerprint::sketch(b))
              - StoryFingerprint::similarity(a, b))
        < 0.15);
    CHECK(std::abs(StoryFingerprint::estimate(sketchA, StoryFingerprint::sketch(c))
              - StoryFingerprint::similarity(a, c))
        < 0.15);
    CHECK(StoryFingerprint::estimate(sketchA, sketchA) == 1.0);

    // As stored and read back.
    CHECK(StoryFingerprint::unpack(StoryFingerprint::pack(sketchA)) == sketchA);
    CHECK(StoryFingerprint::pack(sketchA).size() == StoryFingerprint::SketchSize * 8);
    CHECK(StoryFingerprint::unpack(QByteArray("short")).isEmpty());
}
