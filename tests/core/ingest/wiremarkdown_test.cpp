#include "core/ingest/wiremarkdown.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

QString build(const QStringList &lines)
{
    WireMarkdown markdown;
    for (const QString &line : lines) {
        if (line.isEmpty())
            markdown.endBlock();
        else
            markdown.addLine(line);
    }
    return markdown.markdown();
}

} // namespace

TEST_CASE("each line of copy is its own paragraph", "[ingest]")
{
    CHECK(build({ u"One."_s, u"Two."_s, QString(), u"Three."_s }) == u"One.\n\nTwo.\n\nThree."_s);
}

TEST_CASE("lines that look like Markdown stay text", "[ingest]")
{
    CHECK(build({ u"# not a heading"_s }) == u"\\# not a heading"_s);
    CHECK(build({ u"> not a quote"_s }) == u"\\> not a quote"_s);
    CHECK(build({ u"2024. A year of growth"_s }) == u"2024\\. A year of growth"_s);
    CHECK(build({ u"1.5 million visitors"_s }) == u"1.5 million visitors"_s);
}

TEST_CASE("one tab-separated line is not a table and keeps its text", "[ingest]")
{
    CHECK(build({ u"Name\tValue"_s }) == u"Name Value"_s);
    CHECK(build({ u"A | B"_s }) == u"A | B"_s);
}

TEST_CASE("ragged rows are padded and pipes in cells escaped", "[ingest]")
{
    CHECK(build({ u"a\tb"_s, u"c\td\te|f"_s }) == u"| a | b |  |\n| --- | --- | --- |\n| c | d | e\\|f |"_s);
}

TEST_CASE("an existing Markdown table keeps one separator row", "[ingest]")
{
    CHECK(build({ u"| a | b |"_s, u"|---|---|"_s, u"| 1 | 2 |"_s })
        == u"| a | b |\n| --- | --- |\n| 1 | 2 |"_s);
}

TEST_CASE("a list ends at a line of another kind", "[ingest]")
{
    CHECK(build({ u"• one"_s, u"• two"_s, u"After."_s }) == u"- one\n- two\n\nAfter."_s);
    CHECK(build({ u"(1) 第一"_s, u"（2）第二"_s }) == u"1. 第一\n2. 第二"_s);
}
