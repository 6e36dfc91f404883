#include "core/text/displaywidth.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

TEST_CASE("Chinese takes two columns, Latin one", "[text]")
{
    CHECK(DisplayWidth::of(u"abc") == 3);
    CHECK(DisplayWidth::of(u"香港") == 4);
    CHECK(DisplayWidth::of(u"「多強？」") == 10);
    CHECK(DisplayWidth::of(u"【etnet 30周年】") == 2 + 8 + 4 + 2);
    CHECK(DisplayWidth::of(u"𨋢") == 2);
    CHECK(DisplayWidth::of(u"e\u0301\u200B"_s) == 1);
}

TEST_CASE("fit counts the units that stay within the columns", "[text]")
{
    CHECK(DisplayWidth::fit(u"香港ab", 3) == 1);
    CHECK(DisplayWidth::fit(u"香港ab", 5) == 3);
    CHECK(DisplayWidth::fit(u"香港ab", 50) == 4);
}
