// Three-way merges of real conflicts: two connections to one portal (two editors),
// each saving from the same version. Runs on both engines.

#include "core/content/articlemerge.h"
#include "core/store/articlestore.h"
#include "storetesting.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

struct TwoEditors
{
    Testing::TestPortal portal;
    DatabasePtr other; // a second connection, as a colleague's PortalDesk
    Article base;

    TwoEditors()
        : portal(Testing::seededPortal())
    {
        auto opened = Database::open(portal.database->address());
        REQUIRE(opened.has_value());
        other = *opened;
        portal.database->setUserName(QStringLiteral("chan.tai.man"));
        other->setUserName(QStringLiteral("lee.siu.ming"));
        Article draft = Testing::sampleArticle();
        draft.body = QStringLiteral("第一段：恒指高開。\n\n第二段：成交額三百億元。\n\n第三段：分析師看好。");
        base = ArticleStore(portal.database).create(draft).value();
    }

    // Their save goes in first; mine is refused and merged against what they saved.
    ArticleMerge conflict(const Article &mine, const Article &theirs)
    {
        REQUIRE(ArticleStore(other).save(theirs).has_value());
        const SaveResult refused = ArticleStore(portal.database).save(mine);
        REQUIRE_FALSE(refused.has_value());
        REQUIRE(refused.error().error.code == Error::Code::Conflict);
        REQUIRE(refused.error().current.has_value());
        return mergeArticles(base, mine, *refused.error().current);
    }

    Article saveMerged(const Article &merged)
    {
        const SaveResult saved = ArticleStore(portal.database).save(merged);
        REQUIRE(saved.has_value());
        return ArticleStore(other).get(base.id).value(); // as the colleague reads it back
    }
};

} // namespace

TEST_CASE("a field only one editor changed is taken without asking", "[store][merge]")
{
    TwoEditors desk;
    Article mine = desk.base;
    mine.standfirst = QStringLiteral("我的導語");
    mine.section = QStringLiteral("opinion");
    Article theirs = desk.base;
    theirs.headline = QStringLiteral("恒指收市升 300 點"); // the colleague's headline fix

    const ArticleMerge merge = desk.conflict(mine, theirs);
    CHECK(merge.clean());
    CHECK(merge.fromMine == QList<ArticleField> { ArticleField::Section, ArticleField::Standfirst });
    CHECK(merge.fromTheirs == QList<ArticleField> { ArticleField::Headline });
    const Article stored = desk.saveMerged(merge.merged);
    CHECK(stored.headline == theirs.headline); // "Keep Mine" used to revert this
    CHECK(stored.standfirst == mine.standfirst);
    CHECK(stored.section == mine.section);
    CHECK(stored.version == 3);
}

TEST_CASE("two editors' edits to different paragraphs of the body both survive", "[store][merge]")
{
    TwoEditors desk;
    Article mine = desk.base;
    mine.body.replace(QStringLiteral("恒指高開"), QStringLiteral("恒指高開 120 點"));
    Article theirs = desk.base;
    theirs.body.replace(QStringLiteral("分析師看好"), QStringLiteral("分析師仍然看好後市"));

    const ArticleMerge merge = desk.conflict(mine, theirs);
    CHECK(merge.clean());
    const Article stored = desk.saveMerged(merge.merged);
    CHECK(stored.body.contains(QStringLiteral("恒指高開 120 點")));
    CHECK(stored.body.contains(QStringLiteral("分析師仍然看好後市")));
    CHECK(stored.body.contains(QStringLiteral("成交額三百億元")));
}

TEST_CASE("only true conflicts are left to decide, and nothing is picked for the editor", "[store][merge]")
{
    TwoEditors desk;
    Article mine = desk.base;
    mine.headline = QStringLiteral("我的標題");
    mine.body.replace(QStringLiteral("成交額三百億元"), QStringLiteral("成交額約三百億元"));
    mine.kicker = QStringLiteral("快訊");
    Article theirs = desk.base;
    theirs.headline = QStringLiteral("他們的標題");
    theirs.body.replace(QStringLiteral("成交額三百億元"), QStringLiteral("成交額三百一十億元"));
    theirs.byline = QStringLiteral("記者 李小明");

    const ArticleMerge merge = desk.conflict(mine, theirs);
    CHECK_FALSE(merge.clean());
    REQUIRE(merge.conflicts.size() == 1);
    CHECK(merge.conflicts.first().field == ArticleField::Headline);
    CHECK(merge.conflicts.first().base.toString() == desk.base.headline);
    CHECK(merge.body.conflicts() == 1);
    CHECK_FALSE(merge.resolved({}).has_value());
    CHECK_FALSE(merge.resolved({ { ArticleField::Headline, ArticleMerge::Side::Mine } }).has_value());

    const auto resolved = merge.resolved(
        { { ArticleField::Headline, ArticleMerge::Side::Mine } }, { TextMerge::Choice::Theirs });
    REQUIRE(resolved.has_value());
    const Article stored = desk.saveMerged(*resolved);
    CHECK(stored.headline == mine.headline);
    CHECK(stored.body.contains(QStringLiteral("成交額三百一十億元")));
    CHECK(stored.kicker == mine.kicker); // settled changes stay whatever was picked
    CHECK(stored.byline == theirs.byline);

    // Every text either editor saved is in a revision: nothing was lost.
    ArticleStore store(desk.portal.database);
    QStringList headlines;
    const QList<Revision> revisions = store.revisions(desk.base.id).value();
    for (const Revision &revision : revisions)
        headlines << store.revision(revision.id).value().headline;
    CHECK(headlines.contains(theirs.headline));
    CHECK(headlines.contains(mine.headline));
}
