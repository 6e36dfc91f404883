#include "core/exchange/interchange.h"
#include "core/search/articlesearch.h"
#include "core/search/searchindex.h"
#include "core/search/searchrows.h"
#include "core/store/articlestore.h"
#include "core/store/migrations.h"
#include "core/store/promostore.h"
#include "searchtesting.h"
#include "storetesting.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using Testing::find;
using Testing::textArticle;

TEST_CASE("the index follows saves, deletes and restored revisions", "[search]")
{
    auto portal = Testing::freshPortal();
    ArticleStore store(portal.database);
    const QStringList story { QStringLiteral("story") };
    Article article = store
                          .create(textArticle(QStringLiteral("story"), QStringLiteral("恒指高開"),
                              QStringLiteral("科技股領漲。")))
                          .value();
    CHECK(find(portal.database, QStringLiteral("科技股")) == story);

    article.body = QStringLiteral("地產股回落。");
    article = store.save(article).value();
    CHECK(find(portal.database, QStringLiteral("科技股")).isEmpty());
    CHECK(find(portal.database, QStringLiteral("地产")) == story);

    const auto revisions = store.revisions(QStringLiteral("story")).value();
    REQUIRE(revisions.size() == 2);
    article = store.restore(QStringLiteral("story"), revisions.constLast().id, article.version).value();
    CHECK(find(portal.database, QStringLiteral("科技股")) == story);
    CHECK(find(portal.database, QStringLiteral("地产")).isEmpty());

    REQUIRE(store.remove(QStringLiteral("story")));
    CHECK(find(portal.database, QStringLiteral("科技股")).isEmpty());
    CHECK(find(portal.database, QStringLiteral("恒指")).isEmpty());
}

TEST_CASE("a refused save leaves the index as it was", "[search]")
{
    auto portal = Testing::freshPortal();
    ArticleStore store(portal.database);
    Article article = store
                          .create(textArticle(QStringLiteral("story"), QStringLiteral("恒指高開"),
                              QStringLiteral("科技股領漲。")))
                          .value();
    Article stale = article;
    article.body = QStringLiteral("地產股回落。");
    REQUIRE(store.save(article));
    stale.body = QStringLiteral("銀行股造好。");
    REQUIRE_FALSE(store.save(stale)); // version conflict
    CHECK(find(portal.database, QStringLiteral("银行")).isEmpty());
    CHECK(find(portal.database, QStringLiteral("地產")) == QStringList { QStringLiteral("story") });
}

TEST_CASE("promos are found, changed and removed", "[search]")
{
    auto portal = Testing::freshPortal();
    PromoStore promos(portal.database);
    Promo promo;
    promo.slot = QStringLiteral("sidebar.feature");
    promo.kicker = QStringLiteral("與拍賣官看藝術");
    promo.text = QStringLiteral("畢加索的市場潛能有多強？");
    promo.callToAction = QStringLiteral("即睇");
    promo.link = QStringLiteral("https://demo.example/art");
    promo = promos.create(promo).value();

    SearchRequest request;
    request.text = QStringLiteral("毕加索");
    auto hits = ArticleSearch(portal.database).search(request);
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0).kind == SearchKind::Promo);
    CHECK(hits->at(0).headline == promo.text);
    request.articles = false;
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request)).size() == 1);
    request.promos = false;
    request.articles = true;
    CHECK(Testing::ids(ArticleSearch(portal.database).search(request)).isEmpty());

    promo.text = QStringLiteral("莫奈的睡蓮");
    promo = promos.save(promo).value();
    CHECK(find(portal.database, QStringLiteral("毕加索")).isEmpty());
    CHECK(find(portal.database, QStringLiteral("睡莲")) == QStringList { promo.id });
    CHECK(find(portal.database, QStringLiteral("拍卖")) == QStringList { promo.id });

    REQUIRE(promos.remove(promo.id));
    CHECK(find(portal.database, QStringLiteral("睡莲")).isEmpty());
}

