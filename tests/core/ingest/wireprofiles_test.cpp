// The services' profiles (issue 18): each fixture in tests/fixtures/wire/ beside its
// expected draft as JSON, compared field by field; then the variations real copy of each
// service arrives in (spacing, widths, abbreviations, CRLF, missing parts).

#include "core/ingest/wireparser.h"
#include "core/ingest/wireprofile.h"
#include "tests/core/ingest/wirefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonValue &value)
{
    return value.isNull() ? QString() : value.toString();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.isObject() ? item.toObject().value(u"caption"_s).toString() : item.toString());
    return out;
}

// Every field the expected draft names, compared one by one so a failure says which.
void compareWithExpected(const QString &name)
{
    const WireDraft draft = parseWire(u"wire/"_s + name + u".txt"_s);
    const QJsonObject expected = QJsonDocument::fromJson(wireBytes(u"wire/"_s + name + u".json"_s)).object();
    REQUIRE_FALSE(expected.isEmpty());
    INFO(name.toStdString());
    CHECK(languageTag(draft.language) == text(expected[u"language"]));
    CHECK(draft.headline == text(expected[u"headline"]));
    CHECK(draft.standfirst == text(expected[u"standfirst"]));
    CHECK(draft.publishedAt.toString(Qt::ISODate) == text(expected[u"published_at"]));
    const QJsonObject dateline = expected[u"dateline"].toObject();
    CHECK(draft.dateline.place == text(dateline[u"place"]));
    CHECK(draft.dateline.date.toString(Qt::ISODate) == text(dateline[u"date"]));
    CHECK(draft.source == text(expected[u"source"]));
    CHECK(draft.service == text(expected[u"service"]));
    CHECK(draft.byline == text(expected[u"byline"]));
    CHECK(draft.body == text(expected[u"body"]));
    CHECK(draft.notes == text(expected[u"notes"]));
    CHECK(draft.captions == strings(expected[u"photos"]));
    CHECK(draft.originalLink == text(expected[u"original_link"]));
    CHECK(draft.credit == text(expected[u"credit"]));
    CHECK(draft.droppedLines == strings(expected[u"dropped_lines"]));
    CHECK(draft.warnings.size() == expected[u"warnings"].toInt());
    CHECK(draft.recognised == expected[u"recognised"].toBool());
}

WireDraft parse(const QString &copy)
{
    return WireParser::parse(copy, EditionFormat::hongKong());
}

// A Government press release put together from parts, so each test can vary one of them.
QString governmentRelease(const QString &closing, const QString &indent = u"     "_s)
{
    return u"Fresh measures to support tourism announced\n*******************************************\n\n"_s
        + indent + u"The Government announced today (March 7) a new round of funding for mega events.\n\n"_s
        + indent + u"A spokesman said applications would open next month.\n\n"_s + closing;
}

} // namespace

TEST_CASE("every service's fixture gives the expected draft, field by field", "[ingest]")
{
    for (const QString &name : { u"hksar-gov-en"_s, u"hksar-gov-zh-hant"_s, u"hksar-gov-zh-hans"_s,
             u"globenewswire-en"_s, u"globenewswire-zh-hant"_s, u"businesswire-en"_s,
             u"businesswire-zh-hant"_s, u"acn-en"_s, u"acn-zh-hant"_s, u"reuters-en"_s, u"reuters-zh-hans"_s,
             u"ap-en"_s, u"chinanews-zh-hant"_s, u"zhongtongshe-zh-hant"_s })
        compareWithExpected(name);
}

