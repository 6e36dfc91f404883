// Wire copy that is already in the portal (issue 15), on both engines: found by its
// original link or its text, never by a different story of the same wire and day, and
// updated in place through a normal save when the editor asks.

#include "core/ingest/wireduplicates.h"
#include "core/ingest/wireimport.h"
#include "core/search/storyfingerprint.h"
#include "core/store/articlefingerprints.h"
#include "core/store/articlestore.h"
#include "core/store/editlocks.h"
#include "core/store/newsroom.h"
#include "testdatabase.h"
#include "tests/core/ingest/wirefixture.h"

#include <QRandomGenerator>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

struct Newsdesk
{
    QTemporaryDir folder;
    DatabasePtr database = newTestDatabase(folder.filePath(u"portal.sqlite"_s));
};

WireImportOptions hongKong()
{
    WireImportOptions options;
    options.convertToTraditional = true;
    return options;
}

Article imported(const DatabasePtr &database, const QString &fixture)
{
    ArticleStore store(database);
    const Result<Article> article = WireImport::create(store, parseWire(fixture), hongKong());
    REQUIRE(article.has_value());
    return *article;
}

std::optional<WireDuplicate> duplicateOf(const DatabasePtr &database, const WireDraft &draft)
{
    const Result<WireDraft> adapted = WireImport::adapt(draft, hongKong());
    REQUIRE(adapted.has_value());
    const Result<std::optional<WireDuplicate>> found = WireDuplicates::find(database, *adapted);
    INFO((found ? QString() : found.error().message).toStdString());
    REQUIRE(found.has_value());
    return *found;
}

// The similarity of two fixtures' stories as the import would store them.
double alike(const QString &a, const QString &b)
{
    const auto text = [](const QString &name) {
        return ArticleFingerprints::storyText(
            WireImport::toArticle(*WireImport::adapt(parseWire(name), hongKong())));
    };
    return StoryFingerprint::similarity(
        StoryFingerprint::shingles(text(a)), StoryFingerprint::shingles(text(b)));
}

const QList<std::pair<QString, QString>> repastes {
    { u"wire-prnewswire-etnet.txt"_s, u"duplicates/en-xinhua-repaste.txt"_s },
    { u"wire/hksar-gov-zh-hant.txt"_s, u"duplicates/zh-hant-legco-repaste.txt"_s },
    { u"wire/zh-hans-release.txt"_s, u"duplicates/zh-hans-release-repaste.txt"_s },
};
const QList<std::pair<QString, QString>> sameDay {
    { u"wire-prnewswire-etnet.txt"_s, u"duplicates/en-xinhua-sameday.txt"_s },
    { u"wire/hksar-gov-zh-hant.txt"_s, u"duplicates/zh-hant-legco-sameday.txt"_s },
    { u"wire/zh-hans-release.txt"_s, u"duplicates/zh-hans-release-sameday.txt"_s },
};

} // namespace

TEST_CASE("the threshold lies well between a story pasted again and another story of the same day",
    "[ingest][duplicates]")
{
    for (const auto &[first, again] : repastes) {
        INFO(again.toStdString());
        CHECK(alike(first, again) >= WireDuplicates::SameTextThreshold + 0.1);
    }
    for (const auto &[first, other] : sameDay) {
        INFO(other.toStdString());
        CHECK(alike(first, other) <= WireDuplicates::SameTextThreshold - 0.25);
    }
}

TEST_CASE(
    "a story pasted again with corrections is found by its text, in either script", "[ingest][duplicates]")
{
    Newsdesk portal;
    for (const auto &[first, again] : repastes) {
        INFO(again.toStdString());
        const Article existing = imported(portal.database, first);
        WireDraft draft = parseWire(again);
        draft.originalLink.clear(); // by the text alone
        const std::optional<WireDuplicate> found = duplicateOf(portal.database, draft);
        REQUIRE(found.has_value());
        CHECK(found->existing.id == existing.id);
        CHECK(found->match == WireDuplicate::Match::SameText);
        CHECK(found->similarity >= WireDuplicates::SameTextThreshold);
        CHECK(found->similarity < 1.0);
        CHECK(found->reason() == u"%1 % the same text"_s.arg(found->percent()));
    }
    // The very same copy again is all the same text.
    const std::optional<WireDuplicate> same
        = duplicateOf(portal.database, parseWire(u"wire/hksar-gov-zh-hant.txt"_s));
    REQUIRE(same.has_value());
    CHECK(same->percent() == 100);
}

TEST_CASE("another story of the same wire and day is not a duplicate", "[ingest][duplicates]")
{
    Newsdesk portal;
    for (const auto &[first, other] : sameDay) {
        INFO(other.toStdString());
        imported(portal.database, first);
        CHECK_FALSE(duplicateOf(portal.database, parseWire(other)).has_value());
    }
}

TEST_CASE("the same original link, however spelled, is a duplicate whatever the text", "[ingest][duplicates]")
{
    Newsdesk portal;
    const Article existing = imported(portal.database, u"wire-prnewswire-etnet.txt"_s);
    imported(portal.database, u"duplicates/en-xinhua-sameday.txt"_s);
    WireDraft draft = parseWire(u"wire/ap-en.txt"_s);
    draft.originalLink = u"http://EN.imsilkroad.com/p/343069.html/?utm_source=etnet#top"_s;
    const std::optional<WireDuplicate> found = duplicateOf(portal.database, draft);
    REQUIRE(found.has_value());
    CHECK(found->existing.id == existing.id);
    CHECK(found->match == WireDuplicate::Match::SameLink);
    CHECK(found->reason() == u"same original link"_s);
}

