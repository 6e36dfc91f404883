// One test per sample in tests/fixtures/wire/: the shapes wire copy arrives in.

#include "core/ingest/wireparser.h"
#include "tests/core/ingest/wirefixture.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;
using namespace Qt::StringLiterals;

TEST_CASE("Traditional Chinese release with a repeated 圖為 caption", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/zh-hant-photo.txt"_s);
    CHECK(draft.language == Language::ZhHantHK);
    CHECK(draft.source == u"美通社"_s);
    CHECK(draft.headline == u"恒瑞綠色科技於香港啟用首座氫能物流中心"_s);
    CHECK(draft.publishedAt.toString(Qt::ISODate) == u"2025-06-18T09:30:00+08:00"_s);
    CHECK(draft.dateline == WireDateline { u"香港"_s, QDate(2025, 6, 18) });
    CHECK(draft.body.startsWith(u"恒瑞綠色科技集團有限公司（「恒瑞綠色科技」）今日宣布"_s));
    CHECK(draft.body.endsWith(u"再設立五座同類中心。"_s));
    CHECK_FALSE(draft.body.contains(u"圖為"_s));
    CHECK(draft.captions
        == QStringList { u"圖為恒瑞綠色科技主席陳家明（中）與嘉賓主持氫能物流中心啟用儀式。"_s });
    CHECK(draft.originalLink == u"https://www.example-hengrui.com.hk/news/2025/0618"_s);
    CHECK(draft.credit == u"消息來源：恒瑞綠色科技集團有限公司"_s);
    CHECK(draft.droppedLines
        == QStringList {
            u"【理財秘笈】退休前要準備幾多錢?► 即睇"_s, u"人氣文章"_s, u"財經新聞"_s, u"評論"_s, u"專題"_s });
    CHECK(draft.warnings.isEmpty());
}

TEST_CASE("Simplified Chinese release with 图为, 原文链接 and 消息来源", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/zh-hans-release.txt"_s);
    CHECK(draft.language == Language::ZhHans);
    CHECK(draft.source == u"美通社"_s);
    CHECK(draft.headline == u"星澜智能发布新一代工业机器人视觉系统"_s);
    CHECK(draft.dateline == WireDateline { u"上海"_s, QDate(2025, 3, 5) });
    CHECK(draft.body.startsWith(u"星澜智能科技有限公司"_s));
    CHECK(draft.captions == QStringList { u"图为星澜智能首席技术官刘伟在发布会上介绍“澜眼3.0”。"_s });
    CHECK(draft.originalLink == u"https://www.example-xinglan.cn/news/20250305"_s);
    CHECK(draft.credit == u"消息来源：星澜智能科技有限公司"_s);
    CHECK(draft.droppedLines.isEmpty());
}

TEST_CASE("English release without a photo or an agency line in Chinese", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/en-no-photo.txt"_s);
    CHECK(draft.language == Language::En);
    CHECK(draft.source == u"PR Newswire"_s);
    CHECK(draft.dateline == WireDateline { u"HONG KONG"_s, QDate(2025, 9, 2) });
    CHECK(draft.captions.isEmpty());
    CHECK(draft.originalLink.isEmpty());
    CHECK(draft.body.startsWith(u"Harbourline Capital Limited (\"Harbourline\")"_s));
    // The company's boilerplate is kept in the notes, out of the story.
    CHECK_FALSE(draft.body.contains(u"About Harbourline Capital"_s));
    CHECK(draft.body.endsWith(u"Chief Financial Officer of Harbourline."_s));
    CHECK(draft.notes
        == u"### About Harbourline Capital\n\nHarbourline Capital Limited invests in and operates "
           u"infrastructure "
           "assets across Asia Pacific. For more information, please visit www.example-harbourline.com."_s);
    CHECK(draft.credit == u"source: Harbourline Capital Limited"_s);
}

