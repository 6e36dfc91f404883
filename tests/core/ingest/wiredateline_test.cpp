#include "core/ingest/wiredateline.h"
#include "core/text/editionformat.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

TEST_CASE("time lines are read in the portal's zone", "[ingest]")
{
    const QTimeZone zone = EditionFormat::hongKong();
    for (const QString &line : { u"2024-11-11 20:47"_s, u"2024/11/11 20:47"_s, u"2024年11月11日 20:47"_s,
             u"2024-11-11T20:47"_s, u"2024-11-11 20：47"_s, u"2024-11-11 20:47:00"_s }) {
        const std::optional<QDateTime> moment = WireDatelineParser::timeLine(line, zone);
        INFO(line.toStdString());
        REQUIRE(moment.has_value());
        CHECK(moment->toString(Qt::ISODate) == u"2024-11-11T20:47:00+08:00"_s);
    }
    for (const QString &line :
        { u"2024-13-11 20:47"_s, u"2024-11-11"_s, u"20:47"_s, u"美通社"_s, u"2024-11-11 25:00"_s })
        CHECK_FALSE(WireDatelineParser::timeLine(line, zone).has_value());
}

TEST_CASE("English datelines give place, date and agency", "[ingest]")
{
    struct Case
    {
        QString paragraph, place;
        QDate date;
        QString agency, rest;
    };
    const Case cases[] = {
        { u"BEIJING, Nov. 11, 2024 /PRNewswire/ -- The 2nd"_s, u"BEIJING"_s, QDate(2024, 11, 11),
            u"PRNewswire"_s, u"The 2nd"_s },
        { u"HONG KONG, June 18, 2025 /PRNewswire/ -- Text"_s, u"HONG KONG"_s, QDate(2025, 6, 18),
            u"PRNewswire"_s, u"Text"_s },
        { u"SINGAPORE, 3 March 2025 /PRNewswire-AsiaNet/ -- Text"_s, u"SINGAPORE"_s, QDate(2025, 3, 3),
            u"PRNewswire-AsiaNet"_s, u"Text"_s },
        { u"NEW YORK, Sept. 30, 2025 -- Text"_s, u"NEW YORK"_s, QDate(2025, 9, 30), QString(), u"Text"_s },
        { u"SHANGHAI, China, Jan 5, 2025 /PRNewswire/ Text"_s, u"SHANGHAI, China"_s, QDate(2025, 1, 5),
            u"PRNewswire"_s, u"Text"_s },
    };
    for (const Case &c : cases) {
        INFO(c.paragraph.toStdString());
        const auto match = WireDatelineParser::prefix(c.paragraph);
        REQUIRE(match.has_value());
        CHECK(match->dateline.place == c.place);
        CHECK(match->dateline.date == c.date);
        CHECK(match->agency == c.agency);
        CHECK(c.paragraph.sliced(match->length) == c.rest);
    }
}

TEST_CASE("Chinese datelines give place, date and agency", "[ingest]")
{
    const QString paragraph = u"香港2025年6月18日 /美通社/ -- 恒瑞綠色科技今日宣布"_s;
    const auto match = WireDatelineParser::prefix(paragraph);
    REQUIRE(match.has_value());
    CHECK(match->dateline.place == u"香港"_s);
    CHECK(match->dateline.date == QDate(2025, 6, 18));
    CHECK(match->agency == u"美通社"_s);
    CHECK(paragraph.sliced(match->length) == u"恒瑞綠色科技今日宣布"_s);

    const auto fullWidth = WireDatelineParser::prefix(u"深圳 2025年7月1日 ／美通社／ —— 公司公布"_s);
    REQUIRE(fullWidth.has_value());
    CHECK(fullWidth->dateline.place == u"深圳"_s);
    CHECK(fullWidth->agency == u"美通社"_s);
}

TEST_CASE("sentences that merely start with a date are not datelines", "[ingest]")
{
    for (const QString &paragraph :
        { u"2025年6月18日，公司宣布擴展業務。"_s, u"On June 18, 2025, the company said"_s,
            u"Revenue rose 24% in the quarter."_s, u"香港2025年13月40日 /美通社/ -- 無效日期"_s, QString() })
        CHECK_FALSE(WireDatelineParser::prefix(paragraph).has_value());
}

