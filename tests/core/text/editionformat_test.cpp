#include "core/text/editionformat.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

TEST_CASE("each edition writes dates its own way in Hong Kong time", "[text]")
{
    const QDateTime utc(QDate(2024, 11, 11), QTime(12, 47), Qt::UTC);
    const QTimeZone hk = EditionFormat::hongKong();
    CHECK(EditionFormat::dateTime(utc, Language::ZhHantHK, hk) == u"2024年11月11日 20:47"_s);
    CHECK(EditionFormat::dateTime(utc, Language::ZhHans, hk) == u"2024年11月11日 20:47"_s);
    CHECK(EditionFormat::dateTime(utc, Language::En, hk) == u"Nov 11, 2024, 8:47 PM"_s);
    CHECK(EditionFormat::date(utc, Language::En, hk) == u"Nov 11, 2024"_s);
    // Past midnight in Hong Kong is the next day.
    const QDateTime late(QDate(2024, 11, 11), QTime(17, 5), Qt::UTC);
    CHECK(EditionFormat::dateTime(late, Language::ZhHantHK, hk) == u"2024年11月12日 01:05"_s);
    CHECK(EditionFormat::time(late, Language::En, hk) == u"1:05 AM"_s);
}

TEST_CASE("numbers are grouped the same in every edition", "[text]")
{
    CHECK(EditionFormat::number(3980, Language::ZhHantHK) == u"3,980"_s);
    CHECK(EditionFormat::number(1234567, Language::En) == u"1,234,567"_s);
    CHECK(EditionFormat::number(3.5, 1, Language::ZhHans) == u"3.5"_s);
}
