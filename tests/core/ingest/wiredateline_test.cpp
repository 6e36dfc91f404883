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
