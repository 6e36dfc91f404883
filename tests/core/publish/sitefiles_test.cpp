// The files beside the pages: robots.txt, favicon.ico, the 404 pages, the Google News
// sitemap, <lastmod> everywhere, and the feeds (Atom and JSON Feed).

#include "bundlecheck.h"
#include "core/publish/sitefiles.h"
#include "core/store/mediastore.h"
#include "core/store/portalstore.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

QString exportedAt(DemoPortal &portal, const QDateTime &moment)
{
    const QString bundle = portal.folder->filePath(QStringLiteral("site"));
    ExportOptions options;
    options.outFolder = bundle;
    options.at = moment;
    options.jobs = 2;
    auto report = BundleExporter(portal.database).run(options);
    INFO((report ? QString() : report.error().text()).toStdString());
    REQUIRE(report.has_value());
    return bundle;
}

// Each element named `name`: its text, or with `attribute` that attribute's value.
QStringList xmlValues(const QByteArray &xml, QStringView name, QStringView attribute = {})
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != name)
            continue;
        values.append(attribute.isEmpty() ? reader.readElementText(QXmlStreamReader::IncludeChildElements)
                                          : reader.attributes().value(attribute.toString()).toString());
    }
    REQUIRE_FALSE(reader.hasError());
    return values;
}

} // namespace

TEST_CASE("robots.txt points crawlers to both sitemaps, and favicon.ico is the logo", "[publish][site]")
{
    auto demo = demoPortal();
    const QString bundle = exportedAt(demo, demoMoment());
    const QString robots = QString::fromUtf8(readFile(QDir(bundle).filePath(QStringLiteral("robots.txt"))));
    CHECK(robots.startsWith(u"User-agent: *\nAllow: /\n"));
    CHECK(robots.contains(u"\nSitemap: https://demo.portaldesk.invalid/sitemap.xml\n"));
    CHECK(robots.contains(u"\nSitemap: https://demo.portaldesk.invalid/news-sitemap.xml\n"));

    const QImage icon
        = QImage::fromData(readFile(QDir(bundle).filePath(QStringLiteral("favicon.ico"))), "ICO");
    CHECK(icon.size() == QSize(32, 32));
    const QString front = QString::fromUtf8(readFile(QDir(bundle).filePath(QStringLiteral("en/index.html"))));
    CHECK(front.contains(
        u"<link rel=\"icon\" type=\"image/png\" sizes=\"32x32\" href=\"../assets/favicon-32."));
    CHECK(front.contains(u"<link rel=\"apple-touch-icon\" href=\"../assets/apple-touch-icon."));
    CHECK(brokenLinks(bundle).isEmpty());
}

TEST_CASE(
    "each edition has a 404 page with absolute links that search engines do not index", "[publish][site]")
{
    auto demo = demoPortal();
    const QString bundle = exportedAt(demo, demoMoment());
    for (const QString &page :
        { u"404.html"_qs, u"zh-hant/404.html"_qs, u"zh-hans/404.html"_qs, u"en/404.html"_qs }) {
        INFO(page.toStdString());
        const QString html = QString::fromUtf8(readFile(QDir(bundle).filePath(page)));
        CHECK(html.contains(u"<meta name=\"robots\" content=\"noindex\">"));
        CHECK_FALSE(html.contains(u"rel=\"canonical\""));
        CHECK(html.contains(u"href=\"https://demo.portaldesk.invalid/assets/style."));
        CHECK_FALSE(html.contains(u"href=\"../"));
    }
    CHECK(QString::fromUtf8(readFile(QDir(bundle).filePath(QStringLiteral("en/404.html"))))
              .contains(u"Page not found"));
    CHECK(QString::fromUtf8(readFile(QDir(bundle).filePath(QStringLiteral("404.html"))))
              .contains(u"找不到這一頁"));
    // Not pages a crawler should find: neither sitemap lists them.
    CHECK_FALSE(readFile(QDir(bundle).filePath(QStringLiteral("sitemap.xml"))).contains("404.html"));
}

TEST_CASE(
    "the Google News sitemap lists the articles of the last 48 hours in every edition", "[publish][site]")
{
    auto demo = demoPortal();
    // 2024-11-19T01:30Z: 生薑茶 (zh-Hant-HK, so also in 简); 2024-11-14: too old.
    const QString bundle = exportedAt(demo, QDateTime(QDate(2024, 11, 20), QTime(12, 0), QTimeZone::utc()));
    const QByteArray xml = readFile(QDir(bundle).filePath(SiteFiles::NewsSitemapPath));
    const QStringList locs = xmlValues(xml, u"loc");
    REQUIRE(locs.size() == 2);
    CHECK(locs.at(0).startsWith(u"https://demo.portaldesk.invalid/zh-hant/articles/a-shan-jin-ginger-tea"));
    CHECK(locs.at(1).startsWith(u"https://demo.portaldesk.invalid/zh-hans/articles/a-shan-jin-ginger-tea"));
    CHECK(xmlValues(xml, u"language") == QStringList { u"zh-tw"_qs, u"zh-cn"_qs });
    CHECK(xmlValues(xml, u"name") == QStringList { u"港融財經網"_qs, u"港融财经网"_qs });
    CHECK(xmlValues(xml, u"publication_date") == QStringList(2, u"2024-11-19T01:30:00Z"_qs));
    const QStringList titles = xmlValues(xml, u"title");
    REQUIRE(titles.size() == 2);
    CHECK(titles.at(0) != titles.at(1)); // the 简 one converted

    // Three days on, nothing is news any more: the file stays, empty.
    auto later = demoPortal();
    const QString old = exportedAt(later, QDateTime(QDate(2024, 11, 23), QTime(12, 0), QTimeZone::utc()));
    CHECK(xmlValues(readFile(QDir(old).filePath(SiteFiles::NewsSitemapPath)), u"url").isEmpty());
}

