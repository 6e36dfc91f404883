#include "core/store/articlestore.h"
#include "core/store/editlocks.h"
#include "core/store/translationpairs.h"
#include "core/store/trashstore.h"
#include "storetesting.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

// A live story that has been public under an older slug too, with a few revisions.
Article liveStory(ArticleStore &store)
{
    Article article = Testing::sampleArticle(QStringLiteral("央行維持利率不變"));
    article.status = ArticleStatus::Published;
    article.originalLink = QStringLiteral("https://www.prnewswire.com/news/rates-hold");
    Article saved = store.create(article).value();
    saved.slug = QStringLiteral("rates-hold-2");
    return store.save(saved, QStringLiteral("new address")).value();
}

} // namespace

TEST_CASE("an article in the trash is in no list, count, search or export read, and comes back whole",
    "[store][trash]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    TrashStore trash(portal.database);
    const Article live = liveStory(store);
    const Article other = store.create(Testing::sampleArticle(QStringLiteral("恒指收市升 300 點"))).value();
    const int revisions = int(store.revisions(live.id).value().size());
    REQUIRE(revisions == 2);
    const QStringList retired = store.retiredSlugs().value().value(live.id);
    REQUIRE_FALSE(retired.isEmpty());

    REQUIRE(trash.moveToTrash(live.id));
    CHECK(store.count().value() == 1);
    CHECK(store.list().value().size() == 1);
    CHECK(store.list().value().first().id == other.id);
    CHECK(store.get(live.id).error().code == Error::Code::NotFound);
    const QList<Article> exported = store.withStatus(allStatuses()).value();
    for (const Article &article : exported)
        CHECK(article.id != live.id);
    CHECK(store.idWithOriginalLink(live.originalLink).value().isEmpty());
    CHECK_FALSE(store.retiredSlugs().value().contains(live.id));
    CHECK(store.count({ {}, {}, {}, QStringLiteral("央行") }).value() == 0);
    CHECK(store.revisions(live.id).value().isEmpty());

    const QList<TrashedArticle> trashed = trash.list().value();
    REQUIRE(trashed.size() == 1);
    CHECK(trashed.first().id == live.id);
    CHECK(trashed.first().headline == live.headline);
    CHECK(trashed.first().status == ArticleStatus::Published);
    CHECK(trashed.first().trashedBy == u"chan.tai.man");
    CHECK(trashed.first().trashedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    CHECK(trash.count().value() == 1);

    const Article back = trash.restore(live.id).value();
    CHECK(back.version == live.version);
    const Article stored = store.get(live.id).value();
    CHECK(stored.headline == live.headline);
    CHECK(stored.body == live.body);
    CHECK(stored.slug == live.slug);
    CHECK(stored.version == live.version);
    CHECK(stored.createdBy == live.createdBy);
    CHECK(stored.photos.size() == live.photos.size());
    CHECK(stored.columns == live.columns);
    CHECK(store.revisions(live.id).value().size() == revisions);
    CHECK(store.retiredSlugs().value().value(live.id) == retired);
    CHECK(store.count({ {}, {}, {}, QStringLiteral("央行") }).value() == 1);
    CHECK(trash.count().value() == 0);
    // It saves on as before: the version it had goes on.
    Article edited = stored;
    edited.standfirst = QStringLiteral("back from the trash");
    CHECK(store.save(edited).has_value());
}

TEST_CASE("restoring is refused clearly when the article's id or address was taken again", "[store][trash]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    TrashStore trash(portal.database);
    const Article live = liveStory(store);
    REQUIRE(trash.moveToTrash(live.id));

    SECTION("its address")
    {
        Article again = Testing::sampleArticle(QStringLiteral("另一篇"));
        again.slug = live.slug;
        REQUIRE(store.create(again).has_value());
        const auto refused = trash.restore(live.id);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Error::Code::Conflict);
        CHECK(refused.error().message.contains(live.slug));
    }
    SECTION("its id")
    {
        Article again = Testing::sampleArticle(QStringLiteral("另一篇"));
        again.id = live.id;
        again.slug.clear();
        REQUIRE(store.create(again).has_value());
        const auto refused = trash.restore(live.id);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(u"another article now has its id"));
    }
    CHECK(trash.count().value() == 1); // still there to try again
}

