#include "core/text/collation.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

TEST_CASE("Traditional names sort by stroke count", "[text]")
{
    // 王 (4 strokes), 李 (7), 陳 (11), 黃 (12), 鍾 (17)
    QStringList names { u"陳大文"_s, u"鍾小姐"_s, u"王先生"_s, u"黃太"_s, u"李四"_s };
    Collation::sort(names, Language::ZhHantHK);
    CHECK(names == QStringList { u"王先生"_s, u"李四"_s, u"陳大文"_s, u"黃太"_s, u"鍾小姐"_s });
}

TEST_CASE("Simplified names sort by pinyin", "[text]")
{
    // chen, huang, li, wang, zhong
    QStringList names { u"王先生"_s, u"钟小姐"_s, u"陈大文"_s, u"李四"_s, u"黄太"_s };
    Collation::sort(names, Language::ZhHans);
    CHECK(names == QStringList { u"陈大文"_s, u"黄太"_s, u"李四"_s, u"王先生"_s, u"钟小姐"_s });
}

TEST_CASE("English sorts alphabetically, ignoring case", "[text]")
{
    QStringList names { u"zhou"_s, u"Chen"_s, u"luo"_s, u"Ängström"_s };
    Collation::sort(names, Language::En);
    CHECK(names == QStringList { u"Ängström"_s, u"Chen"_s, u"luo"_s, u"zhou"_s });
    CHECK(Collation::compare(u"apple", u"Banana", Language::En) < 0);
}
