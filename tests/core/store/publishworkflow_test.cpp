// What "Published" means to the store, and URLs that stay put (issue 15).
#include "core/store/articlestore.h"
#include "core/store/sql.h"
#include "core/text/slug.h"
#include "storetesting.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

Article draftOf(const QString &headline)
{
    Article article = Testing::sampleArticle(headline);
    article.slug.clear();
    article.status = ArticleStatus::Draft;
    article.publishAt = {};
    return article;
}

} // namespace

TEST_CASE("an article set to go live later is stored as Scheduled, never as Published", "[store][workflow]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    Article article = draftOf(QStringLiteral("港股半日升200點"));
    article.status = ArticleStatus::Published;
    article.publishAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    const SaveResult created = store.create(article);
    REQUIRE(created.has_value());
    CHECK(created->status == ArticleStatus::Scheduled);
    CHECK(store.get(created->id)->status == ArticleStatus::Scheduled);

    // Shown as Scheduled with its time in the portal's zone, 24-hour.
    const QTimeZone hongKong("Asia/Hong_Kong");
    const QDateTime at(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc());
    CHECK(shownStatusText(ArticleStatus::Published, at, {}, at.addSecs(-60), hongKong)
        == u"Scheduled for 2026-12-02 18:00 HKT");
    CHECK(shownStatus(ArticleStatus::Scheduled, at, at.addSecs(60)) == ArticleStatus::Published);
    CHECK(shownStatusText(ArticleStatus::Published, at, at.addSecs(7200), at.addSecs(60), hongKong)
        == u"Published, embargoed until 2026-12-02 20:00 HKT");
}

TEST_CASE(
    "a page's address is fixed when it first goes live; headline edits never move it", "[store][workflow]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    SaveResult saved = store.create(draftOf(QStringLiteral("Hang Seng opens higher")));
    REQUIRE(saved.has_value());
    CHECK(saved->slug.isEmpty()); // a draft's address is not decided yet

    Article editing = *saved;
    editing.headline = QStringLiteral("Hang Seng opens higher on tech");
    editing.status = ArticleStatus::Published;
    editing.publishAt = QDateTime::currentDateTimeUtc();
    saved = store.save(editing);
    REQUIRE(saved.has_value());
    const QString fixed = saved->slug;
    CHECK(fixed == Slug::make(u"Hang Seng opens higher on tech", Language::En, saved->id));
    CHECK_FALSE(fixed.isEmpty());

    // A typo fixed in the live headline: same slug, no retired address.
    editing = *saved;
    editing.headline = QStringLiteral("Hang Seng opens higher on tech stocks");
    saved = store.save(editing);
    REQUIRE(saved.has_value());
    CHECK(saved->slug == fixed);
    // Clearing the slug field does not move the page either.
    editing = *saved;
    editing.slug.clear();
    saved = store.save(editing);
    REQUIRE(saved.has_value());
    CHECK(saved->slug == fixed);
    CHECK(store.retiredSlugs()->isEmpty());

    // A deliberate change retires the old slug, which the export redirects.
    editing = *saved;
    editing.slug = QStringLiteral("hang-seng-tech-rally");
    saved = store.save(editing);
    REQUIRE(saved.has_value());
    CHECK(store.retiredSlugs()->value(saved->id) == QStringList { fixed });
    // Unpublished and renamed again: both old addresses were public once.
    editing = *saved;
    editing.status = ArticleStatus::Draft;
    editing.slug = QStringLiteral("hang-seng-rally");
    saved = store.save(editing);
    REQUIRE(saved.has_value());
    CHECK(store.retiredSlugs()->value(saved->id).size() == 2);
    // Going back to an old slug brings that address back into use; the one the draft had
    // for a while was never public, so nothing redirects from it.
    editing = *saved;
    editing.slug = fixed;
    editing.status = ArticleStatus::Published;
    saved = store.save(editing);
    REQUIRE(saved.has_value());
    CHECK(store.retiredSlugs()->value(saved->id) == QStringList { QStringLiteral("hang-seng-tech-rally") });
}

TEST_CASE("a live article saved before slugs were fixed keeps the address its old headline made",
    "[store][workflow]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    Article old = draftOf(QStringLiteral("恒指高開"));
    SaveResult saved = store.create(old);
    REQUIRE(saved.has_value());
    // As a live article with no slug was stored before: the page's name came from the headline.
    REQUIRE(Sql::run(Sql::connection(*portal.database),
        QStringLiteral("UPDATE articles SET status = 'published', publish_at = ? WHERE id = ?"),
        { Sql::fromTime(QDateTime(QDate(2024, 11, 11), QTime(12, 47), QTimeZone::utc())), saved->id })
                .has_value());
    Article live = *store.get(saved->id);
    REQUIRE(live.slug.isEmpty());
    const QString readersHave = Slug::make(live.headline, live.language, live.id);
    live.headline = QStringLiteral("恒指高開逾百點");
    saved = store.save(live);
    REQUIRE(saved.has_value());
    CHECK(saved->slug == readersHave);

    // Had the editor given it a slug of their own instead, the old address would redirect.
    Article renamed = *store.create(draftOf(QStringLiteral("港股收市")));
    REQUIRE(Sql::run(Sql::connection(*portal.database),
        QStringLiteral("UPDATE articles SET status = 'published', publish_at = ? WHERE id = ?"),
        { Sql::fromTime(QDateTime(QDate(2024, 11, 11), QTime(12, 47), QTimeZone::utc())), renamed.id })
                .has_value());
    renamed = *store.get(renamed.id);
    renamed.slug = QStringLiteral("hsi-close");
    REQUIRE(store.save(renamed).has_value());
    CHECK(store.retiredSlugs()->value(renamed.id)
        == QStringList { Slug::make(u"港股收市", Language::ZhHantHK, renamed.id) });
}