TEST_CASE(
    "every sitemap URL has a lastmod, front and section pages that of their newest story", "[publish][site]")
{
    auto demo = demoPortal();
    const QString bundle = exportedAt(demo, demoMoment());
    const QByteArray xml = readFile(QDir(bundle).filePath(QStringLiteral("sitemap.xml")));
    const QStringList urls = xmlValues(xml, u"url");
    const QStringList lastmods = xmlValues(xml, u"lastmod");
    CHECK(urls.size() > 40);
    CHECK(lastmods.size() == urls.size());
    for (const QString &stamp : lastmods)
        CHECK(QDateTime::fromString(stamp, Qt::ISODate).isValid());
}

TEST_CASE(
    "feeds: Atom's updated is its newest entry's, entries carry their whole story; JSON Feed 1.1 beside it",
    "[publish][feeds]")
{
    auto demo = demoPortal();
    const QString bundle = exportedAt(demo, demoMoment());
    const QByteArray atom = readFile(QDir(bundle).filePath(QStringLiteral("en/feed.xml")));
    const QStringList updated = xmlValues(atom, u"updated"); // the feed's first, then each entry's
    REQUIRE(updated.size() > 2);
    const QString newest = *std::max_element(updated.begin() + 1, updated.end());
    CHECK(updated.first() == newest);
    const QStringList contents = xmlValues(atom, u"content");
    const QStringList summaries = xmlValues(atom, u"summary");
    CHECK(contents.size() == updated.size() - 1);
    CHECK(summaries.size() == contents.size()); // every entry, standfirst or not
    for (const QString &content : contents) {
        CHECK(content.contains(u"<p>"));
        CHECK_FALSE(content.contains(u"<script", Qt::CaseInsensitive));
    }
    CHECK(xmlValues(atom, u"content", u"type") == QStringList(contents.size(), u"html"_qs));

    QJsonParseError error;
    const QJsonObject json
        = QJsonDocument::fromJson(readFile(QDir(bundle).filePath(QStringLiteral("en/feed.json"))), &error)
              .object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(json.value(QStringLiteral("version")).toString() == u"https://jsonfeed.org/version/1.1");
    CHECK(
        json.value(QStringLiteral("feed_url")).toString() == u"https://demo.portaldesk.invalid/en/feed.json");
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    CHECK(items.size() == contents.size());
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        CHECK(item.value(QStringLiteral("url"))
                  .toString()
                  .startsWith(u"https://demo.portaldesk.invalid/en/articles/"));
        CHECK(item.value(QStringLiteral("content_html")).toString().contains(u"<p>"));
        CHECK_FALSE(item.value(QStringLiteral("date_published")).toString().isEmpty());
    }
    const QString page = QString::fromUtf8(readFile(QDir(bundle).filePath(QStringLiteral("en/index.html"))));
    CHECK(page.contains(u"<link rel=\"alternate\" type=\"application/feed+json\""));
}

TEST_CASE("the portal's own logo makes the favicon, the touch icon and the publisher logo", "[publish][site]")
{
    auto demo = demoPortal();
    const QString before = exportedAt(demo, demoMoment());
    const QByteArray themeIcon = readFile(QDir(before).filePath(QStringLiteral("favicon.ico")));

    // A red 900 × 300 banner, stored as the portal's logo.
    QImage banner(900, 300, QImage::Format_RGB32);
    banner.fill(QColor(200, 20, 30));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(banner.save(&buffer, "PNG"));
    Portal portal = PortalStore(demo.database).get().value();
    portal.logo = MediaStore(demo.database).put(png, QStringLiteral("banner.png")).value();
    REQUIRE(PortalStore(demo.database).put(portal).has_value());

    const QString bundle = exportedAt(demo, demoMoment());
    const QImage icon
        = QImage::fromData(readFile(QDir(bundle).filePath(QStringLiteral("favicon.ico"))), "ICO");
    REQUIRE(icon.size() == QSize(32, 32));
    CHECK(readFile(QDir(bundle).filePath(QStringLiteral("favicon.ico"))) != themeIcon);
    CHECK(QColor(icon.pixel(16, 16)) == QColor(200, 20, 30)); // the banner, centred
    CHECK(qAlpha(icon.pixel(16, 1)) == 0); // on a transparent square
    QString logo;
    for (const QString &file : bundleFiles(bundle)) {
        if (file.startsWith(u"assets/logo.") && file.endsWith(u".png"))
            logo = file;
    }
    REQUIRE_FALSE(logo.isEmpty());
    CHECK(
        QImage::fromData(readFile(QDir(bundle).filePath(logo))).size() == QSize(600, 200)); // at most 600 px
    const QString front = QString::fromUtf8(readFile(QDir(bundle).filePath(QStringLiteral("en/index.html"))));
    CHECK(front.contains(
        QStringLiteral("\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://demo.portaldesk.invalid/")
        + logo));
    CHECK(brokenLinks(bundle).isEmpty());

    // A logo the media store no longer has stops the export with its name, the bundle as it was.
    portal.logo = QStringLiteral("0000000000000000.png");
    REQUIRE(PortalStore(demo.database).put(portal).has_value());
    ExportOptions options;
    options.outFolder = bundle;
    options.at = demoMoment();
    auto refused = BundleExporter(demo.database).run(options);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(u"the portal's logo 0000000000000000.png"));
    CHECK(readFile(QDir(bundle).filePath(QStringLiteral("favicon.ico"))) != themeIcon);
}
