// Translation pairs as the store keeps them (issue 15): linking and unlinking, one version
// per language, and a translation that knows how far its original has moved on.
#include "core/exchange/interchange.h"
#include "core/store/articlestore.h"
#include "core/store/sql.h"
#include "core/store/translationpairs.h"
#include "storetesting.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

Article saved(ArticleStore &store, Article article)
{
    const SaveResult result = store.create(article);
    REQUIRE(result.has_value());
    return *result;
}

Article english(const QString &headline)
{
    Article article = Testing::sampleArticle(headline);
    article.language = Language::En;
    article.translationGroup.clear();
    article.slug.clear();
    article.body = QStringLiteral("The Hang Seng Index rose 200 points by midday on strong tech buying.");
    return article;
}

Article chinese(const QString &headline)
{
    Article article = Testing::sampleArticle(headline);
    article.translationGroup.clear();
    article.slug.clear();
    return article;
}

Article reread(ArticleStore &store, const QString &id)
{
    auto article = store.get(id);
    REQUIRE(article.has_value());
    return *article;
}

ArticleSummary summaryOf(ArticleStore &store, const QString &id)
{
    auto rows = store.list();
    REQUIRE(rows.has_value());
    for (const ArticleSummary &row : *rows) {
        if (row.id == id)
            return row;
    }
    FAIL("no such row");
    return {};
}

} // namespace

TEST_CASE("two existing articles are linked as a pair and unlinked again", "[store][pairs]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    TranslationPairs pairs(portal.database);
    const Article zh = saved(store, chinese(QStringLiteral("港股半日升200點")));
    const Article en = saved(store, english(QStringLiteral("Hang Seng up 200 points at midday")));

    REQUIRE(pairs.link(zh.id, en.id).has_value());
    const Article zhLinked = reread(store, zh.id);
    const Article enLinked = reread(store, en.id);
    CHECK_FALSE(zhLinked.translationGroup.isEmpty());
    CHECK(zhLinked.translationGroup == enLinked.translationGroup);
    CHECK(zhLinked.version == zh.version + 1); // saved as a version of its own, with a note
    CHECK(store.revisions(en.id)->first().note.contains(u"translation of “港股半日升200點”"));

    auto link = pairs.linkOf(en.id);
    REQUIRE(link.has_value());
    REQUIRE(link->has_value());
    CHECK((*link)->originalId == zh.id);
    CHECK((*link)->behind == 0);
    CHECK((*link)->syncedVersion == zhLinked.version);
    CHECK_FALSE(pairs.linkOf(zh.id)->has_value()); // the original is nobody's translation

    CHECK(summaryOf(store, zh.id).partnerLanguage == Language::En);
    CHECK(summaryOf(store, en.id).partnerLanguage == Language::ZhHantHK);

    REQUIRE(pairs.unlink(en.id).has_value());
    CHECK(reread(store, zh.id).translationGroup.isEmpty());
    CHECK(reread(store, en.id).translationGroup.isEmpty());
    CHECK_FALSE(pairs.linkOf(en.id)->has_value());
    CHECK_FALSE(summaryOf(store, zh.id).partnerLanguage.has_value());
    const Status again = pairs.unlink(en.id);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().message.contains(u"not paired"));
}

