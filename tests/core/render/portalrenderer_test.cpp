#include "core/render/edition.h"
#include "rendertesting.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {
QString renderPath(const PortalRenderer &renderer, const QString &path)
{
    for (const PagePlan &page : renderer.plan()) {
        if (page.path == path) {
            auto html = renderer.render(page);
            REQUIRE(html.has_value());
            return *html;
        }
    }
    FAIL("no page " << path.toStdString());
    return {};
}
} // namespace

TEST_CASE("the plan covers every edition, section page and article page", "[render]")
{
    PortalSnapshot snapshot = samplePortal();
    for (int i = 0; i < 45; ++i)
        snapshot.articles.append(
            liveArticle(QStringLiteral("n-%1").arg(i), Language::ZhHantHK, QStringLiteral("新聞 %1").arg(i)));
    snapshot.reindex();
    const PortalRenderer renderer = rendererFor(snapshot);
    QSet<QString> paths;
    for (const PagePlan &page : renderer.plan()) {
        CHECK_FALSE(paths.contains(page.path));
        paths.insert(page.path);
        CHECK(page.inputHash.size() == 64);
    }
    for (const char *path : { "index.html", "zh-hant/index.html", "zh-hans/index.html", "en/index.html",
             "zh-hant/sections/finance/index.html", "zh-hant/sections/finance/page-2.html",
             "zh-hant/sections/finance/page-3.html", "zh-hans/sections/finance/page-3.html",
             "en/sections/finance/index.html", "zh-hant/sections/opinion/index.html" }) {
        INFO(path);
        CHECK(paths.contains(QString::fromLatin1(path)));
    }
    CHECK_FALSE(paths.contains(QStringLiteral("zh-hant/sections/finance/page-4.html")));
    CHECK_FALSE(paths.contains(QStringLiteral("en/sections/finance/page-2.html")));
    CHECK(
        paths.contains(renderer.articlePath(*snapshot.article(QStringLiteral("a-hair")), Language::ZhHans)));
    CHECK_FALSE(paths.contains(
        renderer.articlePath(*snapshot.article(QStringLiteral("a-hair-en")), Language::ZhHantHK)));

    const QString page2 = renderPath(renderer, QStringLiteral("zh-hant/sections/finance/page-2.html"));
    CHECK(page2.contains(u"../../../zh-hant/sections/finance/index.html\" rel=\"prev\""));
    CHECK(page2.contains(u"../../../zh-hant/sections/finance/page-3.html\" rel=\"next\""));
}

TEST_CASE("the Simplified edition is converted phrase by phrase, with its own quotes", "[render]")
{
    const PortalSnapshot snapshot = samplePortal();
    const PortalRenderer renderer = rendererFor(snapshot);
    const QString hans = renderPath(
        renderer, renderer.articlePath(*snapshot.article(QStringLiteral("a-hair")), Language::ZhHans));
    CHECK(hans.contains(u"头发护理业务发展迅速"));
    CHECK(hans.contains(u"“头发”产业的发展"));
    CHECK(hans.contains(u"lang=\"zh-Hans\""));
    CHECK(hans.contains(u"港融财经网"));
    CHECK(hans.contains(u"财经新闻"));
    const QString hant = renderPath(
        renderer, renderer.articlePath(*snapshot.article(QStringLiteral("a-hair")), Language::ZhHantHK));
    CHECK(hant.contains(u"頭髮護理業務發展迅速"));
    CHECK(hant.contains(u"2024年11月11日 20:47"));
}

TEST_CASE("translation pairs link each other and promos stay in their language", "[render]")
{
    const PortalSnapshot snapshot = samplePortal();
    const PortalRenderer renderer = rendererFor(snapshot);
    const Article *hant = snapshot.article(QStringLiteral("a-hair"));
    const Article *en = snapshot.article(QStringLiteral("a-hair-en"));
    const QString hantPage = renderPath(renderer, renderer.articlePath(*hant, Language::ZhHantHK));
    CHECK(
        hantPage.contains(QStringLiteral("href=\"../../") + renderer.articlePath(*en, Language::En) + u'"'));
    CHECK(hantPage.contains(u"畢加索的市場潛能有多強？"));
    CHECK_FALSE(hantPage.contains(u"Picasso's market"));
    const QString enPage = renderPath(renderer, renderer.articlePath(*en, Language::En));
    CHECK(enPage.contains(
        QStringLiteral("href=\"../../") + renderer.articlePath(*hant, Language::ZhHantHK) + u'"'));
    CHECK(enPage.contains(u"Picasso&#39;s market"));
    CHECK_FALSE(enPage.contains(u"畢加索"));
}

