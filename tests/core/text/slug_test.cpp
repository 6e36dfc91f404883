#include "core/text/slug.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

TEST_CASE("Chinese headlines become toneless pinyin", "[text]")
{
    CHECK(Slug::make(u"香港科技園", Language::ZhHantHK) == u"xiang-gang-ke-ji-yuan"_s);
    CHECK(Slug::make(u"香港科技园", Language::ZhHans) == u"xiang-gang-ke-ji-yuan"_s);
    CHECK(Slug::make(u"【etnet 30周年】多重慶祝活動一浪接一浪,好禮連環賞!", Language::ZhHantHK)
        == u"etnet-30-zhou-nian-duo-zhong-qing-zhu-huo-dong-yi-lang-jie-yi-lang-hao-li-lian"_s);
}

TEST_CASE("English headlines become lowercase words", "[text]")
{
    const QString slug
        = Slug::make(u"Xinhua Silk Road: E. China Hangzhou Linping holds micro drama conference "
                     "to boost high-quality development",
            Language::En);
    CHECK(slug == u"xinhua-silk-road-e-china-hangzhou-linping-holds-micro-drama-conference-to-boost"_s);
    CHECK(slug.size() <= Slug::MaxLength);
    CHECK(Slug::make(u"China’s Café Growth", Language::En) == u"chinas-cafe-growth"_s);
}

TEST_CASE("long slugs are cut at a word boundary", "[text]")
{
    const QString slug = Slug::make(
        u"【與拍賣官看藝術】畢加索的市場潛能有多強?亞洲收藏家如何從新角度鑑賞?► 即睇", Language::ZhHantHK);
    CHECK(slug.size() <= Slug::MaxLength);
    CHECK(slug.startsWith(u"yu-pai-mai-guan-kan-yi-shu-bi-jia-suo-de-shi-chang"_s));
    CHECK_FALSE(slug.endsWith(u'-'));
    CHECK(Slug::isSafe(slug));
    const QString one = Slug::make(QString(200, u'a'), Language::En);
    CHECK(one.size() == Slug::MaxLength);
}

TEST_CASE("a slug is never empty and never a path", "[text]")
{
    CHECK(Slug::make(u"", Language::En) == u"article"_s);
    CHECK(Slug::make(u"！？……", Language::ZhHantHK, u"a1b2") == u"a1b2"_s);
    CHECK(Slug::make(u"../../etc/passwd", Language::En) == u"etc-passwd"_s);
    CHECK(Slug::make(u"..", Language::En, u"../\\x") == u"x"_s);
    CHECK(Slug::make(u"\u0001\u0002/\\", Language::En, u"/") == u"article"_s);
    for (const QString &input : { u"a/b\\c..d"_s, u"\t\n"_s, u"香港/深圳"_s, u"C++ & Qt"_s }) {
        const QString slug = Slug::make(input, Language::En);
        INFO(slug.toStdString());
        CHECK(Slug::isSafe(slug));
        CHECK_FALSE(slug.contains(u".."_s));
    }
}
