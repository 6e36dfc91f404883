#include "bundlecheck.h"
#include "core/publish/feeds.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

// The text of every <name> element, and whether the XML parsed.
QStringList elements(const QByteArray &xml, const QString &name, bool *wellFormed)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    *wellFormed = !reader.hasError();
    return texts;
}

} // namespace

TEST_CASE("a sitemap past the protocol's size becomes an index of smaller sitemaps", "[publish]")
{
    auto demo = demoPortal();
    auto snapshot = PortalSnapshot::load(demo.database, demoMoment());
    REQUIRE(snapshot.has_value());
    auto theme = Theme::load(Theme::defaultFolder());
    REQUIRE(theme.has_value());
    const PortalRenderer renderer(std::make_shared<const PortalSnapshot>(std::move(*snapshot)),
        std::make_shared<const Theme>(std::move(*theme)));
    const QList<PagePlan> pages = renderer.plan();

    const auto single = Feeds::sitemapFiles(renderer, pages);
    REQUIRE(single.size() == 1);
    CHECK(single.first().first == u"sitemap.xml");
    bool wellFormed = false;
    const QStringList everyUrl = elements(single.first().second, QStringLiteral("loc"), &wellFormed);
    CHECK(wellFormed);
    const auto notFound = std::count_if(pages.cbegin(), pages.cend(),
        [](const PagePlan &page) { return page.kind == PagePlan::Kind::NotFound; });
    CHECK(notFound == 4); // a 404 page per edition and the root's: not for crawlers
    // The root index.html is the zh-hant front page again.
    CHECK(everyUrl.size() == pages.size() - 1 - notFound);

    const auto split = Feeds::sitemapFiles(renderer, pages, 10, 10);
    REQUIRE(split.size() > 3);
    CHECK(split.first().first == u"sitemap.xml");
    const QStringList parts = elements(split.first().second, QStringLiteral("loc"), &wellFormed);
    CHECK(wellFormed);
    CHECK(split.first().second.contains("<sitemapindex"));
    CHECK(parts.size() == split.size() - 1);
    // Parts per edition: its front and section pages, then its articles by month.
    static const QRegularExpression partName(
        QStringLiteral("^sitemaps/(zh-hant|zh-hans|en)-(pages|\\d{4}-\\d{2})(-\\d+)?\\.xml$"));
    QStringList fromParts;
    QSet<QString> names;
    for (qsizetype i = 1; i < split.size(); ++i) {
        const QString name = split.at(i).first;
        INFO(name.toStdString());
        const QRegularExpressionMatch match = partName.match(name);
        REQUIRE(match.hasMatch());
        CHECK_FALSE(names.contains(name));
        names.insert(name);
        CHECK(parts.value(i - 1) == QStringLiteral("https://demo.portaldesk.invalid/") + name);
        const QStringList urls = elements(split.at(i).second, QStringLiteral("loc"), &wellFormed);
        CHECK(wellFormed);
        CHECK(urls.size() <= 10);
        for (const QString &url : urls) {
            INFO(url.toStdString());
            CHECK(url.startsWith(
                QStringLiteral("https://demo.portaldesk.invalid/") + match.captured(1) + u'/'));
            CHECK(url.contains(u"/articles/") == (match.captured(2) != u"pages"));
        }
        fromParts += urls;
    }
    CHECK(names.contains(QStringLiteral("sitemaps/en-pages.xml")));
    CHECK(fromParts == everyUrl); // every URL once, in the same order
}

TEST_CASE(
    "an edit to one article changes the sitemap parts of its month and its editions' pages only", "[publish]")
{
    auto demo = demoPortal();
    auto snapshot = PortalSnapshot::load(demo.database, demoMoment());
    REQUIRE(snapshot.has_value());
    auto theme = Theme::load(Theme::defaultFolder());
    REQUIRE(theme.has_value());
    const auto sharedTheme = std::make_shared<const Theme>(std::move(*theme));
    const auto before = std::make_shared<const PortalSnapshot>(*snapshot);
    // The newest Chinese article without a translation, edited a day later.
    qsizetype edited = -1;
    for (qsizetype i = 0; i < snapshot->articles.size() && edited < 0; ++i) {
        const Article &article = snapshot->articles.at(i);
        if (article.language == Language::ZhHantHK && article.translationGroup.isEmpty())
            edited = i;
    }
    REQUIRE(edited >= 0);
    snapshot->articles[edited].updatedAt = snapshot->articles.at(edited).publishAt.addDays(1);
    snapshot->articles[edited].version += 1;
    const auto after = std::make_shared<const PortalSnapshot>(*snapshot);

    const PortalRenderer oldRenderer(before, sharedTheme);
    const PortalRenderer newRenderer(after, sharedTheme);
    const QList<PagePlan> oldPages = oldRenderer.plan();
    const QList<PagePlan> newPages = newRenderer.plan();
    const Feeds::Sitemap oldMap(oldRenderer, oldPages, 10, 10);
    const Feeds::Sitemap newMap(newRenderer, newPages, 10, 10);
    REQUIRE(oldMap.files().size() == newMap.files().size());
    QStringList changed;
    for (qsizetype i = 0; i < oldMap.files().size(); ++i) {
        REQUIRE(oldMap.files().at(i).path == newMap.files().at(i).path);
        if (oldMap.files().at(i).input != newMap.files().at(i).input) {
            changed.append(newMap.files().at(i).path);
            CHECK(oldMap.bytes(i) != newMap.bytes(i));
        } else {
            CHECK(oldMap.bytes(i) == newMap.bytes(i)); // same input, same file
        }
    }
    const QDate month = after->articles.at(edited).publishAt.toUTC().date();
    const QString suffix
        = QStringLiteral("-%1-%2").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0'));
    INFO(changed.join(u", ").toStdString());
    // Its Traditional page and its Simplified one, and in each edition the part of front and
    // section pages, whose <lastmod> is that of their newest story: this one now.
    REQUIRE(changed.size() == 4);
    CHECK(changed.at(0) == u"sitemaps/zh-hant-pages.xml");
    CHECK(changed.at(1).startsWith(QStringLiteral("sitemaps/zh-hant") + suffix));
    CHECK(changed.at(2) == u"sitemaps/zh-hans-pages.xml");
    CHECK(changed.at(3).startsWith(QStringLiteral("sitemaps/zh-hans") + suffix));
}