TEST_CASE("the Simplified edition shows a promo's own Simplified texts instead of converting", "[render]")
{
    PortalSnapshot snapshot = samplePortal();
    Promo &feature = snapshot.promos[0];
    feature.simplifiedOverride.text = QStringLiteral("毕加索作品的市场有多大？");
    feature.simplifiedOverride.callToAction = QStringLiteral("► 立即查看");
    const PortalRenderer renderer = rendererFor(snapshot);
    const Article *hant = snapshot.article(QStringLiteral("a-hair"));
    const QString hansPage = renderPath(renderer, renderer.articlePath(*hant, Language::ZhHans));
    CHECK(hansPage.contains(u"毕加索作品的市场有多大？"));
    CHECK(hansPage.contains(u"► 立即查看"));
    CHECK_FALSE(hansPage.contains(u"即睇"));
    CHECK_FALSE(hansPage.contains(u"毕加索的市场潜能有多强"));
    CHECK(hansPage.contains(u"与拍卖官看艺术")); // no own kicker: converted
    // The 繁 edition keeps the Traditional texts.
    const QString hantPage = renderPath(renderer, renderer.articlePath(*hant, Language::ZhHantHK));
    CHECK(hantPage.contains(u"► 即睇"));
    CHECK_FALSE(hantPage.contains(u"立即查看"));

    // Field by field, through the edition itself.
    const Promo shown = Edition(Language::ZhHans).localise(feature).value();
    CHECK(shown.kicker == u"与拍卖官看艺术");
    CHECK(shown.text == u"毕加索作品的市场有多大？");
    CHECK(shown.callToAction == u"► 立即查看");
    CHECK(shown.language == Language::ZhHans);
    CHECK(Edition(Language::ZhHantHK).localise(feature)->callToAction == u"► 即睇");
}