TEST_CASE("every profile's patterns compile", "[ingest]")
{
    QList<WireProfile> profiles = WireProfiles::all();
    profiles.append(WireProfiles::common());
    for (const WireProfile &profile : std::as_const(profiles)) {
        INFO(profile.key.toStdString());
        for (const QRegularExpression &pattern : profile.datelines)
            CHECK(pattern.isValid());
        for (const WireMark &mark : profile.marks)
            CHECK(mark.pattern.isValid());
    }
    for (const QString &line : { u"Media Contact:"_s, u"Contacts"_s, u"MEDIA CONTACTS"_s,
             u"Media Relations:"_s, u"Investor Contact: Jane Doe, +852 0000 0000"_s,
             u"For media inquiries, please contact:"_s, u"For further information, please contact:"_s,
             u"傳媒查詢："_s, u"媒体联络人："_s, u"如有查詢，請聯絡："_s, u"聯絡人：陳小姐"_s }) {
        INFO(line.toStdString());
        CHECK(WireProfiles::isContactHead(line));
    }
    for (const QString &line : { u"About Lionrock Robotics"_s, u"ABOUT LIONROCK ROBOTICS PTE. LTD."_s,
             u"Forward-Looking Statements"_s, u"Cautionary Note Regarding Forward-Looking Statements"_s,
             u"Safe Harbor Statement"_s, u"關於恒瑞綠色科技"_s, u"关于星澜智能"_s, u"有關恒瑞集團"_s,
             u"前瞻性陳述"_s, u"Notes to Editors:"_s }) {
        INFO(line.toStdString());
        CHECK(WireProfiles::isBoilerplateHead(line));
    }
    // Story text that merely starts like one.
    for (const QString &line :
        { u"About 200 guests attended."_s, u"Contact lenses sales rose 20% in the year."_s,
            u"關於這項計劃，政府表示會再諮詢公眾。"_s, u"有關措施將於下月實施。"_s })
        CHECK_FALSE((WireProfiles::isBoilerplateHead(line) || WireProfiles::isContactHead(line)));
}

TEST_CASE("a Government release's closing lines, however they are spaced and written", "[ingest]")
{
    struct Case
    {
        QString closing;
        QString publishedAt;
    };
    const Case cases[] = {
        { u"Ends/Friday, March 7, 2025\nIssued at HKT 17:30\n\nNNNN\n"_s, u"2025-03-07T17:30:00+08:00"_s },
        { u"Ends / Fri, Mar 7, 2025\r\nIssued at HKT 9:05\r\n\r\nNNNN\r\n\r\n\r\n"_s,
            u"2025-03-07T09:05:00+08:00"_s },
        { u"ENDS/Friday, 7 March 2025\nIssued at HKT 17:30\n"_s, u"2025-03-07T17:30:00+08:00"_s },
        { u"Ends／Friday，March 7，2025\nIssued at HKT 17：30\nNNNN"_s, u"2025-03-07T17:30:00+08:00"_s },
    };
    for (const Case &c : cases) {
        const WireDraft draft = parse(governmentRelease(c.closing));
        INFO(c.closing.toStdString());
        CHECK(draft.recognised);
        CHECK(draft.service == u"hksar-gov"_s);
        CHECK(draft.source == u"HKSAR Government"_s);
        CHECK(draft.headline == u"Fresh measures to support tourism announced"_s);
        CHECK(draft.publishedAt.toString(Qt::ISODate) == c.publishedAt);
        CHECK(draft.publishedAt.toUTC().time().hour() == (c.publishedAt.contains(u"T17"_s) ? 9 : 1));
        CHECK(draft.dateline == WireDateline { u"Hong Kong"_s, QDate(2025, 3, 7) });
        CHECK(draft.body
            == u"The Government announced today (March 7) a new round of funding for mega events.\n\n"
               "A spokesman said applications would open next month."_s);
        CHECK_FALSE(draft.body.contains(u"Ends"_s));
        CHECK(draft.warnings.isEmpty());
    }

    // Without "Issued at" the date stays, the time is not guessed, and the editor is told.
    const WireDraft undated = parse(governmentRelease(u"Ends/Friday, March 7, 2025\n\nNNNN\n"_s, {}));
    CHECK(undated.service == u"hksar-gov"_s);
    CHECK_FALSE(undated.publishedAt.isValid());
    CHECK(undated.dateline.date == QDate(2025, 3, 7));
    REQUIRE(undated.warnings.size() == 1);
    CHECK(undated.warnings.first().contains(u"2025-03-07"_s));
}