TEST_CASE("several captions are kept in order, the repeated one once", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/en-several-captions.txt"_s);
    CHECK(draft.dateline == WireDateline { u"BEIJING"_s, QDate(2025, 4, 22) });
    REQUIRE(draft.captions.size() == 3);
    CHECK(draft.captions.at(0).startsWith(u"Photo shows tea farmers"_s));
    CHECK(draft.captions.at(1).startsWith(u"Photo shows a tea master"_s));
    CHECK(draft.captions.at(2).startsWith(u"Photo shows visitors"_s));
    CHECK_FALSE(draft.body.contains(u"Photo shows"_s));
    CHECK(draft.body.count(u"\n\n"_s) == 2); // three paragraphs
}

TEST_CASE("bullet and numbered lists become Markdown lists", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/en-bullets.txt"_s);
    CHECK(draft.dateline == WireDateline { u"SHENZHEN, China"_s, QDate(2025, 7, 10) });
    CHECK(draft.body.contains(u"Key features of the wallet include:\n\n"
                              "- Real-time settlement in HKD, MOP and RMB\n"
                              "- Multi-currency accounts with no monthly fee\n"
                              "- Integration with major point-of-sale systems\n\n"_s));
    CHECK(draft.body.contains(u"1. Hong Kong merchants from August 2025\n"
                              "2. Macao merchants from October 2025\n"
                              "3. Mainland merchants in the Greater Bay Area from early 2026\n\n"_s));
}

TEST_CASE("Windows line endings, no-break spaces, tabs and full-width colons", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/en-crlf.txt"_s);
    CHECK(draft.headline == u"Orchid Bay Hotels Reopens Flagship Resort After Renovation"_s);
    CHECK(draft.dateline == WireDateline { u"MACAO"_s, QDate(2025, 11, 3) });
    CHECK_FALSE(draft.body.contains(u'\r'));
    CHECK_FALSE(draft.body.contains(QChar(0x00A0)));
    CHECK_FALSE(draft.body.contains(u'\t'));
    CHECK(draft.body.contains(u"added 120 suites"_s));
    CHECK(draft.body.contains(u"food festival featuring chefs"_s));
    CHECK(draft.captions.size() == 1);
    CHECK(draft.originalLink == u"https://www.example-orchidbay.mo/press/reopening"_s);
    CHECK(draft.credit == u"source： Orchid Bay Hotels"_s);
}

TEST_CASE("without a credit line, trailing portal chrome is still dropped", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/zh-hant-no-credit.txt"_s);
    CHECK(draft.credit.isEmpty());
    CHECK(draft.language == Language::ZhHantHK);
    CHECK(draft.body.endsWith(u"物業管理公司應主動承擔社會責任。"_s));
    CHECK(draft.droppedLines
        == QStringList { u"【etnet 30周年】多重慶祝活動一浪接一浪,好禮連環賞!"_s, u"人氣文章"_s,
            u"財經新聞"_s, u"評論"_s, u"專題"_s });
}

TEST_CASE("a tab-separated table becomes a Markdown table", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/zh-hant-table.txt"_s);
    CHECK(draft.body.contains(u"主要財務數據如下：\n\n"
                              "| 項目 | 2025年第一季度 | 2024年第一季度 | 變動 |\n"
                              "| --- | --- | --- | --- |\n"
                              "| 收入（百萬港元） | 812.4 | 655.0 | +24.0% |\n"
                              "| 毛利（百萬港元） | 402.1 | 310.7 | +29.4% |\n"
                              "| 股東應佔溢利（百萬港元） | 96.3 | 61.8 | +55.8% |\n\n"
                              "收入增長"_s));
    CHECK(draft.credit == u"消息來源：明德生物科技控股有限公司"_s);
}

TEST_CASE("a pipe-separated table becomes a Markdown table", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/en-pipe-table.txt"_s);
    CHECK(draft.body.contains(u"| Route | July | August | Change |\n"
                              "| --- | --- | --- | --- |\n"
                              "| Hong Kong – Macao | 412,000 | 455,300 | +10.5% |\n"
                              "| Hong Kong – Shekou | 128,900 | 140,200 | +8.8% |\n\n"_s));
}

