#include "core/text/textstats.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

TEST_CASE("Chinese characters and English words are counted together", "[text]")
{
    // 6 CJK characters (標點不計), 4 English words: HKEX, Awards, 2023, etnet.
    const TextCounts counts = TextStats::count(u"etnet榮獲HKEX Awards 2023 「最佳大獎」");
    CHECK(counts.cjkChars == 6);
    CHECK(counts.latinWords == 4);
    CHECK(counts.wordsTotal() == 10);
    CHECK(counts.paragraphs == 1);
}

TEST_CASE("numbers and hyphenated words count once", "[text]")
{
    const TextCounts counts = TextStats::count(u"HK$3,980 and 3.5% for high-quality don't -- ok.");
    // HK, 3,980, and, 3.5, for, high-quality, don't, ok
    CHECK(counts.latinWords == 8);
    CHECK(counts.cjkChars == 0);
}

TEST_CASE("paragraphs are separated by blank lines", "[text]")
{
    const TextCounts counts = TextStats::count(u"第一段\n仍是第一段\n\n  \n第二段\n\n\n---\n\nThird");
    CHECK(counts.paragraphs == 3);
    CHECK(counts.cjkChars == 11);
    CHECK(counts.latinWords == 1);
}

TEST_CASE("reading time uses the house rates", "[text]")
{
    CHECK(TextStats::readingSeconds(400, 0) == 60);
    CHECK(TextStats::readingSeconds(0, 200) == 60);
    CHECK(TextStats::readingSeconds(200, 100) == 60);
    CHECK(TextStats::readingSeconds(1, 0) == 1);
    CHECK(TextStats::readingSeconds(0, 0) == 0);
    CHECK(TextStats::readingSeconds(300, 0, ReadingRates { 600, 200 }) == 30);
    const TextCounts counts = TextStats::count(QString(800, u'字'), ReadingRates { 400, 200 });
    CHECK(counts.readingSeconds == 120);
}

TEST_CASE("the wire copy counts as a desk would", "[text]")
{
    const QString wire = Test::wireFixture();
    const TextCounts counts = TextStats::count(wire);
    CHECK(counts.cjkChars > 150);
    CHECK(counts.latinWords > 450);
    // The dateline: BEIJING, Nov., 11, 2024, PRNewswire.
    CHECK(TextStats::count(u"BEIJING, Nov. 11, 2024 /PRNewswire/ --").latinWords == 5);
    CHECK(counts.paragraphs > 20);
    // A character outside the BMP (𨋢, lift) is one character.
    CHECK(TextStats::count(u"𨋢").cjkChars == 1);
}

TEST_CASE("a URL is one word and a link target is not read", "[text]")
{
    const TextCounts counts = TextStats::count(
        u"見[連結](https://example.com/a/b.html)及 https://en.imsilkroad.com/p/343069.html 原文"_s);
    CHECK(counts.cjkChars == 6);
    CHECK(counts.latinWords == 1);
    CHECK(TextStats::count(u"run `make test` now"_s).latinWords == 4);
}
