// Look-alike hosts (issue 19): shown in punycode, as browsers show them.

#include "core/text/hostcheck.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("a host mixing look-alike scripts is shown in punycode", "[text][links]")
{
    // A Cyrillic а (U+0430) among Latin letters.
    const auto mixed = HostCheck::lookAlike(QStringLiteral("https://p\u0430ypal.com/login"));
    REQUIRE(mixed.has_value());
    CHECK(mixed->host == QStringLiteral("p\u0430ypal.com"));
    CHECK(mixed->ace.startsWith(u"xn--"));
    CHECK(mixed->ace.endsWith(u".com"));
    CHECK(HostCheck::warning(*mixed).contains(mixed->ace));
    // A Greek ο in a subdomain, and Latin with Cyrillic digits-alike in one label.
    CHECK(HostCheck::lookAlike(QStringLiteral("https://g\u03bfogle.example.org/")).has_value());
    // A whole label of Cyrillic letters that reads as a Latin word, under a Latin TLD.
    CHECK(HostCheck::lookAlike(QStringLiteral("https://\u0440\u0430\u0443.com/")).has_value());
    // As typed in punycode, the same.
    CHECK(HostCheck::lookAlike(QStringLiteral("https://") + mixed->ace + QStringLiteral("/")).has_value());
}

TEST_CASE("ordinary hosts, in any one script or with Han beside Latin, are left as they are", "[text][links]")
{
    for (const char16_t *link : { u"https://www.info.gov.hk/gia/general/202503/06/P2025030600123.htm",
             u"https://港融財經網.hk/articles/1", u"http://例子.測試/", u"https://пример.рф/новости",
             u"https://ελληνικά.gr/", u"https://日本語.jp/", u"https://한국어.kr/", u"https://xn--fiqs8s.cn/",
             u"mailto:desk@example.org", u"not a link at all", u"", u"https://", u"https://例子abc.com/" }) {
        INFO(QString::fromUtf16(link).toStdString());
        CHECK_FALSE(HostCheck::lookAlike(QString::fromUtf16(link)).has_value());
    }
}
