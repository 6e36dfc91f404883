#include "core/search/articlesearch.h"
#include "core/store/articlestore.h"
#include "searchtesting.h"
#include "storetesting.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using Testing::find;
using Testing::textArticle;

namespace {

Testing::TestPortal newsroom()
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    const QList<Article> articles {
        textArticle(QStringLiteral("hk-growth"), QStringLiteral("大灣區經濟發展提速"),
            QStringLiteral("特區政府表示，香港將繼續推動創新科技發展，港股通成交額創新高。")),
        textArticle(QStringLiteral("cn-growth"), QStringLiteral("经济发展新动能"),
            QStringLiteral("内地经济稳中向好，科技企业发展迅速。")),
        textArticle(QStringLiteral("hsi"), QStringLiteral("恒指半日升 200 點"),
            QStringLiteral("港股今早高開，騰訊及滙豐領漲，成交額約 500 億元。")),
        textArticle(QStringLiteral("en-economy"),
            QStringLiteral("Hong Kong economy grows 2.7% in third quarter"),
            QStringLiteral(
                "The Hong Kong economy expanded faster than expected, helped by tourism and exports."),
            Language::En),
        textArticle(QStringLiteral("en-economic"), QStringLiteral("Economic outlook for Asia"),
            QStringLiteral("Economists expect rates in Kong Hong style puzzles to stay high; Macau gaming "
                           "revenue rose."),
            Language::En),
        textArticle(QStringLiteral("mixed"), QStringLiteral("HSBC 業績勝預期"),
            QStringLiteral("滙豐控股（HSBC）公布第三季業績，除稅前利潤按年上升。")),
    };
    for (const Article &article : articles)
        REQUIRE(store.create(article).has_value());
    return portal;
}

} // namespace

TEST_CASE("Chinese queries find both scripts", "[search]")
{
    auto portal = newsroom();
    const QStringList growth { QStringLiteral("cn-growth"), QStringLiteral("hk-growth") };
    CHECK(find(portal.database, QStringLiteral("发展")) == growth); // Simplified finds Traditional
    CHECK(find(portal.database, QStringLiteral("發展")) == growth); // and the other way round
    CHECK(find(portal.database, QStringLiteral("經濟發展")) == growth);
    CHECK(find(portal.database, QStringLiteral("经济发展")) == growth);
}

TEST_CASE("one- and two-character Chinese queries match inside longer words", "[search]")
{
    auto portal = newsroom();
    // 港股 is inside 港股通 in one text and stands alone in another.
    CHECK(find(portal.database, QStringLiteral("港股"))
        == QStringList { QStringLiteral("hk-growth"), QStringLiteral("hsi") });
    CHECK(find(portal.database, QStringLiteral("滙"))
        == QStringList { QStringLiteral("hsi"), QStringLiteral("mixed") });
    CHECK(find(portal.database, QStringLiteral("汇丰"))
        == QStringList { QStringLiteral("hsi"), QStringLiteral("mixed") });
    CHECK(find(portal.database, QStringLiteral("騰")) == QStringList { QStringLiteral("hsi") });
    CHECK(find(portal.database, QStringLiteral("股通成交")) == QStringList { QStringLiteral("hk-growth") });
    CHECK(find(portal.database, QStringLiteral("港股通成交額創新低")).isEmpty());
}

TEST_CASE("English words, prefixes and phrases", "[search]")
{
    auto portal = newsroom();
    CHECK(find(portal.database, QStringLiteral("economy")) == QStringList { QStringLiteral("en-economy") });
    CHECK(find(portal.database, QStringLiteral("ECONOMY")) == QStringList { QStringLiteral("en-economy") });
    CHECK(find(portal.database, QStringLiteral("econom*"))
        == QStringList { QStringLiteral("en-economic"), QStringLiteral("en-economy") });
    CHECK(find(portal.database, QStringLiteral("\"hong kong\""))
        == QStringList { QStringLiteral("en-economy") });
    CHECK(find(portal.database, QStringLiteral("hong kong"))
        == QStringList { QStringLiteral("en-economic"), QStringLiteral("en-economy") });
    CHECK(find(portal.database, QStringLiteral("econom* -macau"))
        == QStringList { QStringLiteral("en-economy") });
    CHECK(find(portal.database, QStringLiteral("econom* -\"hong kong\""))
        == QStringList { QStringLiteral("en-economic") });
}

