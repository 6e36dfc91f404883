// Another client's changes reach this one's change signals: a second connection to the
// same portal stands for a colleague's PortalDesk. Runs on both engines.

#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/changewatch.h"
#include "storetesting.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("another editor's saves and section changes reach this editor's change signals", "[store][watch]")
{
    auto portal = Testing::seededPortal();
    auto opened = Database::open(portal.database->address());
    REQUIRE(opened.has_value());
    const DatabasePtr colleague = *opened;

    ChangeWatch watch(portal.database);
    REQUIRE(watch.start().has_value());
    QSignalSpy articles(portal.database.get(), &Database::articlesChanged);
    QSignalSpy categories(portal.database.get(), &Database::categoriesChanged);

    const Article created = ArticleStore(colleague).create(Testing::sampleArticle()).value();
    REQUIRE(articles.wait(5000));
    const QStringList ids = articles.takeFirst().first().toStringList();
    if (Testing::onPostgres())
        CHECK(ids == QStringList { created.id }); // the server says which
    else
        CHECK(ids.isEmpty()); // SQLite only knows that something changed

    Article edited = created;
    edited.headline = QStringLiteral("同事改了標題");
    REQUIRE(ArticleStore(colleague).save(edited).has_value());
    REQUIRE((articles.size() > 0 || articles.wait(5000)));

    REQUIRE(CategoryStore(colleague, CategoryStore::Kind::Sections)
                .put({ QStringLiteral("sport"), { { Language::En, QStringLiteral("Sport") } }, 3 }));
    REQUIRE((categories.size() > 0 || categories.wait(5000)));
}

TEST_CASE("this editor's own saves are not announced back to it a second time", "[store][watch]")
{
    auto portal = Testing::seededPortal();
    ChangeWatch watch(portal.database);
    REQUIRE(watch.start().has_value());
    QSignalSpy articles(portal.database.get(), &Database::articlesChanged);
    REQUIRE(ArticleStore(portal.database).create(Testing::sampleArticle()).has_value());
    CHECK(articles.size() == 1); // the store's own signal
    QTest::qWait(4 * ChangeWatch::PollMs);
    CHECK(articles.size() == 1);
}