TEST_CASE("copy of an unknown shape still becomes a draft, with a warning", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/unknown-note.txt"_s);
    CHECK_FALSE(draft.recognised);
    CHECK(draft.headline == u"Reminder: desk meeting moved to 3pm"_s);
    CHECK(draft.body
        == u"Hi all, the afternoon desk meeting is moved to 3pm in room 12/F.\n\n"
           "Please bring your story list for the weekend edition.\n\nThanks, Amy"_s);
    CHECK(draft.source.isEmpty());
    CHECK(draft.droppedLines.isEmpty());
    REQUIRE(draft.warnings.size() == 1);
    CHECK(draft.warnings.first().contains(u"does not look like wire copy"_s));
}

TEST_CASE("（美通社香港…電） opens the first paragraph: the dateline, not body text", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/zh-hant-bracket-dateline.txt"_s);
    CHECK(draft.language == Language::ZhHantHK);
    CHECK(draft.source == u"美通社"_s);
    CHECK(draft.headline == u"港灣能源與本地大學合作研發海上風電儲能技術"_s);
    CHECK(draft.publishedAt.toString(Qt::ISODate) == u"2025-06-18T16:05:00+08:00"_s);
    CHECK(draft.dateline == WireDateline { u"香港"_s, QDate(2025, 6, 18) });
    CHECK(draft.body.startsWith(u"港灣能源控股有限公司（「港灣能源」）今日"_s));
    CHECK_FALSE(draft.body.contains(u"美通社"_s));
    CHECK(
        draft.captions == QStringList { u"圖為港灣能源行政總裁李志強（左）與大學副校長簽署合作備忘錄。"_s });
    CHECK(draft.credit == u"消息來源：港灣能源控股有限公司"_s);
    CHECK(draft.droppedLines == QStringList { u"【投資必讀】高息股還可以追嗎?► 即睇"_s, u"人氣文章"_s });
    CHECK(draft.warnings.isEmpty());
}

TEST_CASE("新华社香港6月18日电 under a date-only time line", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/zh-hans-xinhua-dateline.txt"_s);
    CHECK(draft.recognised);
    CHECK(draft.language == Language::ZhHans);
    CHECK(draft.agency == u"新华社"_s);
    CHECK(draft.source == u"新华社"_s);
    CHECK(draft.headline == u"香港特区政府发布新一轮创科资助计划"_s);
    CHECK_FALSE(draft.publishedAt.isValid()); // a date alone is not a publish time
    CHECK(draft.dateline == WireDateline { u"香港"_s, QDate(2025, 6, 18) }); // the year from the date line
    CHECK(draft.body.startsWith(u"香港特区政府18日公布"_s));
    CHECK(draft.captions.size() == 1);
    CHECK(draft.originalLink == u"https://www.example-xinhua.cn/hk/20250618/chuangke"_s);
    CHECK(draft.credit == u"消息来源：新华丝路"_s);
    REQUIRE(draft.warnings.size() == 1);
    CHECK(draft.warnings.first().contains(u"2025-06-18"_s));
    CHECK(draft.warnings.first().contains(u"no time of day"_s));
}

TEST_CASE("an English date-only time line leaves published_at empty, the dateline dated", "[ingest]")
{
    const WireDraft draft = parseWire(u"wire/en-date-only.txt"_s);
    CHECK(draft.language == Language::En);
    CHECK(draft.source == u"PR Newswire"_s);
    CHECK(draft.headline == u"Kowloon Bay Logistics opens automated cold-chain hub"_s);
    CHECK_FALSE(draft.publishedAt.isValid());
    CHECK(draft.dateline == WireDateline { u"HONG KONG"_s, QDate(2025, 6, 18) });
    CHECK(draft.body.startsWith(u"Kowloon Bay Logistics Limited today opened"_s));
    CHECK(draft.captions.size() == 1);
    CHECK(draft.credit == u"source: Kowloon Bay Logistics Limited"_s);
    REQUIRE(draft.warnings.size() == 1);

    // Without a dateline in the body, the date line's date is the dateline's.
    const WireDraft bare
        = WireParser::parse(u"PR Newswire\n\n2025-06-18\n\nHeadline here\n\nSome text of the release.\n"_s,
            EditionFormat::hongKong());
    CHECK(bare.dateline == WireDateline { QString(), QDate(2025, 6, 18) });
    CHECK_FALSE(bare.publishedAt.isValid());
    CHECK(bare.body == u"Some text of the release."_s);
}