TEST_CASE("mixed Chinese and English queries need every term", "[search]")
{
    auto portal = newsroom();
    CHECK(find(portal.database, QStringLiteral("HSBC 業績")) == QStringList { QStringLiteral("mixed") });
    CHECK(find(portal.database, QStringLiteral("hsbc业绩")) == QStringList { QStringLiteral("mixed") });
    CHECK(find(portal.database, QStringLiteral("港股 -騰訊")) == QStringList { QStringLiteral("hk-growth") });
    CHECK(find(portal.database, QStringLiteral("HSBC tourism")).isEmpty());
}

TEST_CASE("highlights cover exactly what matched in the original text", "[search]")
{
    auto portal = newsroom();
    const struct
    {
        const char *query;
        const char *id;
        QStringList expected;
    } cases[] = {
        { "发展", "hk-growth", { QStringLiteral("發展") } },
        { "港股", "hsi", { QStringLiteral("港股") } },
        { "滙 500", "hsi", { QStringLiteral("滙"), QStringLiteral("500") } },
        { "econom*", "en-economy", { QStringLiteral("economy"), QStringLiteral("economy") } },
        { "\"hong kong\"", "en-economy", { QStringLiteral("Hong Kong") } },
        { "hsbc 业绩", "mixed", { QStringLiteral("HSBC"), QStringLiteral("業績") } },
    };
    for (const auto &c : cases) {
        INFO(c.query);
        SearchRequest request;
        request.text = QString::fromUtf8(c.query);
        auto hits = ArticleSearch(portal.database).search(request);
        REQUIRE(hits.has_value());
        const auto hit = std::find_if(hits->cbegin(), hits->cend(),
            [&](const SearchHit &h) { return h.id == QString::fromUtf8(c.id); });
        REQUIRE(hit != hits->cend());
        QStringList highlighted;
        for (const Highlight &h : hit->highlights) {
            REQUIRE(h.start >= 0);
            REQUIRE(h.start + h.length <= hit->snippet.size());
            highlighted.append(hit->snippet.mid(h.start, h.length));
        }
        INFO(hit->snippet.toStdString());
        for (const QString &expected : c.expected)
            CHECK(highlighted.contains(expected));
        for (const QString &text : highlighted)
            CHECK(c.expected.contains(text));
    }
}

TEST_CASE("a hit in the headline ranks above one in the body", "[search]")
{
    auto portal = Testing::freshPortal();
    ArticleStore store(portal.database);
    REQUIRE(store.create(textArticle(
        QStringLiteral("body"), QStringLiteral("港股收市"), QStringLiteral("市場消息指滙豐將公布業績。"))));
    REQUIRE(store.create(textArticle(QStringLiteral("headline"), QStringLiteral("滙豐公布業績"),
        QStringLiteral("市場消息指銀行股將公布業績。"))));
    SearchRequest request;
    request.text = QStringLiteral("汇丰");
    auto hits = ArticleSearch(portal.database).search(request);
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() == 2);
    CHECK(hits->at(0).id == QStringLiteral("headline"));
    CHECK(hits->at(0).score > hits->at(1).score);
}