TEST_CASE("a Chinese Government release: 完, the date with its weekday and 香港時間", "[ingest]")
{
    for (const QString &closing : { u"完\n\n2025年3月7日（星期五）\n香港時間17時30分\n\nNNNN\n"_s,
             u"完\n2025年3月7日(星期五)\n香港时间17时30分\nNNNN"_s,
             u"　　完\r\n\r\n2025 年 3 月 7 日（星期五）\r\n香港時間 17 時 30 分\r\n\r\nNNNN\r\n"_s,
             u"完\n２０２５年３月７日（星期五）\n香港時間１７時３０分\nNNNN\n"_s }) {
        const WireDraft draft = parse(u"政府公布新一輪盛事資助\n＊＊＊＊＊＊＊＊＊\n\n"
                                      "　　政府今日（三月七日）公布新一輪大型盛事資助計劃。\n\n"
                                      "　　政府發言人表示，計劃下月接受申請。\n\n"_s
            + closing);
        INFO(closing.toStdString());
        CHECK(draft.service == u"hksar-gov"_s);
        CHECK(draft.source == u"香港特區政府"_s);
        CHECK(draft.headline == u"政府公布新一輪盛事資助"_s);
        CHECK(draft.publishedAt.toString(Qt::ISODate) == u"2025-03-07T17:30:00+08:00"_s);
        CHECK(draft.dateline == WireDateline { u"香港"_s, QDate(2025, 3, 7) });
        CHECK(draft.body
            == u"政府今日（三月七日）公布新一輪大型盛事資助計劃。\n\n政府發言人表示，計劃下月接受申請。"_s);
        CHECK(draft.droppedLines.first() == u"完"_s);
        CHECK(draft.droppedLines.last() == u"NNNN"_s);
    }
}

TEST_CASE("datelines of the other services, in the forms their copy varies in", "[ingest]")
{
    struct Case
    {
        QString dateline;
        QString service, place;
        QDate date;
        QString publishedAt;
    };
    const Case cases[] = {
        { u"NEW YORK, March 03, 2025 08:00 ET (GLOBE NEWSWIRE) -- "_s, u"globenewswire"_s, u"NEW YORK"_s,
            QDate(2025, 3, 3), u"2025-03-03T08:00:00-05:00"_s },
        { u"HONG KONG, Nov. 4, 2025 (GLOBE NEWSWIRE) — "_s, u"globenewswire"_s, u"HONG KONG"_s,
            QDate(2025, 11, 4), {} },
        { u"TOKYO & SAN JOSE, Calif.--(BUSINESS WIRE)--"_s, u"businesswire"_s, u"TOKYO & SAN JOSE, Calif."_s,
            {}, {} },
        { u"HONG KONG -- (BUSINESS WIRE) -- March 4, 2025 -- "_s, u"businesswire"_s, u"HONG KONG"_s,
            QDate(2025, 3, 4), {} },
        { u"HONG KONG, Mar 5, 2025 - (ACN Newswire via SeaPRwire.com) - "_s, u"acn"_s, u"HONG KONG"_s,
            QDate(2025, 3, 5), {} },
        { u"香港，2025年3月5日 - (亞太商訊) - "_s, u"acn"_s, u"香港"_s, QDate(2025, 3, 5), {} },
        { u"PARIS (AFP) - "_s, u"afp"_s, u"PARIS"_s, {}, {} },
        { u"BEIJING, March 6 (Xinhua) -- "_s, u"xinhua"_s, u"BEIJING"_s, QDate(2025, 3, 6), {} },
        { u"HONG KONG, March 6, 2025 /PRNewswire/ -- "_s, u"prnewswire"_s, u"HONG KONG"_s, QDate(2025, 3, 6),
            {} },
    };
    for (const Case &c : cases) {
        // A date alone on top gives the year to datelines without one, and no time of its own.
        const WireDraft draft = parse(u"2025-03-06\n\nHeadline of the story\n\n"_s + c.dateline
            + u"The company said on Thursday that sales rose.\n\nAbout Example Co\n\nExample Co makes things."_s);
        INFO(c.dateline.toStdString());
        CHECK(draft.service == c.service);
        CHECK(draft.dateline.place == c.place);
        if (c.date.isValid())
            CHECK(draft.dateline.date == c.date);
        if (!c.publishedAt.isEmpty())
            CHECK(draft.publishedAt.toString(Qt::ISODate) == c.publishedAt);
        CHECK(draft.body == u"The company said on Thursday that sales rose."_s);
        CHECK(draft.notes == u"### About Example Co\n\nExample Co makes things."_s);
    }
}