TEST_CASE("loading a portaldesk/1 file indexes its articles and promos", "[search]")
{
    auto portal = Testing::freshPortal();
    auto loaded = Interchange::loadFile(
        portal.database, QStringLiteral(PORTALDESK_SOURCE_DIR "/resources/demo/portal.json"), {});
    REQUIRE(loaded.has_value());
    CHECK_FALSE(find(portal.database, QStringLiteral("畢加索")).isEmpty());
    CHECK_FALSE(find(portal.database, QStringLiteral("毕加索")).isEmpty());
    CHECK_FALSE(find(portal.database, QStringLiteral("picasso")).isEmpty());
}

TEST_CASE("reindex rebuilds the same index from scratch", "[sqlite][search]")
{
    auto portal = Testing::freshPortal();
    ArticleStore store(portal.database);
    REQUIRE(store.create(textArticle(QStringLiteral("a"), QStringLiteral("港股"), QStringLiteral("滙豐"))));
    REQUIRE(
        store.create(textArticle(QStringLiteral("b"), QStringLiteral("Economy"), QStringLiteral("HSBC"))));
    const QStringList before = find(portal.database, QStringLiteral("hsbc"));

    // Empty the index behind the store's back, as a database from before search would be.
    QSqlDatabase db = QSqlDatabase::database(portal.database->connectionName());
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")));
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("DELETE FROM search_docs")));
    CHECK(find(portal.database, QStringLiteral("hsbc")).isEmpty());

    int reports = 0;
    auto rebuilt = SearchIndex(portal.database).rebuild([&](qsizetype, qsizetype) {
        ++reports;
        return true;
    });
    REQUIRE(rebuilt.has_value());
    CHECK(*rebuilt == 2);
    CHECK(reports > 0);
    CHECK(find(portal.database, QStringLiteral("hsbc")) == before);
    CHECK(find(portal.database, QStringLiteral("港股")) == QStringList { QStringLiteral("a") });

    auto cancelled = SearchIndex(portal.database).rebuild([](qsizetype, qsizetype) { return false; });
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK(find(portal.database, QStringLiteral("hsbc")) == before); // rolled back, still whole
}

TEST_CASE("a database from before search is indexed on the first search", "[sqlite][search]")
{
    auto portal = Testing::freshPortal();
    REQUIRE(
        ArticleStore(portal.database)
            .create(textArticle(QStringLiteral("old"), QStringLiteral("舊文章"), QStringLiteral("發展"))));
    QSqlDatabase db = QSqlDatabase::database(portal.database->connectionName());
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")));
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("DELETE FROM search_docs")));
    REQUIRE(QSqlQuery(db).exec(
        QStringLiteral("INSERT OR REPLACE INTO search_meta (key, value) VALUES ('stale', '1')")));
    CHECK(find(portal.database, QStringLiteral("发展")) == QStringList { QStringLiteral("old") });
}

TEST_CASE("an index written in another format is rebuilt before the next search", "[search]")
{
    auto portal = Testing::freshPortal();
    REQUIRE(ArticleStore(portal.database)
                .create(textArticle(QStringLiteral("kept"), QStringLiteral("Central bank holds"),
                    QStringLiteral("The central bank said so."), Language::En)));
    QSqlDatabase db = QSqlDatabase::database(portal.database->connectionName());
    // As a PortalDesk that wrote the index another way would leave it: nothing found, format 99.
    REQUIRE(SearchRows::clear(db));
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("DELETE FROM search_meta WHERE key = 'format'")));
    REQUIRE(
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO search_meta (key, value) VALUES ('format', '99')")));
    CHECK(
        find(portal.database, QStringLiteral("\"central bank\"")) == QStringList { QStringLiteral("kept") });
    QSqlQuery format(db);
    REQUIRE(format.exec(QStringLiteral("SELECT value FROM search_meta WHERE key = 'format'")));
    REQUIRE(format.next());
    CHECK(format.value(0).toString() != QStringLiteral("99"));
}