TEST_CASE("every article is compared as it is now: edited, added by hand or deleted", "[ingest][duplicates]")
{
    Newsdesk portal;
    ArticleStore store(portal.database);
    const WireDraft legco = parseWire(u"wire/hksar-gov-zh-hant.txt"_s);
    Article byHand = WireImport::toArticle(legco);
    byHand.originalLink.clear();
    byHand.body = u"另一篇完全不同的稿件。"_s;
    const Article created = store.create(byHand).value();
    CHECK_FALSE(duplicateOf(portal.database, legco).has_value()); // fingerprinted at the check

    Article edited = created;
    edited.body = legco.body; // now it carries the story
    REQUIRE(store.save(edited).has_value());
    const std::optional<WireDuplicate> found = duplicateOf(portal.database, legco);
    REQUIRE(found.has_value());
    CHECK(found->existing.id == created.id);
    CHECK(found->existing.version == 2);

    REQUIRE(store.remove(created.id).has_value());
    CHECK_FALSE(duplicateOf(portal.database, legco).has_value());
}

TEST_CASE(
    "updating the existing article is one more version of it, not a second article", "[ingest][duplicates]")
{
    Newsdesk portal;
    ArticleStore store(portal.database);
    const Article existing = imported(portal.database, u"wire-prnewswire-etnet.txt"_s);
    const WireDraft again = parseWire(u"duplicates/en-xinhua-repaste.txt"_s);
    const Result<Article> updated = WireImport::update(portal.database, existing.id, again, hongKong());
    INFO((updated ? QString() : updated.error().message).toStdString());
    REQUIRE(updated.has_value());
    CHECK(updated->id == existing.id);
    CHECK(updated->version == existing.version + 1);
    CHECK(updated->headline == again.headline);
    CHECK(updated->body == again.body);
    CHECK(updated->originalLink == existing.originalLink); // the copy had none: kept
    CHECK(updated->photos == existing.photos);
    CHECK(store.count().value() == 1);
    const QList<Revision> history = store.revisions(existing.id).value();
    REQUIRE(history.size() == 2);
    CHECK(history.first().note == u"updated from wire copy"_s);
    CHECK(history.first().headline == again.headline);
    CHECK_FALSE(EditLocks(portal.database).holder(existing.id)->has_value()); // let go after the save

    // The same copy once more changes nothing.
    const Result<Article> unchanged = WireImport::update(portal.database, existing.id, again, hongKong());
    REQUIRE(unchanged.has_value());
    CHECK(unchanged->version == updated->version);
}

TEST_CASE(
    "an article someone else is editing is not updated, and the message says who", "[ingest][duplicates]")
{
    Newsdesk portal;
    const Article existing = imported(portal.database, u"wire/hksar-gov-zh-hant.txt"_s);
    auto opened = Database::open(portal.database->address());
    REQUIRE(opened.has_value());
    const DatabasePtr colleague = *opened;
    if (colleague->kind() == Database::Kind::Sqlite)
        colleague->setUserName(u"陳大文"_s);
    REQUIRE(EditLocks(colleague).take(existing.id).has_value());

    const Result<Article> refused = WireImport::update(
        portal.database, existing.id, parseWire(u"duplicates/zh-hant-legco-repaste.txt"_s), hongKong());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(colleague->displayName()));
    CHECK(refused.error().message.contains(existing.headline));
    CHECK(ArticleStore(portal.database).get(existing.id)->version == existing.version);

    // Once they let go, it can be.
    REQUIRE(EditLocks(colleague).release(existing.id).has_value());
    CHECK(WireImport::update(
        portal.database, existing.id, parseWire(u"duplicates/zh-hant-legco-repaste.txt"_s), hongKong())
              .has_value());
}

TEST_CASE(
    "a reporter finds duplicates but may not update the desk's article", "[ingest][duplicates][postgres]")
{
    if (!onPostgres())
        return;
    Newsdesk portal;
    const Article existing = imported(portal.database, u"wire/hksar-gov-zh-hant.txt"_s);
    const QString login = u"rep_"_s + QString::number(QRandomGenerator::global()->bounded(1u << 30), 36);
    const QString chief = u"chief_"_s + QString::number(QRandomGenerator::global()->bounded(1u << 30), 36);
    const QString password = u"wire 稿 password"_s;
    REQUIRE(Newsroom(portal.database).init(chief, u"陳總編"_s, password).has_value());
    REQUIRE(Newsroom(portal.database).addPerson(login, u"李小明"_s, Role::Reporter, password).has_value());
    QUrl url(portal.database->address());
    url.setUserName(login);
    url.setPassword(password);
    auto reporter = Database::open(url.toString(QUrl::FullyEncoded));
    REQUIRE(reporter.has_value());

    const WireDraft again = parseWire(u"duplicates/zh-hant-legco-repaste.txt"_s);
    const std::optional<WireDuplicate> found = duplicateOf(*reporter, again); // writes fingerprints
    REQUIRE(found.has_value());
    CHECK(found->existing.id == existing.id);
    const Result<Article> refused = WireImport::update(*reporter, existing.id, again, hongKong());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Denied);
    CHECK(refused.error().message.contains(u"As a reporter you edit your own articles"_s));
}