TEST_CASE("中新社 and 中新網 forms: the credit becomes the byline, （完） leaves the body", "[ingest]")
{
    const WireDraft draft
        = parse(u"標題一則\n\n中新網3月6日電 (記者 張偉)據香港特區政府消息，新措施下月生效。(完)\n"_s);
    CHECK(draft.service == u"chinanews"_s);
    CHECK(draft.byline == u"張偉"_s);
    CHECK(draft.dateline.place.isEmpty());
    CHECK(draft.body == u"據香港特區政府消息，新措施下月生效。"_s);

    const WireDraft simplified = parse(
        u"2025-03-06 09:00\n\n标题\n\n中新社北京3月6日电（记者 王芳）国家统计局6日公布数据。\n\n（完）\n"_s);
    CHECK(simplified.byline == u"王芳"_s);
    CHECK(simplified.dateline == WireDateline { u"北京"_s, QDate(2025, 3, 6) });
    CHECK(simplified.source == u"中新社"_s);
    CHECK(simplified.body == u"国家统计局6日公布数据。"_s);
    CHECK(simplified.warnings.isEmpty());
}

TEST_CASE("what looks like a closing or a note inside the story stays in the story", "[ingest]")
{
    const WireDraft draft = parse(u"PR Newswire\n\nHeadline\n\n"
                                  "HONG KONG, June 1, 2025 /PRNewswire/ -- Opening paragraph.\n\n"
                                  "About 200 guests attended the opening ceremony on Sunday.\n\n"
                                  "© 2025 Example Photo Agency\n\n"
                                  "Sales grew\n\nSource: Example Co\n"_s);
    CHECK(draft.body
        == u"Opening paragraph.\n\nAbout 200 guests attended the opening ceremony on Sunday.\n\n"
           "© 2025 Example Photo Agency\n\nSales grew"_s);
    CHECK(draft.notes.isEmpty());
    CHECK(draft.credit == u"Source: Example Co"_s);
}

TEST_CASE("closing lines alone, or out of place, never crash or lose text", "[ingest]")
{
    for (const QString &copy : { u"NNNN"_s, u"Ends/Thursday, March 6, 2025\nIssued at HKT 11:05\nNNNN"_s,
             u"完\n\n2025年3月6日（星期四）\n香港時間11時05分"_s, u"Issued at HKT 29:75\nNNNN\n"_s,
             u"Title\n*****\n\nEnds/Thursday, February 30, 2025\nIssued at HKT 11:05\n"_s,
             u"標題\n中新社香港3月6日電（記者"_s, u"About\n\nContacts\n\n###"_s }) {
        INFO(copy.toStdString());
        const WireDraft draft = parse(copy);
        const QString kept
            = draft.headline + draft.body + draft.notes + draft.droppedLines.join(QString()) + draft.credit;
        for (const QString &line : copy.split(u'\n', Qt::SkipEmptyParts)) {
            const QString end = line.trimmed().right(3);
            if (end != u"***"_s)
                CHECK(kept.contains(end));
        }
        CHECK((!draft.publishedAt.isValid() || draft.publishedAt.date().isValid()));
    }
}

TEST_CASE("a web page's English time line is read in the zone it names", "[ingest]")
{
    struct Case
    {
        QString line, publishedAt;
    };
    const Case cases[] = {
        { u"March 04, 2025 08:00 AM Eastern Standard Time"_s, u"2025-03-04T08:00:00-05:00"_s },
        { u"Mar 3, 2025 9:30 PM ET | Source: Lionrock Robotics"_s, u"2025-03-03T21:30:00-05:00"_s },
        { u"6 March 2025 11:05 HKT"_s, u"2025-03-06T11:05:00+08:00"_s },
        { u"Updated 4:05 PM HKT, March 3, 2025"_s, u"2025-03-03T16:05:00+08:00"_s },
        { u"06 Mar, 2025, 09:00 GMT"_s, u"2025-03-06T09:00:00+00:00"_s },
        { u"March 6, 2025 11:05"_s, u"2025-03-06T11:05:00+08:00"_s }, // no zone: the portal's
    };
    for (const Case &c : cases) {
        INFO(c.line.toStdString());
        const WireDraft draft = parse(u"GlobeNewswire\n"_s + c.line
            + u"\n\nHeadline\n\nSINGAPORE, March 3, 2025 (GLOBE NEWSWIRE) -- Text of the release.\n"_s);
        CHECK(draft.publishedAt.toString(Qt::ISODate) == c.publishedAt);
        CHECK(draft.headline == u"Headline"_s);
        CHECK(draft.body == u"Text of the release."_s);
    }
}