TEST_CASE("the article list's text filter goes through the index, newest first", "[search]")
{
    auto portal = Testing::freshPortal();
    ArticleStore store(portal.database);
    REQUIRE(store.create(
        textArticle(QStringLiteral("first"), QStringLiteral("快訊 12"), QStringLiteral("港股"))));
    REQUIRE(store.create(
        textArticle(QStringLiteral("second"), QStringLiteral("快訊 120"), QStringLiteral("發展"))));
    REQUIRE(store.create(
        textArticle(QStringLiteral("third"), QStringLiteral("Economy"), QStringLiteral("HSBC"))));

    ArticleFilter filter;
    filter.text = QStringLiteral("快讯 12"); // as typed: 12 is the start of a number
    auto listed = store.list(filter);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).id == QStringLiteral("second"));
    CHECK(listed->at(1).id == QStringLiteral("first"));
    CHECK(store.count(filter).value() == 2);

    filter.text = QStringLiteral("econ");
    CHECK(store.count(filter).value() == 1);
    filter.text = QStringLiteral("发展");
    CHECK(store.count(filter).value() == 1);
    filter.text = QStringLiteral("-econ"); // as typed: leaves out what starts with econ
    CHECK(store.count(filter).value() == 2);
    filter.text = QStringLiteral("(((");
    CHECK(store.count(filter).value() == 0);
    filter.text = QStringLiteral("'); DROP TABLE articles;--");
    CHECK(store.count(filter).value() == 0);
    CHECK(store.count().value() == 3);
}

TEST_CASE("a prefix finds every word it starts, however many", "[search]")
{
    auto portal = Testing::freshPortal();
    ArticleStore store(portal.database);
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many << QStringLiteral("zeta%1").arg(i);
    REQUIRE(store.create(
        textArticle(QStringLiteral("many"), QStringLiteral("Zeta"), many.join(u' '), Language::En)));
    REQUIRE(store.create(textArticle(
        QStringLiteral("one"), QStringLiteral("Zebra crossing"), QStringLiteral("zebras"), Language::En)));
    const QStringList manyOnly { QStringLiteral("many") };
    CHECK(find(portal.database, QStringLiteral("zeta*")) == manyOnly); // more words than are looked up
    CHECK(find(portal.database, QStringLiteral("zeta3*")) == manyOnly);
    CHECK(find(portal.database, QStringLiteral("zebr*")) == QStringList { QStringLiteral("one") });

    // A word saved later is found by its prefix as well.
    REQUIRE(store.create(
        textArticle(QStringLiteral("later"), QStringLiteral("Zeitgeist"), QString(), Language::En)));
    CHECK(find(portal.database, QStringLiteral("zeit*")) == QStringList { QStringLiteral("later") });
    CHECK(find(portal.database, QStringLiteral("ze* -zeta*"))
        == QStringList { QStringLiteral("later"), QStringLiteral("one") });
    CHECK(find(portal.database, QStringLiteral("zebra* -zebras*")).isEmpty());
}

TEST_CASE("schema step 4 takes the prefix words from an existing index", "[sqlite][search]")
{
    auto portal = Testing::freshPortal();
    ArticleStore store(portal.database);
    REQUIRE(store.create(textArticle(QStringLiteral("old"), QStringLiteral("Economy watch"),
        QStringLiteral("Inflation eases"), Language::En)));
    REQUIRE(store.create(textArticle(QStringLiteral("zh"), QStringLiteral("經濟"), QStringLiteral("通脹"))));
    {
        QSqlDatabase db = QSqlDatabase::database(portal.database->connectionName());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("DROP TABLE search_terms")));
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 3")));
    }
    const QString path = portal.path;
    portal.database.reset();
    // Reopened by the PortalDesk that brought step 4: the later steps are already in the file.
    const Migrations upToStep4(Migrations::schema().steps().mid(0, 4));
    Database::Options options;
    options.migrations = &upToStep4;
    auto reopened = Database::open(path, options);
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->schemaVersion() == 4);
    CHECK(find(*reopened, QStringLiteral("econ*")) == QStringList { QStringLiteral("old") });
    CHECK(find(*reopened, QStringLiteral("infl*")) == QStringList { QStringLiteral("old") });
    QSqlQuery terms(QSqlDatabase::database((*reopened)->connectionName()));
    REQUIRE(terms.exec(
        QStringLiteral("SELECT group_concat(term, ' ') FROM (SELECT term FROM search_terms ORDER BY term)")));
    REQUIRE(terms.next());
    CHECK(terms.value(0).toString() == QStringLiteral("eases economy inflation watch"));
}
