#include "core/text/lint.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

QList<LintFinding> findings(const QString &text, const QString &rule, LintOptions options = {})
{
    QList<LintFinding> matching;
    for (const LintFinding &finding : Lint::check(text, options)) {
        if (finding.rule == rule)
            matching.append(finding);
    }
    return matching;
}

QString fixed(const QString &text, LintOptions options = {})
{
    return Lint::fix(text, options);
}

LintOptions simplified()
{
    LintOptions options;
    options.language = Language::ZhHans;
    return options;
}

} // namespace

TEST_CASE("half-width punctuation beside Chinese becomes full-width", "[text]")
{
    const auto found = findings(u"畢加索的市場潛能有多強?亞洲收藏家"_s, u"punct.halfwidth"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].line == 1);
    CHECK(found[0].column == 12);
    CHECK(found[0].length == 1);
    CHECK(found[0].replacement == u"？"_s);
    CHECK(fixed(u"多重慶祝活動一浪接一浪,好禮連環賞!"_s) == u"多重慶祝活動一浪接一浪，好禮連環賞！"_s);
    CHECK(fixed(u"真的嗎?!他說:人工智能(AI)技術;對"_s) == u"真的嗎？！他說：人工智能（AI）技術；對"_s);
}

TEST_CASE("numbers, URLs and Latin runs keep their punctuation", "[text]")
{
    const QString text = u"價值HK$3,980，增長3.5%，時間20:47。詳情https://en.imsilkroad.com/p/343069.html。"
                         "公司Ltd.宣布，與Hello, world合作"_s;
    CHECK(findings(text, u"punct.halfwidth"_s).isEmpty());
    const QString markdown
        = u"見[維基](https://zh.wikipedia.org/wiki/頭髮)及`a, b`。\n```\n多強?亞洲\n```\n"_s;
    CHECK(Lint::check(markdown, {}).isEmpty());
    CHECK(fixed(u"睇住賞HIZERO F100仿生潔地機(價值HK$3,980)"_s)
        == u"睇住賞HIZERO F100仿生潔地機（價值HK$3,980）"_s);
}

TEST_CASE("quotes follow the edition", "[text]")
{
    CHECK(fixed(u"他說“好”，又說‘明天’"_s) == u"他說「好」，又說『明天』"_s);
    CHECK(fixed(u"他說\"好\""_s) == u"他說「好」"_s);
    CHECK(fixed(u"他说「好」"_s, simplified()) == u"他说“好”"_s);
    // An English quotation inside a Chinese article is English.
    CHECK(findings(u"報道稱 “wild growth” 及China’s"_s, u"quotes.style"_s).isEmpty());
}

TEST_CASE("Simplified characters in Traditional text are marked, and back", "[text]")
{
    const auto found = findings(u"香港经济发展，他们这樣說"_s, u"script.mixed"_s);
    REQUIRE(found.size() == 5); // 经 济 发 们 这
    CHECK(found[0].column == 3);
    CHECK(found[0].replacement == u"經"_s);
    CHECK(found[2].replacement == u"發"_s);
    CHECK(fixed(u"香港经济发展，他们这樣說"_s) == u"香港經濟發展，他們這樣說"_s);
    // Characters good in both scripts are left alone.
    CHECK(findings(u"乾燥、干涉、一隻貓、只有、皇后、恒生指數、群組、山峰"_s, u"script.mixed"_s).isEmpty());
    CHECK(fixed(u"香港經濟發展"_s, simplified()) == u"香港经济发展"_s);
    // The phrase decides which character a one-to-many form becomes.
    CHECK(fixed(u"她的頭发很長，经理发展業務"_s) == u"她的頭髮很長，經理發展業務"_s);
    // 只 is a Traditional character too (只有): lint cannot tell 一只貓 from a typo.
    CHECK(findings(u"一只貓"_s, u"script.mixed"_s).isEmpty());
    CHECK(findings(u"干燥、干涉、一只猫、着数"_s, u"script.mixed"_s, simplified()).isEmpty());
}

TEST_CASE("invisible and bidi characters are removed", "[text]")
{
    const QString text = u"多強\u200B亞洲\u202E收藏\uFEFF家\u2066"_s;
    CHECK(findings(text, u"char.invisible"_s).size() == 4);
    CHECK(fixed(text) == u"多強亞洲收藏家"_s);
    // A joiner inside an emoji sequence stays.
    CHECK(findings(u"家庭👨\u200D👩\u200D👧"_s, u"char.invisible"_s).isEmpty());
    LintOptions english;
    english.language = Language::En;
    CHECK(fixed(u"Link\u200Bedin\u200E"_s, english) == u"Linkedin"_s);
}

