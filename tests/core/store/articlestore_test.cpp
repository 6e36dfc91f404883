#include "core/store/articlerows.h"
#include "core/store/articlestore.h"
#include "core/store/mediastore.h"
#include "storetesting.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("every article field survives a save and a load", "[store]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    Article article = Testing::sampleArticle();
    article.body
        = QStringLiteral("## 小標題 🚀\n\n") + QString(100 * 1024 / 3, QChar(0x6E2F)); // ~100 KB of 港
    article.embargoUntil = article.publishAt.addSecs(3600);
    article.simplifiedOverride = QStringLiteral("港股半日升 200 点");

    auto created = store.create(article);
    REQUIRE(created.has_value());
    CHECK(created->version == 1);
    CHECK_FALSE(created->id.isEmpty());
    CHECK(created->createdBy == u"chan.tai.man");

    auto loaded = store.get(created->id);
    REQUIRE(loaded.has_value());
    CHECK(*loaded == *created);
    CHECK(loaded->body.size() == article.body.size());
    CHECK(loaded->publishAt.time().msec() == 250);
    CHECK(loaded->columns
        == QStringList { QStringLiteral("currency-playbook"), QStringLiteral("great-power-rivalry") });
}

TEST_CASE("invalid articles are refused with the field named", "[store]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);

    Article noHeadline = Testing::sampleArticle(QStringLiteral("   "));
    auto refused = store.create(noHeadline);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().error.field == u"headline");

    Article badSection = Testing::sampleArticle();
    badSection.section = QStringLiteral("sport");
    refused = store.create(badSection);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().error.field == u"section");
    CHECK(refused.error().error.message.contains(QStringLiteral("sport")));

    Article badLink = Testing::sampleArticle();
    badLink.originalLink = QStringLiteral("javascript:alert(1)");
    refused = store.create(badLink);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().error.field == u"original_link");

    REQUIRE(store.create(Testing::sampleArticle()));
    refused = store.create(Testing::sampleArticle()); // same slug, same language
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().error.field == u"slug");
    CHECK(store.count().value() == 1);
}

TEST_CASE("a save from a stale version is a conflict that shows the other version", "[store]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    const Article original = store.create(Testing::sampleArticle()).value();

    Article mine = original;
    Article theirs = original;
    theirs.headline = QStringLiteral("恒指收市升 300 點");
    portal.database->setUserName(QStringLiteral("lee.siu.ming"));
    auto theirSave = store.save(theirs);
    REQUIRE(theirSave.has_value());
    CHECK(theirSave->version == 2);

    portal.database->setUserName(QStringLiteral("chan.tai.man"));
    mine.body = QStringLiteral("我的修改");
    auto mySave = store.save(mine);
    REQUIRE_FALSE(mySave.has_value());
    CHECK(mySave.error().error.code == Error::Code::Conflict);
    REQUIRE(mySave.error().current.has_value());
    CHECK(mySave.error().current->headline == theirs.headline);
    CHECK(mySave.error().current->updatedBy == u"lee.siu.ming");
    CHECK(mySave.error().error.message.contains(QStringLiteral("lee.siu.ming")));

    // Merging onto their version goes through.
    Article merged = *mySave.error().current;
    merged.body = mine.body;
    auto mergedSave = store.save(merged);
    REQUIRE(mergedSave.has_value());
    CHECK(mergedSave->version == 3);
    CHECK(store.get(original.id)->headline == theirs.headline);
}

