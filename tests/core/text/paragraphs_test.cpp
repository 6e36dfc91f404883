// Paragraphs by line, for reading a translation beside its original (issue 15).
#include "core/text/paragraphs.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("paragraphs start after blank lines, whatever the language", "[text][paragraphs]")
{
    const QString chinese = QStringLiteral(
        "【本報訊】恒指半日升200點。\n\n科技股造好，\n騰訊升3%。\n\n\n## 後市\n\n分析員看好。");
    const QList<int> starts = Paragraphs::starts(chinese);
    CHECK(starts == QList<int> { 0, 2, 6, 8 });
    CHECK(Paragraphs::atLine(starts, 0) == 0);
    CHECK(Paragraphs::atLine(starts, 1) == 0); // the blank line after the first
    CHECK(Paragraphs::atLine(starts, 3) == 1); // the second line of the second
    CHECK(Paragraphs::atLine(starts, 5) == 1);
    CHECK(Paragraphs::atLine(starts, 7) == 2);
    CHECK(Paragraphs::atLine(starts, 99) == 3);

    const QString english
        = QStringLiteral("\n  \nThe Hang Seng rose.\n\nTech led.\n\n## Outlook\n\nAnalysts are upbeat.\n");
    CHECK(Paragraphs::starts(english) == QList<int> { 2, 4, 6, 8 });
    CHECK(Paragraphs::atLine(Paragraphs::starts(english), 0) == 0); // before the first
}

TEST_CASE("a fenced block is one paragraph, blank lines and all", "[text][paragraphs]")
{
    const QString text = QStringLiteral("Intro.\n\n```\ncode\n\nmore code\n```\nAfter the fence.\n\nEnd.");
    CHECK(Paragraphs::starts(text) == QList<int> { 0, 2, 7, 9 });
    CHECK(Paragraphs::starts({}).isEmpty());
    CHECK(Paragraphs::atLine({}, 5) == 0);
}