TEST_CASE("filters narrow the hits", "[search]")
{
    auto portal = newsroom();
    ArticleStore store(portal.database);
    Article published = textArticle(
        QStringLiteral("published"), QStringLiteral("發展局公布新計劃"), QStringLiteral("內容"));
    published.section = QStringLiteral("finance");
    published.status = ArticleStatus::Published;
    published.publishAt = QDateTime(QDate(2024, 11, 11), QTime(9, 0), QTimeZone::utc());
    REQUIRE(store.create(published).has_value());

    SearchRequest request;
    request.text = QStringLiteral("发展");
    request.section = QStringLiteral("finance");
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request))
        == QStringList { QStringLiteral("published") });
    request.section.clear();
    request.status = ArticleStatus::Published;
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request))
        == QStringList { QStringLiteral("published") });
    // The status as editors see it: published for a later time is Scheduled until then.
    request.status = ArticleStatus::Scheduled;
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request)).isEmpty());
    request.moment = QDateTime(QDate(2024, 11, 11), QTime(8, 0), QTimeZone::utc());
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request))
        == QStringList { QStringLiteral("published") });
    request.status = ArticleStatus::Published;
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request)).isEmpty());
    request.moment = {};
    request.status = ArticleStatus::Draft; // the other 发展 stories are drafts
    CHECK_FALSE(Testing::ids(ArticleSearch(portal.database).search(request)).contains(u"published"));
    CHECK_FALSE(Testing::ids(ArticleSearch(portal.database).search(request)).isEmpty());
    request.status.reset();
    request.from = QDateTime(QDate(2024, 11, 1), QTime(0, 0), QTimeZone::utc());
    request.to = QDateTime(QDate(2024, 11, 30), QTime(0, 0), QTimeZone::utc());
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request))
        == QStringList { QStringLiteral("published") });
    request = {};
    request.text = QStringLiteral("economy");
    request.language = Language::ZhHantHK;
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request)).isEmpty());
    request.language = Language::En;
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request))
        == QStringList { QStringLiteral("en-economy") });
}

TEST_CASE("hostile query strings are searched as text and never fail", "[search]")
{
    auto portal = newsroom();
    QString huge;
    while (huge.size() < 10 * 1024)
        huge += QStringLiteral("港股 economy \"(NEAR ");
    const QStringList queries { QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("^"),
        QStringLiteral("-"), QStringLiteral(":"), QStringLiteral("AND"), QStringLiteral("NEAR("),
        QStringLiteral("((("), QStringLiteral("'); DROP TABLE articles;--"), QString(), QStringLiteral("   "),
        huge, QStringLiteral("h_words:港股"), QStringLiteral("economy^2"), QStringLiteral("\"economy"),
        QStringLiteral("economy)"), QStringLiteral("NOT economy"), QStringLiteral("-economy") };
    for (const QString &query : queries) {
        INFO(query.left(40).toStdString());
        SearchRequest request;
        request.text = query;
        auto hits = ArticleSearch(portal.database).search(request);
        REQUIRE(hits.has_value());
    }
    CHECK(find(portal.database, QStringLiteral("\"")).isEmpty());
    CHECK(find(portal.database, QStringLiteral("(((")).isEmpty());
    CHECK(find(portal.database, QStringLiteral("-")).isEmpty()); // nothing to look for
    CHECK(find(portal.database, QStringLiteral("economy^2")).isEmpty()); // "economy 2" as a phrase
    CHECK(find(portal.database, QStringLiteral("\"economy")) == QStringList { QStringLiteral("en-economy") });
    CHECK(find(portal.database, QStringLiteral("economy)")) == QStringList { QStringLiteral("en-economy") });
    CHECK(find(portal.database, QStringLiteral("h_words:港股")).isEmpty()); // "h words 港股", all of it
    CHECK(find(portal.database, QStringLiteral("'); DROP TABLE articles;--")).isEmpty());
    CHECK(ArticleStore(portal.database).count().value() == 6);
    CHECK(find(portal.database, huge).isEmpty());
}

TEST_CASE("only exclusions list everything else, newest first", "[search]")
{
    auto portal = newsroom();
    SearchRequest request;
    request.text = QStringLiteral("-economy");
    auto hits = ArticleSearch(portal.database).search(request);
    CHECK(Testing::ids(hits)
        == QStringList { QStringLiteral("mixed"), QStringLiteral("en-economic"), QStringLiteral("hsi"),
            QStringLiteral("cn-growth"), QStringLiteral("hk-growth") });
    for (const SearchHit &hit : *hits) {
        CHECK_FALSE(hit.snippet.isEmpty());
        CHECK(hit.highlights.isEmpty());
    }
    CHECK(find(portal.database, QStringLiteral("-发展 -HSBC -\"hong kong\""))
        == QStringList { QStringLiteral("en-economic"), QStringLiteral("hsi") });

    request.text = QStringLiteral("-港股");
    request.language = Language::En;
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request))
        == QStringList { QStringLiteral("en-economic"), QStringLiteral("en-economy") });
}

