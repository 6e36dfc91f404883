#include "core/search/searchquery.h"
#include "core/search/searchschema.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("queries understand phrases, exclusions and prefixes", "[search]")
{
    const ParsedQuery query = SearchQuery::parse(QStringLiteral("econom* \"Hong Kong\" -Macau 發展"));
    REQUIRE(query.required.size() == 3);
    REQUIRE(query.excluded.size() == 1);
    CHECK(query.required.at(0).parts.at(0).words == QStringList { QStringLiteral("econom") });
    CHECK(query.required.at(0).parts.at(0).prefix);
    CHECK(query.required.at(1).parts.at(0).words
        == QStringList { QStringLiteral("hong"), QStringLiteral("kong") });
    CHECK(query.required.at(2).parts.at(0).cjk == QStringLiteral("发展"));
    CHECK(query.excluded.at(0).parts.at(0).words == QStringList { QStringLiteral("macau") });
}

TEST_CASE("FTS syntax typed by a person becomes quoted text", "[search]")
{
    for (const char *typed : { "\"", "*", "^", "-", ":", "AND", "NEAR(", "(((", "'); DROP TABLE articles;--",
             "title:港股", "a OR b", "{h_words}: x", "\"unbalanced" }) {
        const QString expression
            = SearchSchema::matchExpression(SearchQuery::parse(QString::fromUtf8(typed)));
        INFO(typed << " → " << expression.toStdString());
        // Outside the quoted tokens only the expression's own syntax remains.
        QString outside;
        bool quoted = false;
        for (const QChar c : expression) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted)
                outside += c;
        }
        CHECK_FALSE(quoted);
        CHECK_FALSE(outside.contains(u'^'));
        CHECK_FALSE(outside.contains(u';'));
        CHECK_FALSE(outside.contains(u'\''));
    }
    CHECK(SearchSchema::matchExpression(SearchQuery::parse(QStringLiteral("((( \" * ^ -"))).isEmpty());
}

TEST_CASE("a very long query is cut to a bounded number of terms", "[search]")
{
    QString text;
    while (text.size() < 10 * 1024)
        text += QStringLiteral("word%1 ").arg(text.size());
    const ParsedQuery query = SearchQuery::parse(text);
    CHECK(query.required.size() <= SearchQuery::maxClauses);
    CHECK_FALSE(query.isEmpty());
}
