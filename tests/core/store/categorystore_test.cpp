#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/portalstore.h"
#include "storetesting.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("sections keep names per language and their order", "[store]")
{
    auto portal = Testing::seededPortal();
    CategoryStore sections(portal.database, CategoryStore::Kind::Sections);
    auto list = sections.list();
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).names.value(Language::ZhHantHK) == u"財經新聞");
    CHECK(pick(list->at(0).names, Language::ZhHans) == u"財經新聞");
    CHECK(pick(list->at(0).names, Language::En) == u"Finance");

    REQUIRE(sections.reorder({ QStringLiteral("opinion"), QStringLiteral("finance") }));
    CHECK(sections.list()->at(0).key == u"opinion");

    CHECK(sections.put({ QStringLiteral("Bad Key"), { { Language::En, QStringLiteral("x") } }, 3 })
              .error()
              .field
        == u"key");
    CHECK(sections.put({ QStringLiteral("empty"), {}, 3 }).error().field == u"names");

    REQUIRE(ArticleStore(portal.database).create(Testing::sampleArticle()));
    auto removal = sections.remove(QStringLiteral("finance"));
    REQUIRE_FALSE(removal.has_value());
    CHECK(removal.error().message.contains(QStringLiteral("1")));
    REQUIRE(sections.remove(QStringLiteral("opinion")));
}

TEST_CASE("portal settings default sensibly and validate", "[store]")
{
    auto portal = Testing::freshPortal();
    PortalStore store(portal.database);
    auto settings = store.get();
    REQUIRE(settings.has_value());
    CHECK(settings->timeZone == u"Asia/Hong_Kong");
    CHECK(settings->defaultEdition == Language::ZhHantHK);

    Portal changed = *settings;
    changed.name = { { Language::ZhHantHK, QStringLiteral("港融財經網") },
        { Language::En, QStringLiteral("HK Finance Desk") } };
    changed.baseUrl = QStringLiteral("https://news.example.hk/");
    REQUIRE(store.put(changed));
    CHECK(store.get().value() == changed);

    changed.timeZone = QStringLiteral("Mars/Olympus");
    CHECK(store.put(changed).error().field == u"time_zone");
    changed.timeZone = QStringLiteral("Asia/Hong_Kong");
    changed.baseUrl = QStringLiteral("ftp://x");
    CHECK(store.put(changed).error().field == u"base_url");
}

TEST_CASE("a column still on articles is not removed, so no article silently loses it", "[store]")
{
    auto portal = Testing::seededPortal();
    CategoryStore columns(portal.database, CategoryStore::Kind::Columns);
    REQUIRE(columns.put(
        { QStringLiteral("money-tips"), { { Language::ZhHantHK, QStringLiteral("貨幣攻略") } }, 1 }));
    ArticleStore articles(portal.database);
    Article article = Testing::sampleArticle();
    article.columns = { QStringLiteral("money-tips") };
    Article saved = articles.create(article).value();

    auto refused = columns.remove(QStringLiteral("money-tips"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("money-tips")));
    CHECK(articles.get(saved.id)->columns == QStringList { QStringLiteral("money-tips") });

    saved.columns.clear();
    REQUIRE(articles.save(saved));
    CHECK(columns.remove(QStringLiteral("money-tips")).has_value());
}
