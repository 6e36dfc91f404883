#include "bundlecheck.h"
#include "core/publish/feeds.h"

#include <QSet>
#include <QXmlStreamReader>
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
    CHECK(everyUrl.size() == pages.size() - 1); // the root index.html is the zh-hant front page again

    const auto split = Feeds::sitemapFiles(renderer, pages, 10);
    REQUIRE(split.size() == 1 + (everyUrl.size() + 9) / 10);
    CHECK(split.first().first == u"sitemap.xml");
    const QStringList parts = elements(split.first().second, QStringLiteral("loc"), &wellFormed);
    CHECK(wellFormed);
    CHECK(split.first().second.contains("<sitemapindex"));
    QStringList fromParts;
    for (qsizetype i = 1; i < split.size(); ++i) {
        INFO(split.at(i).first.toStdString());
        CHECK(split.at(i).first == QStringLiteral("sitemaps/sitemap-%1.xml").arg(i));
        CHECK(parts.value(i - 1) == QStringLiteral("https://demo.portaldesk.invalid/") + split.at(i).first);
        const QStringList urls = elements(split.at(i).second, QStringLiteral("loc"), &wellFormed);
        CHECK(wellFormed);
        CHECK(urls.size() <= 10);
        fromParts += urls;
    }
    CHECK(fromParts == everyUrl); // every URL once, in the same order
}
