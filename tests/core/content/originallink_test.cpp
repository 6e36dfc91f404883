// Original links as keys (issue 15): the spellings of one page's address meet.

#include "core/content/originallink.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

TEST_CASE("links to one page give one key", "[content][duplicates]")
{
    const QString key = OriginalLink::key(u"https://en.imsilkroad.com/p/343069.html"_s);
    CHECK(key == u"en.imsilkroad.com/p/343069.html"_s);
    for (const QString &spelling :
        { u"http://en.imsilkroad.com/p/343069.html"_s, u"  HTTPS://EN.ImSilkRoad.com/p/343069.html/  "_s,
            u"https://en.imsilkroad.com/p/343069.html#top"_s,
            u"https://en.imsilkroad.com:443/p/343069.html?utm_source=wechat&utm_medium=social"_s,
            u"https://en.imsilkroad.com/p/343069.html?fbclid=IwAR0x"_s })
        CHECK(OriginalLink::key(spelling) == key);
    CHECK(OriginalLink::key(u"https://www.example-xinglan.cn/news/20250305"_s)
        == OriginalLink::key(u"http://example-xinglan.cn/news/20250305/"_s));
    CHECK(OriginalLink::key(u"https://example.com/news?id=7&lang=en&utm_campaign=x"_s)
        == OriginalLink::key(u"https://example.com/news?lang=en&id=7"_s));
}

TEST_CASE("links to other pages keep other keys", "[content][duplicates]")
{
    const QString key = OriginalLink::key(u"https://en.imsilkroad.com/p/343069.html"_s);
    CHECK(OriginalLink::key(u"https://en.imsilkroad.com/p/343102.html"_s) != key);
    CHECK(OriginalLink::key(u"https://en.imsilkroad.com/P/343069.html"_s) != key); // paths keep their case
    CHECK(OriginalLink::key(u"https://example.com/news?id=7"_s)
        != OriginalLink::key(u"https://example.com/news?id=8"_s));
    CHECK(
        OriginalLink::key(u"https://example.com:8443/a"_s) != OriginalLink::key(u"https://example.com/a"_s));
    CHECK(OriginalLink::key(QString()).isEmpty());
    CHECK(OriginalLink::key(u"not a link"_s) == u"not a link"_s);
}
