#include "core/text/segmenter.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

TEST_CASE("Chinese is split into dictionary words", "[text]")
{
    const QStringList words = Segmenter::words(u"香港科技園今日舉行記者會");
    CHECK(words.contains(u"香港"_s));
    CHECK(words.contains(u"記者會"_s));
    CHECK(words.join(QString()) == u"香港科技園今日舉行記者會"_s);
}

TEST_CASE("punctuation and spaces are not words", "[text]")
{
    const QStringList words = Segmenter::words(u"畢加索的市場潛能有多強？亞洲收藏家，「如何」鑑賞 ► 即睇");
    for (const QString &word : words) {
        INFO(word.toStdString());
        CHECK_FALSE(word.contains(u'？'));
        CHECK_FALSE(word.contains(u'，'));
        CHECK_FALSE(word.contains(u'「'));
        CHECK_FALSE(word.contains(u' '));
        CHECK_FALSE(word.contains(u'►'));
    }
    CHECK(words.contains(u"亞洲"_s));
}

TEST_CASE("English words and numbers stay whole", "[text]")
{
    const QStringList words
        = Segmenter::words(u"The 2nd Microshort Drama Conference, worth HK$3,980 (3.5%).");
    CHECK(words
        == QStringList { u"The"_s, u"2nd"_s, u"Microshort"_s, u"Drama"_s, u"Conference"_s, u"worth"_s,
            u"HK"_s, u"3,980"_s, u"3.5"_s });
}

TEST_CASE("mixed lines keep both scripts", "[text]")
{
    const QStringList words = Segmenter::words(u"etnet榮獲HKEX Awards 2023「最佳證券數據供應商」大獎");
    CHECK(words.first() == u"etnet"_s);
    CHECK(words.contains(u"HKEX"_s));
    CHECK(words.contains(u"2023"_s));
    CHECK(words.contains(u"證券"_s));
}

TEST_CASE("a cut lands on a word boundary", "[text]")
{
    const QString text = u"Microshort Drama"_s;
    CHECK(Segmenter::boundaryBefore(text, 5) == 0);
    CHECK(Segmenter::boundaryBefore(text, 10) == 10);
    CHECK(Segmenter::boundaryBefore(text, 100) == text.size());
}