TEST_CASE("spacing between Chinese and Latin follows the house setting", "[text]")
{
    CHECK(fixed(u"etnet 榮獲 HKEX Awards 2023 大獎"_s) == u"etnet榮獲HKEX Awards 2023大獎"_s);
    LintOptions pangu;
    pangu.spacing = CjkLatinSpacing::Pangu;
    CHECK(fixed(u"etnet榮獲HKEX Awards 2023大獎"_s, pangu) == u"etnet 榮獲 HKEX Awards 2023 大獎"_s);
    CHECK(fixed(u"見https://etnet.com.hk/港股"_s, pangu) == u"見 https://etnet.com.hk/港股"_s);
}

TEST_CASE("ellipses and dashes in Chinese", "[text]")
{
    CHECK(fixed(u"然後...他走了。。。"_s) == u"然後……他走了……"_s);
    CHECK(fixed(u"他說…好"_s) == u"他說……好"_s);
    CHECK(fixed(u"香港--亞洲國際都會"_s) == u"香港——亞洲國際都會"_s);
    CHECK(fixed(u"香港 -- 亞洲"_s) == u"香港 —— 亞洲"_s);
    // English wire copy keeps its own.
    CHECK(Lint::check(u"BEIJING, Nov. 11, 2024 /PRNewswire/ -- The event... ended"_s, {}).isEmpty());
    CHECK(findings(u"---\n\n- 項目"_s, u"dash"_s).isEmpty());
}

TEST_CASE("lines wider than the slot are marked", "[text]")
{
    LintOptions promo;
    promo.widthLimit = 40;
    const QString line = u"【與拍賣官看藝術】畢加索的市場潛能有多強？亞洲收藏家如何從新角度鑑賞？► 即睇"_s;
    const auto found = findings(line, u"width.limit"_s, promo);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found[0].replacement.has_value());
    CHECK(found[0].column == 21); // the 21st character starts past 40 columns
    CHECK(findings(u"【etnet 30周年】好禮連環賞"_s, u"width.limit"_s, promo).isEmpty());
}

TEST_CASE("the wire fixture gets the marks a sub-editor would make", "[text]")
{
    const QString wire = Test::wireFixture();
    REQUIRE_FALSE(wire.isEmpty());
    const QList<LintFinding> all = Lint::check(wire, {});

    // The photo caption is repeated on the next line.
    const auto duplicates = findings(wire, u"para.duplicate"_s);
    REQUIRE(duplicates.size() == 1);
    CHECK(duplicates[0].line == 10);
    CHECK(duplicates[0].column == 1);

    // Everything the lint marks, as rule@line:column.
    QStringList marks;
    for (const LintFinding &finding : all)
        marks.append(u"%1@%2:%3"_s.arg(finding.rule).arg(finding.line).arg(finding.column));
    CHECK(marks
        == QStringList { u"para.duplicate@10:1"_s, u"punct.halfwidth@34:21"_s, u"punct.halfwidth@34:35"_s,
            u"word.cantonese@34:39"_s, u"space.cjk-latin@45:3"_s, u"punct.halfwidth@51:24"_s,
            u"punct.halfwidth@51:30"_s, u"word.cantonese@53:15"_s, u"space.cjk-latin@53:29"_s,
            u"punct.halfwidth@53:35"_s, u"punct.halfwidth@53:46"_s });

    const QString result = Lint::fix(wire, {});
    CHECK(result.contains(u"【與拍賣官看藝術】畢加索的市場潛能有多強？亞洲收藏家如何從新角度鑑賞？► 即睇"_s));
    CHECK(result.contains(u"多重慶祝活動一浪接一浪，好禮連環賞！"_s));
    CHECK(result.contains(u"仿生潔地機（價值HK$3,980）"_s));
    CHECK(result.count(u"Photo shows the 2nd Microshort Drama Conference"_s) == 1);

    // Nothing in the English release: it runs from the headline to the credit line.
    const qsizetype englishFrom = 5,
                    englishTo = wire.left(wire.indexOf(u"source: Xinhua"_s)).count(u'\n') + 1;
    for (const LintFinding &finding : all) {
        if (finding.rule == u"para.duplicate"_s)
            continue;
        INFO(finding.rule.toStdString() << " line " << finding.line);
        CHECK((finding.line < englishFrom || finding.line > englishTo));
    }
    // The English text survives the fixes byte for byte, minus the repeated caption.
    const qsizetype english = wire.indexOf(u"With artificial"_s);
    const QString tail = wire.mid(english, wire.indexOf(u"source: Xinhua"_s) - english);
    CHECK(result.contains(tail));
}

TEST_CASE("fixing twice changes nothing the second time", "[text]")
{
    LintOptions pangu;
    pangu.spacing = CjkLatinSpacing::Pangu;
    const QString samples[] = {
        Test::wireFixture(),
        u"真的嗎?!他說:人工智能(AI)技術;對...然後--走了。。。"_s,
        u"他說“好”‘明天’\"見\"，香港经济发展\u200B\u202E"_s,
        u"etnet 榮獲 HKEX Awards 2023 大獎\n重複的一段文字，長度足夠。\n重複的一段文字，長度足夠。"_s,
    };
    for (const QString &sample : samples) {
        for (const LintOptions &options : { LintOptions {}, pangu, simplified() }) {
            const QString once = Lint::fix(sample, options);
            CHECK(Lint::fix(once, options) == once);
            for (const LintFinding &finding : Lint::check(once, options))
                CHECK_FALSE(finding.replacement.has_value());
        }
    }
}