TEST_CASE("a story has at most one version per language", "[store][pairs]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    TranslationPairs pairs(portal.database);
    const Article zh = saved(store, chinese(QStringLiteral("港股半日升200點")));
    const Article en = saved(store, english(QStringLiteral("Hang Seng up 200 points")));
    const Article second = saved(store, english(QStringLiteral("Stocks rise at midday")));
    const Article otherZh = saved(store, chinese(QStringLiteral("恒指收市升")));
    REQUIRE(pairs.link(zh.id, en.id).has_value());

    SECTION("a second English version is refused, naming the first, and nothing changes")
    {
        const Status refused = pairs.link(zh.id, second.id);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(u"“Hang Seng up 200 points”"));
        CHECK(reread(store, second.id).translationGroup.isEmpty());
        CHECK(reread(store, second.id).version == second.version);
        CHECK(pairs.linkOf(en.id)->value().originalId == zh.id);
    }
    SECTION("an article already paired with another story is refused")
    {
        const Status refused = pairs.link(otherZh.id, en.id);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(u"already paired with “港股半日升200點”"));
        CHECK(reread(store, otherZh.id).translationGroup.isEmpty());
    }
    SECTION("two articles in one language are not a translation")
    {
        const Status refused = pairs.link(otherZh.id, zh.id);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(u"both in Traditional Chinese"));
    }
    SECTION("a new article into the pair's group in a language it has is refused")
    {
        Article draft = english(QStringLiteral("A third take"));
        draft.translationGroup = reread(store, zh.id).translationGroup;
        const int before = *store.count();
        const SaveResult refused = store.create(draft);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().error.message.contains(u"already has a version in English"));
        CHECK(*store.count() == before);
    }
}

TEST_CASE("a translation knows how many edits of its original it is behind, and which", "[store][pairs]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    TranslationPairs pairs(portal.database);
    Article zh = saved(store, chinese(QStringLiteral("港股半日升200點")));
    zh.translationGroup = zh.id;
    zh = *store.save(zh);

    // Made from the original (as Create Translation does): linked on its first save.
    Article draft = english(QStringLiteral("Hang Seng up 200 points"));
    draft.translationGroup = zh.translationGroup;
    const Article en = saved(store, draft);
    auto link = pairs.linkOf(en.id);
    REQUIRE(link->has_value());
    CHECK((*link)->originalId == zh.id);
    CHECK((*link)->behind == 0);
    const int syncedAt = zh.version;
    CHECK((*link)->syncedVersion == syncedAt);

    Article editing = zh;
    editing.body += QStringLiteral("\n\n恒生科技指數亦升1.5%。");
    editing = *store.save(editing);
    CHECK(pairs.linkOf(en.id)->value().behind == 1);
    CHECK(summaryOf(store, en.id).behind == 1);
    CHECK(summaryOf(store, zh.id).behind == 0);

    // Moving along the workflow is not a change of text.
    editing.status = ArticleStatus::InReview;
    editing = *store.save(editing);
    CHECK(pairs.linkOf(en.id)->value().behind == 1);

    editing.headline = QStringLiteral("港股半日升250點");
    editing.photos = { Photo { {}, QStringLiteral("交易所大堂"), {}, {} } };
    editing = *store.save(editing);
    CHECK(pairs.linkOf(en.id)->value().behind == 2);

    // The original then and now, for the diff.
    auto changes = pairs.originalChanges(en.id);
    REQUIRE(changes.has_value());
    CHECK(changes->then.version == syncedAt);
    CHECK(changes->then.headline == u"港股半日升200點");
    CHECK(changes->now.headline == u"港股半日升250點");
    CHECK(changes->link.behind == 2);

    REQUIRE(pairs.markUpToDate(en.id).has_value());
    CHECK(pairs.linkOf(en.id)->value().behind == 0);
    CHECK(pairs.linkOf(en.id)->value().syncedVersion == editing.version);
    CHECK(pairs.originalChanges(en.id)->then.headline == u"港股半日升250點");
    // Only a translation can be brought up to date.
    CHECK_FALSE(pairs.markUpToDate(zh.id).has_value());
}

TEST_CASE("editing the translation itself never puts it behind", "[store][pairs]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    TranslationPairs pairs(portal.database);
    const Article zh = saved(store, chinese(QStringLiteral("港股半日升200點")));
    const Article en = saved(store, english(QStringLiteral("Hang Seng up 200 points")));
    REQUIRE(pairs.link(zh.id, en.id).has_value());
    Article editing = reread(store, en.id);
    editing.body += QStringLiteral("\n\nTech stocks led the gains.");
    REQUIRE(store.save(editing).has_value());
    CHECK(pairs.linkOf(en.id)->value().behind == 0);
    // Linked the other way round, the roles change: the Chinese follows the English now.
    REQUIRE(pairs.unlink(zh.id).has_value());
    REQUIRE(pairs.link(en.id, zh.id).has_value());
    CHECK(pairs.linkOf(zh.id)->value().originalId == en.id);
    CHECK_FALSE(pairs.linkOf(en.id)->has_value());
}