TEST_CASE("a time line that is a date alone is a date, not a time", "[ingest]")
{
    for (const QString &line : { u"2025年6月18日"_s, u"2025-06-18"_s, u"2025/6/18"_s, u"June 18, 2025"_s,
             u"Jun. 18, 2025"_s, u"18 June 2025"_s }) {
        INFO(line.toStdString());
        CHECK(WireDatelineParser::dateLine(line) == QDate(2025, 6, 18));
        CHECK_FALSE(WireDatelineParser::timeLine(line, EditionFormat::hongKong()).has_value());
    }
    for (const QString &line : { u"2025-02-30"_s, u"Junk 18, 2025"_s, u"2025-06-18 09:30"_s, u"美通社"_s,
             u"On June 18, 2025 the company said"_s, QString() })
        CHECK_FALSE(WireDatelineParser::dateLine(line).has_value());
}

TEST_CASE("Chinese wire-service datelines: （美通社香港…電） and 新華社香港6月18日電", "[ingest]")
{
    struct Case
    {
        QString paragraph, place;
        QDate date;
        QString agency, rest;
    };
    const Case cases[] = {
        { u"（美通社香港2025年6月18日電）港灣能源今日宣布"_s, u"香港"_s, QDate(2025, 6, 18), u"美通社"_s,
            u"港灣能源今日宣布"_s },
        { u"(美通社香港2025年6月18日電) 港灣能源今日宣布"_s, u"香港"_s, QDate(2025, 6, 18), u"美通社"_s,
            u"港灣能源今日宣布"_s },
        { u"（美通社上海2025年3月5日电）星澜智能今日发布"_s, u"上海"_s, QDate(2025, 3, 5), u"美通社"_s,
            u"星澜智能今日发布"_s },
        { u"新華社香港6月18日電 特區政府18日公布"_s, u"香港"_s, QDate(2025, 6, 18), u"新華社"_s,
            u"特區政府18日公布"_s },
        { u"新华社北京2025年6月18日电（记者王旭）国务院"_s, u"北京"_s, QDate(2025, 6, 18), u"新华社"_s,
            u"国务院"_s }, // the reporter's credit is the byline (see below)
    };
    for (const Case &c : cases) {
        INFO(c.paragraph.toStdString());
        const auto match = WireDatelineParser::prefix(c.paragraph, QDate(2025, 6, 18));
        REQUIRE(match.has_value());
        CHECK(match->dateline.place == c.place);
        CHECK(match->dateline.date == c.date);
        CHECK(match->agency == c.agency);
        CHECK_FALSE(match->yearMissing);
        CHECK(c.paragraph.sliced(match->length).trimmed() == c.rest);
    }

    // The year comes from the wire's date; a dateline is never after the day it was sent.
    CHECK(WireDatelineParser::prefix(u"新華社香港12月31日電 文字"_s, QDate(2026, 1, 1))->dateline.date
        == QDate(2025, 12, 31));
    const auto yearless = WireDatelineParser::prefix(u"新華社香港6月18日電 文字"_s);
    REQUIRE(yearless.has_value());
    CHECK(yearless->yearMissing);
    CHECK_FALSE(yearless->dateline.date.isValid());
    CHECK(yearless->dateline.place == u"香港"_s);

    // A reporter's credit in brackets after 電 is the byline, in either script and width.
    const auto credited = WireDatelineParser::prefix(u"新华社北京2025年6月18日电（记者王旭）国务院"_s);
    REQUIRE(credited.has_value());
    CHECK(credited->byline == u"王旭"_s);
    const auto two = WireDatelineParser::prefix(
        u"中通社香港3月7日電 (記者 陳大文 黃小玲) 特區政府"_s, QDate(2025, 3, 7));
    REQUIRE(two.has_value());
    CHECK(two->byline == u"陳大文、黃小玲"_s);
    CHECK(two->agency == u"中通社"_s);
    CHECK(u"中通社香港3月7日電 (記者 陳大文 黃小玲) 特區政府"_s.sliced(two->length) == u"特區政府"_s);

    for (const QString &paragraph :
        { u"新華社香港13月40日電 無效日期"_s, u"（美通社香港2025年2月30日電）無效"_s,
            u"新華社報道，香港6月18日有雨。"_s, u"（美通社香港2025年6月18日電 沒有括號"_s })
        CHECK_FALSE(WireDatelineParser::prefix(paragraph, QDate(2025, 6, 18)).has_value());
}