TEST_CASE("every save writes a revision that can be viewed and restored", "[store]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    Article article = store.create(Testing::sampleArticle()).value();
    const QString firstHeadline = article.headline;
    article.headline = QStringLiteral("第二版標題");
    article = store.save(article, QStringLiteral("headline rewritten")).value();

    auto revisions = store.revisions(article.id);
    REQUIRE(revisions.has_value());
    REQUIRE(revisions->size() == 2);
    CHECK(revisions->at(0).version == 2);
    CHECK(revisions->at(0).note == u"headline rewritten");
    CHECK(revisions->at(0).headline == u"第二版標題");
    CHECK(revisions->at(1).headline == firstHeadline);
    CHECK(revisions->at(1).savedBy == u"chan.tai.man");

    auto first = store.revision(revisions->at(1).id);
    REQUIRE(first.has_value());
    CHECK(first->headline == firstHeadline);
    CHECK(first->version == 1);

    auto restored = store.restore(article.id, revisions->at(1).id, article.version);
    REQUIRE(restored.has_value());
    CHECK(restored->headline == firstHeadline);
    CHECK(restored->version == 3);
    CHECK(store.revisions(article.id)->size() == 3);

    auto stale = store.restore(article.id, revisions->at(0).id, 1);
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().error.code == Error::Code::Conflict);
}

TEST_CASE("lists filter, page and announce changes", "[store]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    QSignalSpy changes(portal.database.get(), &Database::articlesChanged);
    for (int i = 0; i < 30; ++i) {
        Article article = Testing::sampleArticle(QStringLiteral("Story %1").arg(i));
        article.slug.clear();
        article.language = i % 3 == 0 ? Language::En : Language::ZhHantHK;
        article.status = i % 2 == 0 ? ArticleStatus::Draft : ArticleStatus::Published;
        REQUIRE(store.create(article));
    }
    CHECK(changes.count() == 30);
    CHECK(store.count().value() == 30);
    CHECK(store.count({ ArticleStatus::Draft, {}, {}, {} }).value() == 15);
    CHECK(store.count({ {}, Language::En, {}, {} }).value() == 10);
    CHECK(store.count({ {}, {}, {}, QStringLiteral("Story 2") }).value() == 1 + 10 - 0); // 2, 20..29
    CHECK(store.count({ {}, {}, {}, QStringLiteral("100%") }).value() == 0);
    auto page = store.list({}, 10, 5);
    REQUIRE(page.has_value());
    CHECK(page->size() == 5);
    auto all = store.list();
    CHECK(all->size() == 30);
    CHECK(all->at(10).id == page->at(0).id);

    REQUIRE(store.remove(all->at(0).id));
    CHECK(store.count().value() == 29);
    CHECK(store.remove(all->at(0).id).error().code == Error::Code::NotFound);
}

TEST_CASE("a photo waiting for its picture is kept, never looked up, and blocks publishing", "[store]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    Article article = Testing::sampleArticle();
    article.status = ArticleStatus::Draft;
    article.photos.append(Photo { {}, QStringLiteral("圖為記者會現場。"), QStringLiteral("美通社"), {} });
    auto created = store.create(article);
    INFO((created ? QString() : created.error().error.text()).toStdString());
    REQUIRE(created.has_value());

    auto loaded = store.get(created->id);
    REQUIRE(loaded.has_value());
    CHECK(*loaded == *created);
    REQUIRE(loaded->photos.size() == 2);
    CHECK(loaded->photos.at(1).file.isEmpty());
    CHECK(loaded->photos.at(1).caption == u"圖為記者會現場。");
    auto first = store.revision(store.revisions(created->id)->first().id);
    REQUIRE(first.has_value());
    CHECK(first->photos == loaded->photos);
    auto nothing = MediaStore(portal.database).get(loaded->photos.at(1).file);
    REQUIRE_FALSE(nothing.has_value());
    CHECK(nothing.error().code == Error::Code::NotFound);

    Article publishing = *loaded;
    publishing.status = ArticleStatus::Published;
    auto refused = store.save(publishing);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().error.field == u"photos");
    CHECK(refused.error().error.message == u"photo 2 has no picture yet: attach one or remove the photo");
    CHECK(store.get(created->id)->status == ArticleStatus::Draft);

    auto picture = MediaStore(portal.database)
                       .put(QByteArray("\x89PNG\r\n\x1a\n press photo", 19), QStringLiteral("press.png"));
    REQUIRE(picture.has_value());
    publishing.photos[1].file = *picture;
    auto published = store.save(publishing);
    REQUIRE(published.has_value());
    CHECK(published->status == ArticleStatus::Published);
    CHECK(published->photos.at(1).hasPicture());
}

