#include "core/text/verbatim.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

QStringList verbatimParts(const QString &text)
{
    QStringList parts;
    for (const TextRange &range : Verbatim::find(text))
        parts.append(text.mid(range.start, range.length));
    return parts;
}

} // namespace

TEST_CASE("URLs are verbatim, without the sentence around them", "[text]")
{
    CHECK(verbatimParts(u"Original link: https://en.imsilkroad.com/p/343069.html\n"_s)
        == QStringList { u"https://en.imsilkroad.com/p/343069.html"_s });
    CHECK(verbatimParts(u"詳情請瀏覽https://www.etnet.com.hk。"_s)
        == QStringList { u"https://www.etnet.com.hk"_s });
    CHECK(verbatimParts(u"請瀏覽https://www.etnet.com.hk了解詳情"_s)
        == QStringList { u"https://www.etnet.com.hk"_s });
    CHECK(verbatimParts(u"見 https://zh.wikipedia.org/wiki/頭髮 及"_s)
        == QStringList { u"https://zh.wikipedia.org/wiki/頭髮"_s });
    CHECK(verbatimParts(u"(see www.etnet.com.hk/a_(b).)"_s) == QStringList { u"www.etnet.com.hk/a_(b)"_s });
    CHECK(verbatimParts(u"awww.example"_s).isEmpty());
}

TEST_CASE("Markdown code and link targets are verbatim", "[text]")
{
    CHECK(verbatimParts(u"用 `a, b` 及 ``x ` y``"_s) == QStringList { u"`a, b`"_s, u"``x ` y``"_s });
    CHECK(verbatimParts(u"[連結](/wiki/頭髮) 和 <https://a.hk/b>"_s)
        == QStringList { u"(/wiki/頭髮)"_s, u"https://a.hk/b"_s });
    const QString fenced = u"前\n```\n多強?亞洲\n```\n後"_s;
    CHECK(verbatimParts(fenced) == QStringList { u"```\n多強?亞洲\n```"_s });
    CHECK(verbatimParts(u"未完的 `code"_s).isEmpty());
}

TEST_CASE("the cursor answers for increasing positions", "[text]")
{
    const QList<TextRange> ranges { { 2, 3 }, { 10, 1 } };
    Verbatim::Cursor cursor(ranges);
    CHECK_FALSE(cursor.contains(1));
    CHECK(cursor.contains(2));
    CHECK(cursor.contains(4));
    CHECK_FALSE(cursor.contains(5));
    CHECK(cursor.overlaps(8, 11));
    CHECK_FALSE(cursor.overlaps(11, 20));
}