TEST_CASE("the rarer of two words weighs more in the rank", "[search]")
{
    auto portal = Testing::freshPortal();
    ArticleStore store(portal.database);
    REQUIRE(store.create(textArticle(QStringLiteral("common"), QStringLiteral("Markets"),
        QStringLiteral("alpha alpha alpha beta"), Language::En)));
    REQUIRE(store.create(textArticle(QStringLiteral("rare"), QStringLiteral("Markets"),
        QStringLiteral("alpha beta beta beta"), Language::En)));
    for (int i = 0; i < 5; ++i)
        REQUIRE(store.create(textArticle(QStringLiteral("other%1").arg(i), QStringLiteral("Markets"),
            QStringLiteral("alpha gamma"), Language::En)));
    SearchRequest request;
    request.text = QStringLiteral("alpha beta");
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request))
        == QStringList { QStringLiteral("rare"), QStringLiteral("common") });
    request.text = QStringLiteral("beta alpha"); // the order typed does not matter
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request))
        == QStringList { QStringLiteral("rare"), QStringLiteral("common") });
}

TEST_CASE("a phrase matches its words side by side in one field, and nowhere else", "[search]")
{
    auto portal = Testing::freshPortal();
    ArticleStore store(portal.database);
    const QList<Article> articles {
        textArticle(QStringLiteral("side-by-side"), QStringLiteral("Central bank holds rates"),
            QStringLiteral(
                "The central bank said interest rates stay where they are; COVID-19 cases fell.\n\n"
                "Hong Kong 樓市 steadies."),
            Language::En),
        textArticle(QStringLiteral("apart"), QStringLiteral("A bank of central importance"),
            QStringLiteral("Rates of interest rose, the bank said, and central planners agreed."),
            Language::En),
        // "central" ends the headline and "bank" starts the body: not a phrase.
        textArticle(QStringLiteral("across-fields"), QStringLiteral("Markets look central"),
            QStringLiteral("Bank shares led the gains."), Language::En),
    };
    for (const Article &article : articles)
        REQUIRE(store.create(article).has_value());

    const QStringList sideBySide { QStringLiteral("side-by-side") };
    CHECK(find(portal.database, QStringLiteral("\"central bank\"")) == sideBySide);
    CHECK(find(portal.database, QStringLiteral("\"CENTRAL   BANK\"")) == sideBySide);
    CHECK(find(portal.database, QStringLiteral("covid-1*")) == sideBySide); // the last word a prefix
    CHECK(find(portal.database, QStringLiteral("\"rates of interest\""))
        == QStringList { QStringLiteral("apart") });
    CHECK(find(portal.database, QStringLiteral("covid-19")) == sideBySide);
    CHECK(find(portal.database, QStringLiteral("\"kong 樓市\"")) == sideBySide);
    CHECK(find(portal.database, QStringLiteral("\"markets look central bank\"")).isEmpty());
    CHECK(find(portal.database, QStringLiteral("\"bank central\"")).isEmpty());
    CHECK(find(portal.database, QStringLiteral("bank -\"central bank\""))
        == QStringList { QStringLiteral("across-fields"), QStringLiteral("apart") });

    // The article list's text filter reads phrases the same way.
    ArticleFilter filter;
    filter.text = QStringLiteral("\"central bank\"");
    CHECK(store.count(filter).value() == 1);
    filter.text = QStringLiteral("covid-1*");
    CHECK(store.count(filter).value() == 1);
    filter.text = QStringLiteral("covid-2*");
    CHECK(store.count(filter).value() == 0);
}