TEST_CASE(
    "export summaries come from the summaries index alone, never from the article rows", "[sqlite][store]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    Article article = Testing::sampleArticle();
    article.body = QString(20000, QChar(0x6E2F)); // a body on overflow pages
    article.status = ArticleStatus::Published;
    REQUIRE(store.create(article).has_value());
    Article other = Testing::sampleArticle(QStringLiteral("樓市淡靜"));
    other.slug = QStringLiteral("lou-shi-dan-jing");
    other.translationGroup.clear();
    other.photos.append(Photo { QStringLiteral("0a1b2c3d4e5f6071.png"), QStringLiteral("第二張"), {}, {} });
    REQUIRE(store.create(other).has_value());
    Article draft = Testing::sampleArticle(QStringLiteral("未發稿"));
    draft.slug = QStringLiteral("wei-fa-gao");
    draft.translationGroup.clear();
    draft.status = ArticleStatus::Draft;
    REQUIRE(store.create(draft).has_value());

    const QSqlDatabase db = Sql::connection(*portal.database);
    const QString sql = ArticleRows::selectSql(db, QStringLiteral("status IN (?, ?)"), false);
    auto plan = Sql::run(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql,
        { QStringLiteral("published"), QStringLiteral("scheduled") });
    REQUIRE(plan.has_value());
    QStringList steps;
    while (plan->next())
        steps.append(plan->value(3).toString());
    INFO(steps.join(u" | ").toStdString());
    CHECK(steps.join(u'\n').contains(u"USING COVERING INDEX articles_summaries"));
    CHECK_FALSE(steps.join(u'\n').contains(u"TEMP B-TREE")); // read in id order, not sorted

    // And what it reads is what the whole article says.
    auto summaries = store.withStatus({ ArticleStatus::Published }, ArticleStore::Reading::Summaries);
    auto whole = store.withStatus({ ArticleStatus::Published });
    REQUIRE(summaries.has_value());
    REQUIRE(whole.has_value());
    REQUIRE(summaries->size() == 2);
    REQUIRE(whole->size() == 2);
    for (qsizetype i = 0; i < 2; ++i) {
        const Article &summary = summaries->at(i);
        const Article &full = whole->at(i);
        CHECK(summary.id == full.id);
        CHECK(summary.photos == full.photos); // each article its own photos, in order
        CHECK(summary.columns.isEmpty()); // article pages read them, with the rest
        CHECK(full.columns.size() == 2);
    }
    const Article &summary = summaries->first();
    const Article &full = whole->first();
    CHECK(summary.body.isEmpty());
    CHECK(summary.headline == full.headline);
    CHECK(summary.standfirst == full.standfirst);
    CHECK(summary.kicker == full.kicker);
    CHECK(summary.slug == full.slug);
    CHECK(summary.section == full.section);
    CHECK(summary.publishAt == full.publishAt);
    CHECK(summary.updatedAt == full.updatedAt);
    CHECK(summary.version == full.version);
    CHECK(summary.photos == full.photos);
}

TEST_CASE("History notes every move along the workflow, in the portal's time zone", "[store]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    Article article = store.create(Testing::sampleArticle()).value();
    article.status = ArticleStatus::InReview;
    article = store.save(article).value();
    article.status = ArticleStatus::Scheduled;
    article.publishAt = QDateTime(QDate(2030, 3, 6), QTime(10, 0), QTimeZone::utc()); // 18:00 in Hong Kong
    article = store.save(article).value();
    article.kicker = QStringLiteral("快訊"); // no move: no note
    article = store.save(article).value();
    article.status = ArticleStatus::Published;
    article = store.save(article, QStringLiteral("lead story")).value(); // the editor's own note wins

    QStringList notes;
    const QList<Revision> revisions = store.revisions(article.id).value();
    for (const Revision &revision : revisions)
        notes.prepend(revision.note);
    CHECK(notes
        == QStringList { QStringLiteral("created"), QStringLiteral("submitted for review"),
            QStringLiteral("scheduled for 2030-03-06 18:00 HKT"), QString(), QStringLiteral("lead story") });
}