TEST_CASE("deleting from the trash and emptying it forget articles for good", "[store][trash]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    TrashStore trash(portal.database);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        Article article = Testing::sampleArticle(QStringLiteral("Story %1").arg(i));
        article.slug.clear();
        ids << store.create(article).value().id;
        REQUIRE(trash.moveToTrash(ids.last()));
    }
    CHECK(trash.moveToTrash(ids.first()).error().code == Error::Code::NotFound);
    CHECK(trash.moveToTrash(QStringLiteral("no-such-id")).error().code == Error::Code::NotFound);
    REQUIRE(trash.deleteForever(ids.first()));
    CHECK(trash.deleteForever(ids.first()).error().code == Error::Code::NotFound);
    CHECK(trash.restore(ids.first()).error().code == Error::Code::NotFound);
    CHECK(trash.count().value() == 2);
    CHECK(trash.empty().value() == 2);
    CHECK(trash.list().value().isEmpty());
    CHECK(store.count().value() == 0);
}

TEST_CASE("an article a colleague has open to edit stays out of the trash; one's own lock goes with it",
    "[store][trash]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    TrashStore trash(portal.database);
    const Article article = store.create(Testing::sampleArticle()).value();
    auto opened = Database::open(portal.database->address());
    REQUIRE(opened.has_value());
    const DatabasePtr colleague = *opened;
    if (colleague->kind() == Database::Kind::Sqlite)
        colleague->setUserName(QStringLiteral("陳大文"));

    REQUIRE(EditLocks(colleague).take(article.id).has_value());
    const auto refused = trash.moveToTrash(article.id);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(colleague->displayName()));
    CHECK(store.get(article.id).has_value());

    REQUIRE(EditLocks(colleague).release(article.id).has_value());
    REQUIRE(EditLocks(portal.database).take(article.id).has_value());
    REQUIRE(trash.moveToTrash(article.id).has_value());
    CHECK_FALSE(EditLocks(portal.database).holder(article.id).value().has_value());
    REQUIRE(trash.restore(article.id).has_value());
    CHECK_FALSE(EditLocks(colleague).holder(article.id).value().has_value()); // free to open again
}

TEST_CASE("a translation comes back into its pair, caught up as far as it was, unless its place was taken",
    "[store][trash]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    TrashStore trash(portal.database);
    Article chinese = Testing::sampleArticle(QStringLiteral("央行維持利率不變"));
    chinese.translationGroup = QStringLiteral("rates-story");
    chinese = store.create(chinese).value();
    Article english = Testing::sampleArticle(QStringLiteral("Central bank holds rates"));
    english.language = Language::En;
    english.slug.clear();
    english.translationGroup = chinese.translationGroup;
    english = store.create(english).value();
    const TranslationLink before = TranslationPairs(portal.database).linkOf(english.id).value().value();
    CHECK(before.originalId == chinese.id);

    REQUIRE(trash.moveToTrash(english.id));
    CHECK_FALSE(TranslationPairs(portal.database).linkOf(chinese.id).value().has_value());
    REQUIRE(trash.restore(english.id));
    const auto after = TranslationPairs(portal.database).linkOf(english.id).value();
    REQUIRE(after.has_value());
    CHECK(*after == before);

    SECTION("another English version took its place meanwhile")
    {
        REQUIRE(trash.moveToTrash(english.id));
        Article other = Testing::sampleArticle(QStringLiteral("Rates stay where they are"));
        other.language = Language::En;
        other.slug.clear();
        other.translationGroup = chinese.translationGroup;
        const QString otherId = store.create(other).value().id;
        const auto refused = trash.restore(english.id);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(otherId));
        CHECK(refused.error().message.contains(u"translation pair"));
    }
}
