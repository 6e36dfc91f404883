// Stable addresses and the export's account of what it left out (issue 15).
#include "bundlecheck.h"
#include "core/publish/bundleexporter.h"
#include "core/publish/redirects.h"
#include "core/store/articlestore.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

// The live Traditional article with the latest publish time, and its page in the bundle.
Article liveArticle(const DatabasePtr &database)
{
    QList<Article> live;
    const Result<QList<Article>> published = ArticleStore(database).withStatus({ ArticleStatus::Published });
    REQUIRE(published.has_value());
    for (const Article &article : *published) {
        if (article.language == Language::ZhHantHK && isLive(article, demoMoment()))
            live.append(article);
    }
    REQUIRE_FALSE(live.isEmpty());
    return live.first();
}

QString pageOf(const QString &bundle, const QString &id)
{
    for (const QString &file : bundleFiles(bundle)) {
        if (file.startsWith(u"zh-hant/articles/" + id + u'-'))
            return file;
    }
    return {};
}

} // namespace

TEST_CASE("a slug changed after going live leaves a redirect at every old address", "[publish][workflow]")
{
    auto demo = demoPortal();
    const QString out = demo.folder->filePath(QStringLiteral("site"));
    ArticleStore store(demo.database);
    Article article = liveArticle(demo.database);
    exportTo(demo.database, out);
    const QString oldPage = pageOf(out, article.id);
    REQUIRE_FALSE(oldPage.isEmpty());

    // A typo fixed in the headline keeps the page where it is.
    article.headline += QStringLiteral("（更新）");
    SaveResult saved = store.save(article);
    REQUIRE(saved.has_value());
    exportTo(demo.database, out, true);
    CHECK(pageOf(out, article.id) == oldPage);

    // A deliberate new slug: the page moves and the old address points to it.
    article = *saved;
    article.slug = QStringLiteral("a-better-address");
    saved = store.save(article);
    REQUIRE(saved.has_value());
    for (bool incremental : { true, false }) {
        INFO((incremental ? "update" : "full export"));
        const ExportReport report = exportTo(demo.database, out, incremental);
        CHECK(report.redirects >= 1); // each edition that carries the story
        const QString newPage = pageOf(out, article.id + QStringLiteral("-a-better"));
        CHECK(newPage == u"zh-hant/articles/" + article.id + u"-a-better-address.html");
        const QString moved = QString::fromUtf8(readFile(out + u'/' + oldPage));
        CHECK(moved.contains(
            u"<meta http-equiv=\"refresh\" content=\"0; url=" + article.id + u"-a-better-address.html\">"));
        CHECK(moved.contains(u"<link rel=\"canonical\" href=\"https://"));
        CHECK(moved.contains(newPage + u"\">"));
        CHECK(moved.contains(u"noindex"));
        CHECK(moved.contains(u"lang=\"zh-Hant-HK\""));

        const QString rules = QString::fromUtf8(readFile(out + QStringLiteral("/_redirects")));
        CHECK(rules.contains(u'/' + oldPage + u" /" + newPage + u" 301\n"));
        const QString map = QString::fromUtf8(readFile(out + QStringLiteral("/redirects.nginx.map")));
        CHECK(map.contains(u"\"/" + oldPage + u"\" /" + newPage + u";\n"));
        // Feeds and sitemaps name only the current address.
        for (const QString &file : bundleFiles(out)) {
            if (file.endsWith(u".xml") || file.endsWith(u".json")) {
                if (file == u"manifest.json")
                    continue;
                INFO(file.toStdString());
                CHECK_FALSE(readFile(out + u'/' + file).contains(oldPage.toUtf8()));
            }
        }
        CHECK(brokenLinks(out).join(u'\n').toStdString() == "");
        CHECK(manifestProblems(out).join(u'\n').toStdString() == "");
    }
}

TEST_CASE("an export says what it left out and why", "[publish][workflow]")
{
    auto demo = demoPortal();
    ArticleStore store(demo.database);
    Article draft = liveArticle(demo.database);
    draft.id.clear();
    draft.slug.clear();
    draft.headline = QStringLiteral("一篇草稿");
    draft.status = ArticleStatus::Draft;
    REQUIRE(store.create(draft).has_value());
    Article embargoed = liveArticle(demo.database);
    embargoed.embargoUntil = demoMoment().addSecs(3600);
    REQUIRE(store.save(embargoed).has_value());

    const QString out = demo.folder->filePath(QStringLiteral("site"));
    const ExportReport report = exportTo(demo.database, out);
    QHash<LeftOut::Reason, QStringList> by;
    for (const LeftOut &out : report.leftOut)
        by[out.reason].append(out.headline);
    CHECK(by.value(LeftOut::Reason::Embargoed) == QStringList { embargoed.headline });
    CHECK(by.value(LeftOut::Reason::ScheduledLater).size() >= 1); // the demo's scheduled story
    CHECK_FALSE(by.contains(LeftOut::Reason::NotPublished)); // drafts are counted, not read
    const auto counted = [&](ArticleStatus status) {
        ArticleFilter filter;
        filter.status = status;
        return ArticleStore(demo.database).count(filter).value();
    };
    CHECK(report.unpublished == counted(ArticleStatus::Draft) + counted(ArticleStatus::InReview));
    CHECK(report.archived == counted(ArticleStatus::Archived));
    CHECK(report.unpublished >= 1);
    CHECK(report.leftOutSummary().contains(u"not published (draft or in review)"));
    CHECK(report.leftOutSummary().contains(u"under embargo"));
    CHECK(report.leftOutSummary().contains(u"scheduled for later"));
    const QStringList details = report.leftOutDetails();
    CHECK(details.filter(embargoed.headline).join(QString()).contains(u"embargoed until"));
    CHECK(details.filter(QStringLiteral("一篇草稿")).isEmpty()); // drafts are counted, not listed
    CHECK(pageOf(out, embargoed.id).isEmpty());
}
