#include "core/text/scriptvariants.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

QString flagged(const QString &text, bool (*check)(char32_t))
{
    QString found;
    for (const uint c : text.toUcs4()) {
        if (check(c))
            found += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    return found;
}

} // namespace

TEST_CASE("Simplified-only characters", "[text]")
{
    REQUIRE(ScriptVariants::load().has_value());
    CHECK(flagged(u"发这们经济头发后来"_s, ScriptVariants::isSimplifiedOnly) == u"发这们经济头发来"_s);
    // Good in Hong Kong text: shared forms, HK variants, Cantonese characters, daily forms.
    CHECK(flagged(
        u"干涉只有皇后台周面系里着裏綫衞説啲嘅咗冇佢喺睇嘢搵群峰恒床秘晒"_s, ScriptVariants::isSimplifiedOnly)
              .isEmpty());
}

TEST_CASE("Traditional-only characters", "[text]")
{
    CHECK(flagged(u"發這們經濟頭髮後來説衞"_s, ScriptVariants::isTraditionalOnly)
        == u"發這們經濟頭髮後來説衞"_s);
    // Good in Simplified text.
    CHECK(flagged(u"著名乾隆狼藉瞭望覆盖干涉只有着于范"_s, ScriptVariants::isTraditionalOnly).isEmpty());
    CHECK_FALSE(ScriptVariants::isTraditionalOnly(U'a'));
}

TEST_CASE("the fixture's Chinese is all Traditional", "[text]")
{
    CHECK(flagged(Test::wireFixture(), ScriptVariants::isSimplifiedOnly).isEmpty());
}