TEST_CASE("pairs made before schema 11 become original and translation, the first written the original",
    "[sqlite][store][pairs]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    const Article zh = saved(store, chinese(QStringLiteral("港股半日升200點")));
    const Article en = saved(store, english(QStringLiteral("Hang Seng up 200 points")));
    const QString path = portal.path;
    {
        QSqlQuery query(Sql::connection(*portal.database));
        REQUIRE(query.exec(QStringLiteral("DROP TABLE translation_links")));
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE articles DROP COLUMN text_edits")));
        REQUIRE(query.exec(QStringLiteral("DROP TABLE trash"))); // schema 12's
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE articles DROP COLUMN notes"))); // schema 13's
        REQUIRE(query.exec(QStringLiteral("DROP TABLE feeds"))); // schema 14's
        REQUIRE(query.exec(QStringLiteral("DROP TABLE feed_options")));
        // Paired as the editor did before: one group, nothing said about which came first.
        REQUIRE(query.exec(QStringLiteral("UPDATE articles SET translation_group = 'story-1'")));
        REQUIRE(query.exec(
            QStringLiteral("UPDATE articles SET created_at = '2026-01-01T00:00:00.000Z' WHERE id = '%1'")
                .arg(zh.id)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 10")));
    }
    portal.database.reset();

    auto migrated = Database::open(path);
    REQUIRE(migrated.has_value());
    TranslationPairs pairs(*migrated);
    auto link = pairs.linkOf(en.id);
    REQUIRE(link.has_value());
    REQUIRE(link->has_value());
    CHECK((*link)->originalId == zh.id);
    CHECK((*link)->behind == 0);
    Article editing = ArticleStore(*migrated).get(zh.id).value();
    editing.headline = QStringLiteral("港股半日升250點");
    REQUIRE(ArticleStore(*migrated).save(editing).has_value());
    CHECK(pairs.linkOf(en.id)->value().behind == 1);
}

TEST_CASE(
    "a portal file's pairs are recorded, the Chinese the original; two versions in one language are refused",
    "[store][pairs]")
{
    auto portal = Testing::seededPortal();
    auto loaded = Interchange::loadFile(
        portal.database, QStringLiteral(PORTALDESK_SOURCE_DIR "/resources/demo/portal.json"));
    REQUIRE(loaded.has_value());
    TranslationPairs pairs(portal.database);
    ArticleStore store(portal.database);
    int translations = 0;
    const QList<ArticleSummary> rows = store.list().value();
    for (const ArticleSummary &row : rows) {
        auto link = pairs.linkOf(row.id);
        REQUIRE(link.has_value());
        if (!link->has_value())
            continue;
        ++translations;
        CHECK(row.language == Language::En);
        CHECK(store.get((*link)->originalId)->language == Language::ZhHantHK);
        CHECK((*link)->behind == 0);
    }
    CHECK(translations == 4);

    // A second English version of a demo story, in a file of its own.
    const QByteArray file = QByteArray(R"({"format": "portaldesk/1", "articles": [{"id": "hibor-extra-en",
        "language": "en", "translation_group": "tg-hibor-october-2024", "headline": "HIBOR slides, again",
        "body": "Rates fell.", "status": "draft"}]})");
    const int before = *store.count();
    auto refused = Interchange::load(portal.database, file, portal.folder->path(), { true });
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(u"at most one version per language"));
    CHECK(refused.error().message.contains(u"HIBOR slides, again"));
    CHECK(*store.count() == before); // nothing of the file was kept
}