TEST_CASE(
    "hostile text in every field never yields a script, handler or dangerous link", "[render][security]")
{
    const QString payload = QStringLiteral("\"><script>alert(1)</script><img src=x onerror=alert(2)>'");
    PortalSnapshot snapshot = samplePortal();
    snapshot.portal.name[Language::ZhHantHK] = payload;
    snapshot.sections[0].names[Language::ZhHantHK] = payload;
    snapshot.columns[0].names[Language::En] = payload;
    for (Article &article : snapshot.articles) {
        for (QString *field : { &article.kicker, &article.headline, &article.standfirst, &article.byline,
                 &article.source, &article.dateline, &article.credit })
            *field = payload;
        article.body = payload
            + QStringLiteral("\n\n[x](javascript:alert(3)) <a href=\"vbscript:x\">y</a> "
                             "![i](data:image/svg+xml,<svg onload=alert(4)>)");
        article.originalLink = QStringLiteral("javascript:alert(5)");
        article.photos = { Photo { QStringLiteral("../../etc/passwd"), payload, payload, payload },
            Photo { QStringLiteral("abc.png"), payload, payload, payload } };
    }
    for (Promo &promo : snapshot.promos) {
        promo.kicker = promo.text = promo.callToAction = payload;
        if (promo.language == Language::ZhHantHK)
            promo.simplifiedOverride = { payload, payload, payload };
        promo.image = QStringLiteral("javascript:alert(6)");
    }
    snapshot.promos[1].link = QStringLiteral("javascript:alert(7)");
    snapshot.reindex();

    const PortalRenderer renderer = rendererFor(snapshot);
    int rendered = 0;
    for (const PagePlan &page : renderer.plan()) {
        auto html = renderer.render(page);
        REQUIRE(html.has_value());
        INFO(page.path.toStdString());
        CHECK(unsafeParts(*html).toStdString() == "");
        CHECK_FALSE(html->contains(u"../../etc/passwd"));
        ++rendered;
    }
    CHECK(rendered > 5);
    // The checker itself notices the real thing.
    CHECK_FALSE(unsafeParts(QStringLiteral("<img src=x onerror=alert(1)>")).isEmpty());
    CHECK_FALSE(unsafeParts(QStringLiteral("<a href=\" javascript:x\">")).isEmpty());
    CHECK_FALSE(unsafeParts(QStringLiteral("<SCRIPT>")).isEmpty());
    const QString page = renderPath(
        renderer, renderer.articlePath(*snapshot.article(QStringLiteral("a-hair-en")), Language::En));
    CHECK(page.contains(u"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_CASE("the preview renders an unsaved article with the export's templates", "[render]")
{
    const PortalSnapshot snapshot = samplePortal();
    const PortalRenderer renderer = rendererFor(snapshot);
    Article unsaved = *snapshot.article(QStringLiteral("a-hair"));
    unsaved.headline = QStringLiteral("未儲存的新標題：發展");
    unsaved.status = ArticleStatus::Draft;
    QString path;
    auto hans = renderer.previewArticle(unsaved, Language::ZhHans, &path);
    REQUIRE(hans.has_value());
    CHECK(hans->contains(u"未储存的新标题：发展"));
    CHECK(path == renderer.articlePath(unsaved, Language::ZhHans));
    CHECK(hans->contains(u"Content-Security-Policy"));

    Article english = *snapshot.article(QStringLiteral("a-hair-en"));
    auto shownInEnglish = renderer.previewArticle(english, Language::ZhHantHK, &path);
    REQUIRE(shownInEnglish.has_value());
    CHECK(path.startsWith(u"en/"));

    auto front = renderer.previewFront(Language::En);
    REQUIRE(front.has_value());
    CHECK(front->contains(u"Hair care business grows fast"));
}

TEST_CASE("output paths stay inside the bundle whatever the id and slug", "[render][security]")
{
    const PortalRenderer renderer = rendererFor(samplePortal());
    Article article
        = liveArticle(QStringLiteral("../../../etc/cron.d/x"), Language::En, QStringLiteral("../../up"));
    article.slug = QStringLiteral("../evil");
    for (Language edition : allLanguages()) {
        const QString path = renderer.articlePath(article, edition);
        INFO(path.toStdString());
        CHECK_FALSE(path.contains(u".."));
        CHECK(path.startsWith(editionFolder(edition) + QStringLiteral("/articles/")));
        CHECK(path.count(u'/') == 2);
    }
}

TEST_CASE("a photo still waiting for its picture is never an <img>", "[render]")
{
    PortalSnapshot snapshot = samplePortal();
    Article &article = snapshot.articles.first();
    article.photos = { Photo { {}, QStringLiteral("圖為等待配圖的說明。"), {}, {} },
        Photo { QStringLiteral("abc.png"), QStringLiteral("圖為已有圖片的說明。"), {}, {} } };
    snapshot.reindex();
    const PortalRenderer renderer = rendererFor(snapshot);
    for (const PagePlan &page : renderer.plan()) {
        auto html = renderer.render(page);
        REQUIRE(html.has_value());
        INFO(page.path.toStdString());
        CHECK_FALSE(html->contains(u"src=\"\""));
        CHECK_FALSE(html->contains(u"assets/media/\""));
        CHECK_FALSE(html->contains(u"等待配圖"));
        CHECK_FALSE(html->contains(u"等待配图"));
    }
    const QString page = renderPath(renderer, renderer.articlePath(article, article.language));
    CHECK(page.contains(u"assets/media/abc.png"));
    Article draft = article;
    draft.status = ArticleStatus::Draft;
    draft.photos.removeLast();
    auto preview = renderer.previewArticle(draft, Language::ZhHantHK, nullptr);
    REQUIRE(preview.has_value());
    CHECK_FALSE(preview->contains(u"<figure"));
    CHECK_FALSE(preview->contains(u"等待配圖"));
}

TEST_CASE("a draft's preview shows no empty placeholders", "[render][workflow]")
{
    const PortalSnapshot snapshot = samplePortal();
    const PortalRenderer renderer = rendererFor(snapshot);
    Article draft;
    draft.id = QStringLiteral("new-draft");
    draft.headline = QStringLiteral("新稿件");
    draft.body = QStringLiteral("內文。");
    draft.status = ArticleStatus::Draft; // no publish time, no columns, no translation
    for (Language edition : { Language::ZhHantHK, Language::ZhHans }) {
        auto preview = renderer.previewArticle(draft, edition, nullptr);
        REQUIRE(preview.has_value());
        CHECK_FALSE(preview->contains(u"0年0月0日"));
        CHECK_FALSE(preview->contains(u"class=\"published\""));
        CHECK_FALSE(preview->contains(u"datetime=\"\""));
        CHECK_FALSE(preview->contains(u"class=\"story-columns\""));
        const qsizetype also = preview->indexOf(u"class=\"translations\"");
        const QString links
            = also < 0 ? QString() : preview->mid(also, preview->indexOf(u"</p>", also) - also);
        CHECK_FALSE(links.contains(u"hreflang=\"en\"")); // no English partner to link
    }
    // An English draft with no partner: no "Also in" at all.
    Article english = draft;
    english.language = Language::En;
    english.headline = QStringLiteral("New story");
    auto alone = renderer.previewArticle(english, Language::En, nullptr);
    REQUIRE(alone.has_value());
    CHECK_FALSE(alone->contains(u"class=\"translations\""));
    // With a time, columns and a partner, they are there.
    const Article &live = snapshot.articles.first();
    auto page = renderer.previewArticle(live, live.language, nullptr);
    REQUIRE(page.has_value());
    CHECK(page->contains(u"class=\"published\""));
}

TEST_CASE("the sidebar's story list says what it is: the latest, not the most read", "[render][workflow]")
{
    const PortalSnapshot snapshot = samplePortal();
    const PortalRenderer renderer = rendererFor(snapshot);
    const QString front = renderPath(renderer, renderer.frontPath(Language::ZhHantHK));
    CHECK(front.contains(u"最新文章"));
    CHECK_FALSE(front.contains(u"人氣文章"));
    CHECK_FALSE(renderPath(renderer, renderer.frontPath(Language::En)).contains(u"Most read"));
}
