#include "core/content/rules.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("slugs, keys, links and file names are checked", "[content]")
{
    CHECK(Rules::isSafeSlug(u"xiang-gang-ke-ji-yuan"));
    CHECK_FALSE(Rules::isSafeSlug(u"Hong-Kong"));
    CHECK_FALSE(Rules::isSafeSlug(u"a--b"));
    CHECK_FALSE(Rules::isSafeSlug(u"../etc"));
    CHECK_FALSE(Rules::isSafeSlug(QString(81, u'a')));
    CHECK(Rules::isSafeSlug(QString(80, u'a')));
    CHECK(Rules::isSafeSlug(u"2024"));
    CHECK_FALSE(Rules::isSafeSlug(u""));
    CHECK_FALSE(Rules::isSafeSlug(u"-a"));
    CHECK_FALSE(Rules::isSafeSlug(u"a-"));
    CHECK_FALSE(Rules::isSafeSlug(u"a_b"));
    CHECK_FALSE(Rules::isSafeSlug(u"港股"));

    CHECK(Rules::isSafeKey(u"sidebar.feature"));
    CHECK(Rules::isSafeKey(u"great-power-rivalry"));
    CHECK_FALSE(Rules::isSafeKey(u"財經"));
    CHECK_FALSE(Rules::isSafeKey(u""));
    CHECK(Rules::isSafeKey(u"a_b.c-d"));
    CHECK_FALSE(Rules::isSafeKey(u"a._b"));
    CHECK_FALSE(Rules::isSafeKey(u".a"));
    CHECK_FALSE(Rules::isSafeKey(u"a."));
    CHECK_FALSE(Rules::isSafeKey(u"Finance"));
    CHECK_FALSE(Rules::isSafeKey(QString(65, u'a')));

    CHECK(Rules::isWebLink(QStringLiteral("https://en.imsilkroad.com/p/343069.html")));
    CHECK(Rules::isWebLink(QStringLiteral("http://example.com")));
    CHECK_FALSE(Rules::isWebLink(QStringLiteral("javascript:alert(1)")));
    CHECK_FALSE(Rules::isWebLink(QStringLiteral("https:/broken")));
    CHECK_FALSE(Rules::isWebLink(QStringLiteral("example.com")));

    CHECK(Rules::isArticleReference(u"article:a-linping"));
    CHECK_FALSE(Rules::isArticleReference(u"article:../x"));

    CHECK(Rules::isSafeRelativePath(u"photos/stage.png"));
    CHECK_FALSE(Rules::isSafeRelativePath(u"../stage.png"));
    CHECK_FALSE(Rules::isSafeRelativePath(u"/etc/passwd"));
    CHECK_FALSE(Rules::isSafeRelativePath(u"photos\\x.png"));
    CHECK(Rules::isSafeRelativePath(u"zh-hant/articles/a1-story.html"));
    CHECK_FALSE(Rules::isSafeRelativePath(u"zh-hant//a.html"));
    CHECK_FALSE(Rules::isSafeRelativePath(u"zh-hant/"));
    CHECK_FALSE(Rules::isSafeRelativePath(u"zh-hant/./a.html"));
    CHECK_FALSE(Rules::isSafeFileName(u"a\nb"));
    // NAME_MAX counts UTF-8 bytes: 85 CJK characters fit (255 bytes), 86 do not.
    CHECK(Rules::isSafeFileName(QString(85, QChar(0x65B0))));
    CHECK_FALSE(Rules::isSafeFileName(QString(86, QChar(0x65B0))));
    CHECK_FALSE(Rules::isSafeFileName(QString(QString(QChar(0xD800)) + u"x")));
}
