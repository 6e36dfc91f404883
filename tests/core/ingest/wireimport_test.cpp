#include "core/ingest/wireimport.h"
#include "core/store/articlestore.h"
#include "core/store/database.h"
#include "tests/core/ingest/wirefixture.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;
using namespace Qt::StringLiterals;

TEST_CASE("the fixture is stored as an English draft with its wire fields", "[ingest]")
{
    QTemporaryDir folder;
    ArticleStore store(freshDatabase(folder));
    const WireDraft draft = parseWire(u"wire-prnewswire-etnet.txt"_s);
    const Result<Article> article = WireImport::create(store, draft, {});
    REQUIRE(article.has_value());
    CHECK(article->version == 1);
    CHECK(article->status == ArticleStatus::Draft);
    CHECK(article->language == Language::En);
    CHECK(article->source == u"PR Newswire"_s);
    CHECK(article->dateline == u"BEIJING"_s);
    CHECK(article->credit == u"source: Xinhua Silk Road"_s);
    CHECK(article->originalLink == u"https://en.imsilkroad.com/p/343069.html"_s);
    // The wire's time is kept as the wire's; when the story goes live is the desk's call.
    CHECK(article->wireTime == QDateTime(QDate(2024, 11, 11), QTime(12, 47), Qt::UTC));
    CHECK_FALSE(article->publishAt.isValid());
    CHECK(article->body == draft.body);
    REQUIRE(article->photos.size() == 1);
    CHECK_FALSE(article->photos.first().hasPicture());
    CHECK(article->photos.first().caption.startsWith(u"Photo shows the 2nd Microshort Drama Conference"_s));
    CHECK(article->photos.first().caption == draft.captions.first());

    const Result<Article> stored = store.get(article->id);
    REQUIRE(stored.has_value());
    CHECK(stored->photos == article->photos);
    CHECK(stored->wireTime == article->wireTime);
    const Result<QList<Revision>> revisions = store.revisions(article->id);
    REQUIRE(revisions.has_value());
    REQUIRE(revisions->size() == 1);
    CHECK(revisions->first().note == u"imported from wire copy"_s);
}

TEST_CASE("every caption becomes a photo waiting for its picture, in order", "[ingest]")
{
    QTemporaryDir folder;
    ArticleStore store(freshDatabase(folder));
    const WireDraft draft = parseWire(u"wire/en-several-captions.txt"_s);
    const Result<Article> article = WireImport::create(store, draft, {});
    REQUIRE(article.has_value());
    REQUIRE(article->photos.size() == 3);
    for (qsizetype i = 0; i < 3; ++i) {
        CHECK(article->photos.at(i) == Photo { {}, draft.captions.at(i), {}, {} });
    }

    // Publishing waits for the pictures, and says which photo lacks one.
    Article publishing = *article;
    publishing.status = ArticleStatus::Published;
    publishing.publishAt = QDateTime(QDate(2025, 4, 22), QTime(2, 0), QTimeZone::utc());
    const SaveResult refused = store.save(publishing);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().error.message == u"photo 1 has no picture yet: attach one or remove the photo"_s);
}

TEST_CASE("a Simplified release is converted and the original kept as the first revision", "[ingest]")
{
    QTemporaryDir folder;
    ArticleStore store(freshDatabase(folder));
    const WireDraft draft = parseWire(u"wire/zh-hans-release.txt"_s);
    const Result<Article> article = WireImport::create(store, draft, {});
    REQUIRE(article.has_value());
    CHECK(article->version == 2);
    CHECK(article->language == Language::ZhHantHK);
    CHECK(article->headline == u"星瀾智能發佈新一代工業機器人視覺系統"_s);
    CHECK(article->body.contains(u"「星瀾智能」"_s));
    CHECK(article->credit == u"消息來源：星瀾智能科技有限公司"_s);
    REQUIRE(article->photos.size() == 1);
    CHECK(article->photos.first().caption == u"圖為星瀾智能首席技術官劉偉在發佈會上介紹「瀾眼3.0」。"_s);

    const Result<QList<Revision>> revisions = store.revisions(article->id);
    REQUIRE(revisions.has_value());
    REQUIRE(revisions->size() == 2);
    const Result<Article> original = store.revision(revisions->last().id);
    REQUIRE(original.has_value());
    CHECK(original->language == Language::ZhHans);
    CHECK(original->headline == draft.headline);
    CHECK(original->body == draft.body);
    REQUIRE(original->photos.size() == 1);
    CHECK(original->photos.first().caption == draft.captions.first());
}