TEST_CASE("columns count characters, not UTF-16 units", "[text]")
{
    const auto found = findings(u"第二行\n𨋢𨋢壞了?好"_s, u"punct.halfwidth"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].line == 2);
    CHECK(found[0].column == 5);
    CHECK(found[0].offset == 4 + 6);
}

TEST_CASE("each rule's fixes leave nothing for that rule in one pass", "[text]")
{
    const QString sample
        = u"多強?亞洲!!(AI)技術“好”‘明天’\"見\"经济发展\u200B\u202E etnet 榮獲HKEX...然後--走了。。。\n"
          "重複的一段文字，長度足夠。\n重複的一段文字，長度足夠。\n重複的一段文字，長度足夠。\n"
          "![chart](https://example.com/chart.png)"_s;
    LintOptions pangu;
    pangu.spacing = CjkLatinSpacing::Pangu;
    for (const LintOptions &base : { LintOptions {}, pangu, simplified() }) {
        for (const QString &rule : Lint::rules()) {
            LintOptions options = base;
            for (const QString &other : Lint::rules()) {
                if (other != rule)
                    options.disabledRules.append(other);
            }
            const QString once = Lint::apply(sample, Lint::check(sample, options));
            INFO(rule.toStdString());
            for (const LintFinding &finding : Lint::check(once, options))
                CHECK_FALSE(finding.replacement.has_value());
            CHECK(Lint::apply(once, Lint::check(once, options)) == once);
        }
    }
    // And every rule found something to fix in the sample.
    QStringList fixedRules;
    for (const LintFinding &finding : Lint::check(sample, {})) {
        if (finding.replacement && !fixedRules.contains(finding.rule))
            fixedRules.append(finding.rule);
    }
    // All but width.limit and word.cantonese, which only a person can fix.
    CHECK(fixedRules.size() == Lint::rules().size() - 2);
}

TEST_CASE("a Markdown picture from another site is flagged; the fix makes it a link", "[text]")
{
    const QString body
        = u"圖表：\n\n![拆息走勢](https://example.com/hibor.png \"t\")\n\n"
          u"![本地](photos/chart.png) `![code](https://example.com/x.png)` ![proto](//cdn.example/x.png)"_s;
    const auto found = findings(body, u"image.offsite"_s);
    REQUIRE(found.size() == 2);
    // A description with escaped brackets is a picture all the same.
    CHECK(findings(u"![維港\\[夜\\]景](https://example.com/n.png)"_s, u"image.offsite"_s).size() == 1);
    CHECK(found[0].line == 3);
    CHECK(found[0].column == 1);
    CHECK(found[1].line == 5);
    CHECK(fixed(body).contains(u"\n[拆息走勢](https://example.com/hibor.png \"t\")"_s));
    CHECK(fixed(body).contains(u"[proto](//cdn.example/x.png)"_s));
    CHECK(fixed(body).contains(u"![本地](photos/chart.png)"_s));
    CHECK(fixed(body).contains(u"`![code](https://example.com/x.png)`"_s));
}

TEST_CASE("a short paragraph that repeats is flagged, as a doubled caption is", "[text]")
{
    // The case: a 7-character photo caption pasted twice (only lines of 16 columns
    // or more were compared before).
    const QString caption = u"正文第一段。\n圖為畢加索作品。\n圖為畢加索作品。\n正文第二段。"_s;
    const auto found = findings(caption, u"para.duplicate"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].line == 3);
    CHECK(found[0].message.contains(u"line 2"_s));
    CHECK(fixed(caption) == u"正文第一段。\n圖為畢加索作品。\n正文第二段。"_s);
    CHECK(
        findings(u"Photo shows the venue\nText.\nPhoto shows the venue"_s, u"para.duplicate"_s).size() == 1);
    CHECK(findings(u"四個漢字\n\n四個漢字"_s, u"para.duplicate"_s).size() == 1);
}

TEST_CASE("separators, end marks, labels and empty lines may repeat", "[text]")
{
    for (const QString &text :
        { u"第一節。\n\n* * *\n\n第二節。\n\n* * *\n\n第三節。"_s, u"甲。\n（完）\n乙。\n（完）"_s,
            u"強化版\n說明文字。\n強化版"_s, u"Photo\nA.\nPhoto"_s, u"Read more\nA.\nRead more"_s,
            u"---\nA\n---"_s, u"a\n\n\n\nb"_s, u"### 背景\n甲。\n### 背景"_s }) {
        INFO(text.toStdString());
        CHECK(findings(text, u"para.duplicate"_s).isEmpty());
    }
}
