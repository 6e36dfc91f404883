#include "core/text/lintcontent.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

// Each finding as field:rule, in order.
QStringList marks(const QList<LintFinding> &findings)
{
    QStringList out;
    for (const LintFinding &finding : findings)
        out.append(finding.field + u':' + finding.rule);
    return out;
}

Article article()
{
    Article a;
    a.language = Language::ZhHantHK;
    a.headline = u"港股急升"_s;
    a.body = u"恒指今日上升。"_s;
    return a;
}

} // namespace

TEST_CASE("every field of an article that readers see is linted and named", "[text]")
{
    // The slip: half-width punctuation in the standfirst, kicker and captions went
    // out on the exported page, because only the headline and body were linted.
    Article a = article();
    a.kicker = u"獨家:"_s;
    a.standfirst = u"市場潛能有多強?亞洲收藏家"_s;
    a.byline = u"記者 陳大文"_s;
    a.photos = { Photo { u"a.jpg"_s, u"圖為展覽,攝於會展"_s, u"路透社"_s, u"展覽場地"_s },
        Photo { u"b.jpg"_s, u"第二幅圖"_s, QString(), u"佢哋喺度"_s } };
    a.credit = u"來源:新華社"_s;
    const QList<LintFinding> found = ContentLint::check(ContentLint::fields(a));
    CHECK(marks(found)
        == QStringList { u"kicker:punct.halfwidth"_s, u"standfirst:punct.halfwidth"_s,
            u"photo 1 caption:punct.halfwidth"_s, u"photo 2 alt text:word.cantonese"_s,
            u"photo 2 alt text:word.cantonese"_s, u"credit line:punct.halfwidth"_s });
    // Positions are inside the field, and the key says which field for programs.
    CHECK(found[1].fieldKey == u"standfirst"_s);
    CHECK(found[1].line == 1);
    CHECK(found[1].column == 8);
    CHECK(found[2].fieldKey == u"photos/1/caption"_s);
    CHECK(found[3].fieldKey == u"photos/2/alt"_s);
    // A record's name goes before the field's.
    CHECK(ContentLint::check(ContentLint::fields(a), u"article 42"_s)[1].field == u"article 42 standfirst"_s);
    const QList<LintField> fields = ContentLint::fields(a);
    REQUIRE(ContentLint::find(fields, u"photos/2/alt"_s));
    CHECK(ContentLint::find(fields, u"photos/2/alt"_s)->text == u"佢哋喺度"_s);
    CHECK_FALSE(ContentLint::find(fields, u"photos/2/credit"_s)); // empty fields are left out
}

TEST_CASE("an article's own Simplified body is what the Simplified edition reads", "[text]")
{
    Article a = article();
    a.body = u"佢話唔會去。"_s;
    CHECK(marks(ContentLint::check(ContentLint::fields(a)))
        == QStringList { u"body:word.cantonese"_s, u"body:word.cantonese"_s });
    // With its own 简 body, the Traditional body's Cantonese is for 繁 readers only; the
    // Simplified body is linted as zh-Hans (a Traditional character in it is a finding).
    a.simplifiedOverride = u"他说不会去。佢冇嚟，發展"_s;
    const QStringList own = marks(ContentLint::check(ContentLint::fields(a)));
    CHECK(own.count(u"Simplified edition body:word.cantonese"_s) == 3);
    CHECK(own.contains(u"Simplified edition body:script.mixed"_s));
    CHECK_FALSE(own.contains(u"body:word.cantonese"_s));
    // A zh-Hans article's body is what the 简 edition shows: still checked.
    a.language = Language::ZhHans;
    a.body = u"他说佢会去。"_s;
    CHECK(marks(ContentLint::check(ContentLint::fields(a))).contains(u"body:word.cantonese"_s));
}

TEST_CASE("a promo's kicker, text and call to action are linted, and its own Simplified texts", "[text]")
{
    Promo promo;
    promo.language = Language::ZhHantHK;
    promo.kicker = u"與拍賣官看藝術"_s;
    promo.text = u"畢加索的市場潛能有多強?亞洲收藏家如何從新角度鑑賞?"_s;
    promo.callToAction = u"► 即睇"_s;
    const QList<LintFinding> found = ContentLint::check(ContentLint::fields(promo), u"promo 3"_s);
    CHECK(marks(found)
        == QStringList { u"promo 3 text:punct.halfwidth"_s, u"promo 3 text:punct.halfwidth"_s,
            u"promo 3 call to action:word.cantonese"_s });
    CHECK(found[2].fieldKey == u"call_to_action"_s);
    CHECK(found[2].severity == LintSeverity::Warning);

    promo.simplifiedOverride.callToAction = u"► 立即查看"_s;
    promo.simplifiedOverride.text = u"毕加索的市场潜能有多强?"_s;
    const QStringList own = marks(ContentLint::check(ContentLint::fields(promo)));
    CHECK_FALSE(own.contains(u"call to action:word.cantonese"_s));
    CHECK(own.contains(u"Simplified text:punct.halfwidth"_s));
    CHECK_FALSE(own.contains(u"Simplified call to action:word.cantonese"_s));
    REQUIRE(ContentLint::find(ContentLint::fields(promo), u"zh_hans/text"_s));
    CHECK(ContentLint::find(ContentLint::fields(promo), u"zh_hans/text"_s)->options.language
        == Language::ZhHans);
}

TEST_CASE("section and column names are linted in each language", "[text]")
{
    Category section;
    section.key = u"local"_s;
    section.names = { { Language::ZhHantHK, u"港聞"_s }, { Language::En, u"Local  news"_s } };
    CHECK(marks(ContentLint::check(ContentLint::fields(section, u"section"_s))).isEmpty());

    Category column;
    column.key = u"talk"_s;
    column.names = { { Language::ZhHantHK, u"睇樓團"_s } };
    const auto found = ContentLint::check(ContentLint::fields(column, u"column"_s));
    CHECK(marks(found) == QStringList { u"column 睇樓團 name:word.cantonese"_s });
    CHECK(found[0].fieldKey == u"names/zh-Hant-HK"_s);
    // With a zh-Hans name of its own the Traditional name is not read in 简.
    column.names.insert(Language::ZhHans, u"看楼团"_s);
    CHECK(ContentLint::check(ContentLint::fields(column, u"column"_s)).isEmpty());
    column.names.insert(Language::En, u"Home hunters,"_s);
    column.names.insert(Language::ZhHans, u"看楼团?"_s);
    CHECK(marks(ContentLint::check(ContentLint::fields(column, u"column"_s)))
        == QStringList { u"column 睇樓團 name (zh-Hans):punct.halfwidth"_s });
}