TEST_CASE("a Hong Kong portal converts by default, others keep Simplified copy", "[ingest]")
{
    Portal portal;
    CHECK(WireImportOptions::forPortal(portal).convertToTraditional);
    portal.defaultEdition = Language::ZhHans;
    CHECK_FALSE(WireImportOptions::forPortal(portal).convertToTraditional);
    portal.defaultEdition = Language::En;
    CHECK_FALSE(WireImportOptions::forPortal(portal).convertToTraditional);
    CHECK_FALSE(WireImportOptions::forPortal(portal).fixTypography);
}

TEST_CASE("conversion can be turned off, typography fixes turned on", "[ingest]")
{
    QTemporaryDir folder;
    ArticleStore store(freshDatabase(folder));
    WireImportOptions options;
    options.convertToTraditional = false;
    const Result<Article> kept = WireImport::create(store, parseWire(u"wire/zh-hans-release.txt"_s), options);
    REQUIRE(kept.has_value());
    CHECK(kept->language == Language::ZhHans);
    CHECK(kept->version == 1);

    const WireDraft draft = WireParser::parse(
        u"美通社\n\n2025-01-02 10:00\n\n市場潛能有多強?\n\n香港2025年1月2日 /美通社/ -- 亞洲收藏家如何鑑賞?\n"_s,
        EditionFormat::hongKong());
    options.fixTypography = true;
    const Result<Article> fixed = WireImport::create(store, draft, options);
    REQUIRE(fixed.has_value());
    CHECK(fixed->headline == u"市場潛能有多強？"_s);
    CHECK(fixed->body == u"亞洲收藏家如何鑑賞？"_s);
    CHECK(fixed->version == 2);
}

TEST_CASE("copy of an unknown shape is stored too", "[ingest]")
{
    QTemporaryDir folder;
    ArticleStore store(freshDatabase(folder));
    const Result<Article> article = WireImport::create(store, parseWire(u"wire/unknown-note.txt"_s), {});
    REQUIRE(article.has_value());
    CHECK(article->headline == u"Reminder: desk meeting moved to 3pm"_s);
    CHECK(article->body.contains(u"Thanks, Amy"_s));
}

TEST_CASE("a release's boilerplate and contacts are stored as the article's desk notes", "[ingest][notes]")
{
    QTemporaryDir folder;
    const DatabasePtr database = freshDatabase(folder);
    ArticleStore store(database);
    const WireDraft draft = parseWire(u"wire/globenewswire-en.txt"_s);
    REQUIRE(draft.notes.contains(u"About Lionrock Robotics"_s));
    const Result<Article> article = WireImport::create(store, draft, {});
    REQUIRE(article.has_value());
    CHECK(article->notes == draft.notes);
    CHECK_FALSE(article->body.contains(u"About Lionrock Robotics"_s));
    CHECK(store.get(article->id)->notes == draft.notes);

    // Updated from the wire again: the desk's own note stays, the boilerplate is not doubled.
    Article edited = store.get(article->id).value();
    edited.notes = u"Call the company before 18:00."_s + u"\n\n"_s + edited.notes;
    REQUIRE(store.save(edited).has_value());
    const Result<Article> updated = WireImport::update(database, article->id, draft, {});
    REQUIRE(updated.has_value());
    CHECK(updated->notes == edited.notes);
    CHECK(updated->notes.count(u"About Lionrock Robotics"_s) == 1);
}
