#include "core/ingest/wireimport.h"
#include "core/store/articlestore.h"
#include "core/store/database.h"
#include "tests/core/ingest/wirefixture.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

DatabasePtr freshDatabase(const QTemporaryDir &folder)
{
    Result<DatabasePtr> database = Database::open(folder.filePath(u"portal.sqlite"_s));
    REQUIRE(database.has_value());
    return *database;
}

} // namespace

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
    CHECK(article->publishAt == QDateTime(QDate(2024, 11, 11), QTime(12, 47), Qt::UTC));
    CHECK(article->body == draft.body);
    const Result<QList<Revision>> revisions = store.revisions(article->id);
    REQUIRE(revisions.has_value());
    REQUIRE(revisions->size() == 1);
    CHECK(revisions->first().note.contains(u"Photo shows the 2nd Microshort Drama Conference"_s));
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

    const Result<QList<Revision>> revisions = store.revisions(article->id);
    REQUIRE(revisions.has_value());
    REQUIRE(revisions->size() == 2);
    const Result<Article> original = store.revision(revisions->last().id);
    REQUIRE(original.has_value());
    CHECK(original->language == Language::ZhHans);
    CHECK(original->headline == draft.headline);
    CHECK(original->body == draft.body);
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