TEST_CASE("sub-headlines between the headline and the dateline are the standfirst", "[ingest]")
{
    const WireDraft draft
        = parse(u"Harbour Bank Reports Record Profit\n\n"
                "Net income up 18% on wealth management fees\n\n"
                "Board proposes a special dividend\n\n"
                "HONG KONG，March 6，2025 /PRNewswire/ -- Harbour Bank today reported.\n"_s);
    CHECK(draft.headline == u"Harbour Bank Reports Record Profit"_s);
    CHECK(draft.standfirst
        == u"Net income up 18% on wealth management fees\nBoard proposes a special dividend"_s);
    CHECK(draft.dateline == WireDateline { u"HONG KONG"_s, QDate(2025, 3, 6) });
    CHECK(draft.body == u"Harbour Bank today reported."_s);
}

TEST_CASE("an AP story's closing rule and contributor line leave the body", "[ingest]")
{
    const WireDraft draft
        = parse(u"Storm closes schools\n\nBy Jane Doe\n\n"
                "HONG KONG (AP) — Schools closed on Friday as the storm neared.\n\n"
                "___\n\n"
                "Associated Press writer John Roe in Macao contributed to this report.\n"_s);
    CHECK(draft.service == u"ap"_s);
    CHECK(draft.byline == u"Jane Doe"_s);
    CHECK(draft.body == u"Schools closed on Friday as the storm neared."_s);
    CHECK(draft.notes == u"Associated Press writer John Roe in Macao contributed to this report."_s);
    CHECK(draft.droppedLines == QStringList { u"___"_s });
}

TEST_CASE("a statistics table lined up with spaces, with a rule under its header", "[ingest]")
{
    const WireDraft draft
        = parse(governmentRelease(u"     The value of total exports is set out below:\n\n"
                                  "                         Feb 2025       Jan 2025     Change\n"
                                  "                         --------       --------     ------\n"
                                  "Total exports (HK$ M)    350,100.2      320,200.1    +9.3%\n"
                                  "Re-exports (HK$ M)       345,000.0      (1,200.5)    N.A.\n\n"
                                  "     Figures are provisional.\n\n"
                                  "Ends/Friday, March 7, 2025\nIssued at HKT 16:30\n\nNNNN\n"_s));
    CHECK(draft.body.contains(u"The value of total exports is set out below:\n\n"
                              "|  | Feb 2025 | Jan 2025 | Change |\n"
                              "| --- | --- | --- | --- |\n"
                              "| Total exports (HK$ M) | 350,100.2 | 320,200.1 | +9.3% |\n"
                              "| Re-exports (HK$ M) | 345,000.0 | (1,200.5) | N.A. |\n\n"
                              "Figures are provisional."_s));
    CHECK_FALSE(draft.body.contains(u"##"_s));
    CHECK_FALSE(draft.body.contains(u"--------"_s));
}

TEST_CASE("a web page's time line under the headline is the wire time, not the standfirst", "[ingest]")
{
    const WireDraft draft = parse(u"Hong Kong shares rise as developers rally\n\nBy Jane Doe\n\n"
                                  "March 6, 2025 11:23 AM GMT+8\n\n"
                                  "HONG KONG, March 6 (Reuters) - Hong Kong shares rose on Thursday.\n"_s);
    CHECK(draft.service == u"reuters"_s);
    CHECK(draft.byline == u"Jane Doe"_s);
    CHECK(draft.publishedAt.toString(Qt::ISODate) == u"2025-03-06T11:23:00+08:00"_s);
    CHECK(draft.standfirst.isEmpty());
    CHECK(draft.dateline == WireDateline { u"HONG KONG"_s, QDate(2025, 3, 6) });
    CHECK(draft.body == u"Hong Kong shares rose on Thursday."_s);
    CHECK(draft.droppedLines == QStringList { u"March 6, 2025 11:23 AM GMT+8"_s });
}

TEST_CASE("a story closed by （完） ends there, whatever page follows it", "[ingest]")
{
    const WireDraft draft
        = parse(u"港府公布新措施\n\n中新社香港3月6日電（記者李明）特區政府6日公布新措施。\n\n"
                "措施下月生效。（完）\n\n相關新聞\n\n港股收市\n"_s);
    CHECK(draft.body == u"特區政府6日公布新措施。\n\n措施下月生效。"_s);
    CHECK(draft.droppedLines == QStringList { u"相關新聞"_s, u"港股收市"_s });
    CHECK(draft.byline == u"李明"_s);
}
