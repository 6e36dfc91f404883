#include "core/ingest/wireparser.h"
#include "tests/core/ingest/wirefixture.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;
using namespace Qt::StringLiterals;

TEST_CASE("the etnet fixture becomes a clean English draft", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire-prnewswire-etnet.txt"_s);
    CHECK(draft.recognised);
    CHECK(draft.language == Language::En);
    CHECK(draft.agency == u"美通社"_s);
    CHECK(draft.source == u"PR Newswire"_s);
    CHECK(draft.headline
        == u"Xinhua Silk Road: E. China Hangzhou Linping holds micro drama conference to boost high-quality development"_s);
    CHECK(draft.publishedAt.toString(Qt::ISODate) == u"2024-11-11T20:47:00+08:00"_s);
    CHECK(draft.dateline.place == u"BEIJING"_s);
    CHECK(draft.dateline.date == QDate(2024, 11, 11));
    CHECK(draft.body.startsWith(u"The 2nd Microshort Drama Conference was held during November 5-7"_s));
    CHECK_FALSE(draft.body.contains(u"/PRNewswire/"_s));
    CHECK_FALSE(draft.body.contains(u"Photo shows"_s));
    CHECK_FALSE(draft.body.contains(QChar(0x00A0)));
    CHECK(draft.body.endsWith(u"initiated by Linping."_s));
    CHECK(draft.body.count(u"\n\n"_s) == 8); // nine paragraphs
    REQUIRE(draft.captions.size() == 1);
    CHECK(draft.captions.first().startsWith(u"Photo shows the 2nd Microshort Drama Conference"_s));
    CHECK(draft.originalLink == u"https://en.imsilkroad.com/p/343069.html"_s);
    CHECK(draft.credit == u"source: Xinhua Silk Road"_s);
    CHECK(draft.warnings.isEmpty());
}

TEST_CASE("everything after the credit in the fixture is dropped and reported", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire-prnewswire-etnet.txt"_s);
    const QStringList &dropped = draft.droppedLines;
    CHECK(dropped.first().startsWith(u"【與拍賣官看藝術】"_s));
    for (const QString &line : { u"人氣文章"_s, u"財經新聞"_s, u"評論"_s, u"專題"_s, u"專業版"_s, u"HV2"_s,
             u"IQ 登入"_s, u"大國博弈"_s, u"貨幣攻略"_s, u"Art Month 2024"_s, u"輕鬆護老"_s })
        CHECK(dropped.contains(line));
    CHECK(dropped.contains(u"etnet榮獲HKEX Awards 2023 「最佳證券數據供應商」大獎"_s));
    CHECK(dropped.size() == 30);
    for (const QString &line : dropped)
        CHECK_FALSE(draft.body.contains(line));
}

TEST_CASE("invalid UTF-8 is an error naming the byte offset", "[ingest]")
{
    const QByteArray bytes = QByteArray("美通社\n\n") + '\xC3' + '(' + "more";
    const Result<WireDraft> draft = WireParser::parseUtf8(bytes, EditionFormat::hongKong());
    REQUIRE_FALSE(draft.has_value());
    CHECK(draft.error().code == Error::Code::Format);
    CHECK(draft.error().message.contains(u"11"_s));
}

TEST_CASE("empty copy gives an empty draft with a warning", "[ingest]")
{
    for (const QString &text : { QString(), u"\n\n \u00A0\n"_s }) {
        const WireDraft draft = WireParser::parse(text, EditionFormat::hongKong());
        CHECK_FALSE(draft.recognised);
        CHECK(draft.headline.isEmpty());
        CHECK(draft.body.isEmpty());
        CHECK(draft.warnings.size() == 1);
    }
}

TEST_CASE("a 10 MB paste is parsed without losing a character", "[ingest]")
{
    SECTION("one huge line")
    {
        const QString line = u"市場消息 market news "_s.repeated(600'000); // about 10 MB in UTF-8
        REQUIRE(line.toUtf8().size() >= 10'000'000);
        const WireDraft draft = WireParser::parse(line, EditionFormat::hongKong());
        CHECK_FALSE(draft.recognised);
        CHECK(draft.headline.size() <= 201);
        CHECK(draft.body.size() == line.trimmed().size());
        CHECK(draft.warnings.size() == 2);
    }
    SECTION("a release with a very long body")
    {
        QString text
            = u"美通社\n\n2025-01-02 10:00\n\nHeadline\n\nHONG KONG, Jan. 2, 2025 /PRNewswire/ -- Start.\n\n"_s;
        const QString paragraph
            = u"A paragraph of a very long release, repeated to fill a paste buffer.\n\n"_s;
        text += paragraph.repeated(150'000);
        text += u"source: Example\n"_s;
        REQUIRE(text.toUtf8().size() >= 10'000'000);
        const WireDraft draft = WireParser::parse(text, EditionFormat::hongKong());
        CHECK(draft.recognised);
        CHECK(draft.body.count(u"repeated to fill"_s) == 150'000);
        CHECK(draft.credit == u"source: Example"_s);
    }
}

TEST_CASE("a Source: label inside the story is not the credit", "[ingest]")
{
    const WireDraft draft
        = WireParser::parse(u"PR Newswire\n\nHeadline\n\n"
                            "HONG KONG, June 1, 2025 /PRNewswire/ -- Opening paragraph.\n\n"
                            "Source: HKEX data\n\n"
                            "The company expects revenue to keep growing through the rest of "
                            "the financial year, its chairman said.\n"_s,
            EditionFormat::hongKong());
    CHECK(draft.credit.isEmpty());
    CHECK(draft.body.contains(u"Source: HKEX data"_s));
    CHECK(draft.body.endsWith(u"its chairman said."_s));
    CHECK(draft.droppedLines.isEmpty());
}

TEST_CASE("PR Newswire's SOURCE line is the credit", "[ingest]")
{
    const WireDraft draft = WireParser::parse(
        u"Headline\n\nNEW YORK, June 1, 2025 /PRNewswire/ -- Text.\n\nSOURCE Example Corp\n\nHome\n"_s,
        EditionFormat::hongKong());
    CHECK(draft.credit == u"SOURCE Example Corp"_s);
    CHECK(draft.droppedLines == QStringList { u"Home"_s });
    CHECK(draft.body == u"Text."_s);
}

TEST_CASE("copy that starts at the dateline gets a stand-in headline", "[ingest]")
{
    const WireDraft draft = WireParser::parse(
        u"香港2025年6月18日 /美通社/ -- 公司今日宣布新計劃。計劃明年推行。\n"_s, EditionFormat::hongKong());
    CHECK(draft.recognised);
    CHECK(draft.headline == u"公司今日宣布新計劃。"_s);
    CHECK(draft.body == u"公司今日宣布新計劃。計劃明年推行。"_s);
    CHECK(draft.warnings.size() == 1);
}

TEST_CASE("a label without its link keeps the link on the next line", "[ingest]")
{
    const WireDraft draft
        = WireParser::parse(u"美通社\n\n標題\n\n原文連結：\nhttps://example.com/a\n\n消息來源：某公司\n"_s,
            EditionFormat::hongKong());
    CHECK(draft.originalLink == u"https://example.com/a"_s);
    CHECK_FALSE(draft.body.contains(u"example.com"_s));
}
