#include "core/text/lint.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

const QString rule = u"word.cantonese"_s;

QList<LintFinding> cantonese(const QString &text, Language language = Language::ZhHantHK)
{
    LintOptions options;
    options.language = language;
    QList<LintFinding> found;
    for (const LintFinding &finding : Lint::check(text, options)) {
        if (finding.rule == rule)
            found.append(finding);
    }
    return found;
}

QStringList flagged(const QString &text, Language language = Language::ZhHantHK)
{
    QStringList words;
    for (const LintFinding &finding : cantonese(text, language))
        words.append(text.mid(finding.offset, finding.size));
    return words;
}

} // namespace

TEST_CASE("Cantonese words are flagged for the Simplified edition, with the written word", "[text]")
{
    // The examples, and the seed's promo call to action.
    CHECK(flagged(u"佢話唔係好想睇，冇嘢做就喺屋企，食咗飯嘅人"_s)
        == QStringList { u"佢"_s, u"唔係"_s, u"睇"_s, u"冇"_s, u"嘢"_s, u"喺"_s, u"咗"_s, u"嘅"_s });
    const auto found = cantonese(u"【與拍賣官看藝術】畢加索的市場潛能有多強？► 即睇"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == LintSeverity::Warning);
    CHECK(found[0].column == 25);
    CHECK(found[0].length == 1);
    CHECK(found[0].message.contains(u"简"_s));
    CHECK(found[0].message.contains(u"看"_s));
    CHECK_FALSE(found[0].replacement.has_value()); // Fix All never rewrites the wording

    // Longer words win over their first character, and name their own written form.
    const auto pronoun = cantonese(u"佢哋今日開會"_s);
    REQUIRE(pronoun.size() == 1);
    CHECK(pronoun[0].length == 2);
    CHECK(pronoun[0].message.contains(u"他們"_s));
    CHECK(cantonese(u"冇"_s).value(0).message.contains(u"沒有"_s));
    CHECK(cantonese(u"嘢"_s).value(0).message.contains(u"東西"_s));
    CHECK(flagged(u"呢個方案，點解咁貴？邊個決定？"_s)
        == QStringList { u"呢個"_s, u"點解"_s, u"咁"_s, u"邊個"_s });
    CHECK(flagged(u"仲有優惠，俾錢前唔好走，鍾意就揸住"_s)
        == QStringList { u"仲有"_s, u"俾"_s, u"唔好"_s, u"鍾意"_s, u"揸"_s });
    CHECK(cantonese(u"唔好"_s).value(0).message.contains(u"不要"_s));
}

TEST_CASE("standard written Chinese that shares characters with Cantonese is not flagged", "[text]")
{
    // 係 in 關係 and 係數, 呢 as a question particle, 點解 and 邊個 inside other words,
    // 唔 as an interjection, 而家長, 打聽日本, 囉嗦, 靚麗, 俾斯麥, 仲裁, 咪錶.
    for (const QString &text : { u"中美關係緊張，相關係數上升。"_s, u"你呢？我們呢？"_s,
             u"報告重點解讀：身邊個別人士表示反對。"_s, u"「唔，我想想。」他說。"_s,
             u"而家長們都到了，打聽日本的消息。"_s, u"別囉嗦，靚麗的外表。"_s, u"俾斯麥的外交。"_s,
             u"仲裁庭裁決，咪錶收費上調。"_s, u"俾斯麥與伯仲之間，仲夏返工。"_s, u"今日香港股市上升。"_s }) {
        INFO(text.toStdString());
        CHECK(cantonese(text).isEmpty());
    }
    // English has no Cantonese to flag, and code and links are left alone.
    CHECK(cantonese(u"He said 睇 is Cantonese"_s, Language::En).isEmpty());
    CHECK(cantonese(u"見 `佢嘅` 及 https://example.com/睇"_s).isEmpty());
}

TEST_CASE("Cantonese inside a quotation is a note, not a warning", "[text]")
{
    const QString text = u"特首表示：「我哋唔會放棄。」他又話佢會繼續。"_s;
    const auto found = cantonese(text);
    REQUIRE(found.size() == 3);
    CHECK(text.mid(found[0].offset, found[0].size) == u"我哋"_s);
    CHECK(found[0].severity == LintSeverity::Note);
    CHECK(found[1].severity == LintSeverity::Note); // 唔
    CHECK(found[0].message.contains(u"quotation"_s));
    CHECK(text.mid(found[2].offset, found[2].size) == u"佢"_s); // after the quotation
    CHECK(found[2].severity == LintSeverity::Warning);
    // A quotation left open does not run on into the next paragraph.
    const auto next = cantonese(u"「佢講\n佢走咗"_s);
    REQUIRE(next.size() == 3);
    CHECK(next[0].severity == LintSeverity::Note);
    CHECK(next[1].severity == LintSeverity::Warning);
}

TEST_CASE("Simplified text is checked in its own characters", "[text]")
{
    CHECK(flagged(u"边个话佢冇揾到？"_s, Language::ZhHans)
        == QStringList { u"边个"_s, u"佢"_s, u"冇"_s, u"揾"_s });
    CHECK(cantonese(u"冇"_s, Language::ZhHans).value(0).message.contains(u"没有"_s));
    CHECK(cantonese(u"中美关系紧张。"_s, Language::ZhHans).isEmpty());
}

TEST_CASE("the Cantonese rule can be turned off like any other", "[text]")
{
    LintOptions options;
    options.disabledRules = { rule };
    CHECK(Lint::check(u"佢哋冇嚟"_s, options).isEmpty());
    CHECK(Lint::rules().contains(rule));
    CHECK(severityKey(LintSeverity::Warning) == u"warning"_s);
    CHECK(severityKey(LintSeverity::Note) == u"note"_s);
    CHECK(severityKey(LintSeverity::Error) == u"error"_s);
}
