#include "core/search/searchtokens.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

QStringList texts(const QList<SearchToken> &tokens)
{
    QStringList out;
    for (const SearchToken &token : tokens)
        out.append(token.text);
    return out;
}

} // namespace

TEST_CASE("folding makes one script, one case and one width, and remembers the original offsets", "[search]")
{
    const QString original = QStringLiteral("香港發展 ＨＳＢＣ Economy");
    const FoldedText folded = SearchTokens::fold(original);
    CHECK(folded.text == QStringLiteral("香港发展 hsbc economy"));
    REQUIRE(folded.origin.size() == folded.text.size() + 1);
    CHECK(folded.origin.constLast() == original.size());
    const qsizetype at = folded.text.indexOf(QStringLiteral("hsbc"));
    CHECK(original.mid(folded.origin.at(at), folded.origin.at(at + 4) - folded.origin.at(at))
        == QStringLiteral("ＨＳＢＣ"));
}

TEST_CASE("folding keeps offsets right when one character becomes several", "[search]")
{
    const QString original = QStringLiteral("Café ﬁnal");
    const FoldedText folded = SearchTokens::fold(original);
    CHECK(folded.text == QStringLiteral("café final"));
    const qsizetype at = folded.text.indexOf(QStringLiteral("final"));
    CHECK(folded.origin.at(at) == original.indexOf(u'ﬁ'));
    CHECK(folded.origin.at(at + 5) == original.size());
}

TEST_CASE("tokens are words and CJK runs without punctuation", "[search]")
{
    const QString folded = SearchTokens::fold(QStringLiteral("「港股」升 2.5%，HSBC-led rally")).text;
    const QStringList words = texts(SearchTokens::tokens(folded));
    CHECK(words.contains(QStringLiteral("hsbc")));
    CHECK(words.contains(QStringLiteral("led")));
    CHECK(words.contains(QStringLiteral("2")));
    CHECK_FALSE(words.join(QString()).contains(u'「'));
    CHECK_FALSE(words.join(QString()).contains(u'%'));
}

TEST_CASE("grams overlap inside a run and never cross into the next", "[search]")
{
    const QString words = SearchTokens::wordsValue(
        SearchTokens::tokens(SearchTokens::fold(QStringLiteral("香港股市，升")).text));
    const QStringList grams = SearchTokens::gramsValue(words).split(u' ');
    CHECK(grams.contains(QStringLiteral("港股")));
    CHECK(grams.contains(QStringLiteral("市")));
    CHECK(grams.contains(QStringLiteral("升")));
    CHECK_FALSE(grams.contains(QStringLiteral("市升")));
    CHECK(SearchTokens::bigrams(QStringLiteral("发展中"))
        == QStringList { QStringLiteral("发展"), QStringLiteral("展中") });
    CHECK(SearchTokens::bigrams(QStringLiteral("港")) == QStringList { QStringLiteral("港") });
}
