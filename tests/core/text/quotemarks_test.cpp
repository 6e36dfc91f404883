#include "core/text/quotemarks.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text, Language edition, bool straight = false)
{
    return QuoteMarks::apply(text, QuoteMarks::changes(text, edition, Verbatim::find(text), straight));
}

} // namespace

TEST_CASE("corner brackets and curly quotes swap per edition", "[text]")
{
    CHECK(quoted(u"「最佳證券數據供應商」"_s, Language::ZhHans) == u"“最佳證券數據供應商”"_s);
    CHECK(quoted(u"“最佳『證券』數據”"_s, Language::ZhHantHK) == u"「最佳『證券』數據」"_s);
    CHECK(quoted(u"他說：“港股‘估值’吸引”"_s, Language::ZhHantHK) == u"他說：「港股『估值』吸引」"_s);
}

TEST_CASE("English quotes and apostrophes are not Chinese quotes", "[text]")
{
    const QString english = u"micro dramas have moved from “wild growth” and China’s ‘quality’ era"_s;
    CHECK(quoted(english, Language::ZhHantHK) == english);
    CHECK(quoted(u"從“wild growth”走向"_s, Language::ZhHantHK) == u"從“wild growth”走向"_s);
    CHECK(quoted(english, Language::En) == english);
}

TEST_CASE("straight quotes count only when asked", "[text]")
{
    CHECK(quoted(u"他說\"好\""_s, Language::ZhHantHK) == u"他說\"好\""_s);
    CHECK(quoted(u"他說\"好\""_s, Language::ZhHantHK, true) == u"他說「好」"_s);
    CHECK(quoted(u"from \"wild growth\" to"_s, Language::ZhHantHK, true) == u"from \"wild growth\" to"_s);
}

TEST_CASE("a quotation running over paragraphs opens again in each", "[text]")
{
    CHECK(quoted(u"“第一段\n“第二段。”"_s, Language::ZhHantHK) == u"「第一段\n「第二段。」"_s);
    CHECK(quoted(u"`“代碼”` “文字”"_s, Language::ZhHantHK) == u"`“代碼”` 「文字」"_s);
}
