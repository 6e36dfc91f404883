// What search engines and social sites read from every exported page: canonical
// address, description, Open Graph, hreflang alternates identical to the sitemap's,
// JSON-LD allowed by its hash in the page's CSP, and titles naming the site once.

#include "bundlecheck.h"
#include "core/render/pagemeta.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

const QString demoBase = QStringLiteral("https://demo.portaldesk.invalid/");

QString unescaped(QString text)
{
    return text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

// The content of every <meta> with `attribute`="name" (property or name).
QStringList metaValues(const QString &html, const QString &attribute, const QString &name)
{
    const QRegularExpression meta(QStringLiteral("<meta %1=\"%2\" content=\"([^\"]*)\">")
                                      .arg(attribute, QRegularExpression::escape(name)));
    QStringList values;
    for (auto it = meta.globalMatch(html); it.hasNext();)
        values.append(unescaped(it.next().captured(1)));
    return values;
}

QStringList linkHrefs(const QString &html, const QString &rel)
{
    const QRegularExpression link(
        QStringLiteral("<link rel=\"%1\" href=\"([^\"]*)\">").arg(QRegularExpression::escape(rel)));
    QStringList hrefs;
    for (auto it = link.globalMatch(html); it.hasNext();)
        hrefs.append(unescaped(it.next().captured(1)));
    return hrefs;
}

// hreflang → absolute href, as the page lists them.
QMap<QString, QString> pageAlternates(const QString &html)
{
    static const QRegularExpression link(
        QStringLiteral("<link rel=\"alternate\" hreflang=\"([^\"]*)\" href=\"([^\"]*)\">"));
    QMap<QString, QString> alternates;
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        alternates.insert(match.captured(1), unescaped(match.captured(2)));
    }
    return alternates;
}

// loc → (hreflang → href), from sitemap.xml.
QMap<QString, QMap<QString, QString>> sitemapAlternates(const QByteArray &xml)
{
    QMap<QString, QMap<QString, QString>> entries;
    QXmlStreamReader reader(xml);
    QString loc;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"loc") {
            loc = reader.readElementText();
            entries[loc];
        } else if (reader.name() == u"link") {
            entries[loc].insert(reader.attributes().value(QLatin1String("hreflang")).toString(),
                reader.attributes().value(QLatin1String("href")).toString());
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return entries;
}

QJsonObject jsonLd(const QString &html)
{
    static const QRegularExpression block(
        QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = block.match(html);
    if (!match.hasMatch())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(match.captured(1).toUtf8(), &error);
    INFO(match.captured(1).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QJsonObject ofType(const QJsonObject &ld, const QString &type)
{
    for (const QJsonValue &node : ld.value(QStringLiteral("@graph")).toArray()) {
        if (node.toObject().value(QStringLiteral("@type")).toString() == type)
            return node.toObject();
    }
    return {};
}

struct Bundle
{
    DemoPortal portal;
    QString folder;
};

Bundle exported(DemoPortal portal)
{
    Bundle bundle { std::move(portal), {} };
    bundle.folder = bundle.portal.folder->filePath(QStringLiteral("site"));
    exportTo(bundle.portal.database, bundle.folder);
    return bundle;
}

QStringList pagesOf(const QString &folder)
{
    QStringList pages;
    for (const QString &file : bundleFiles(folder)) {
        if (file.endsWith(u".html") && file != u"404.html" && !file.endsWith(u"/404.html"))
            pages.append(file);
    }
    return pages;
}

} // namespace

TEST_CASE("every page has an absolute canonical address, a description, Open Graph and a twitter card",
    "[publish][discovery]")
{
    const Bundle bundle = exported(demoPortal());
    const QStringList pages = pagesOf(bundle.folder);
    REQUIRE(pages.size() > 40);
    for (const QString &page : pages) {
        INFO(page.toStdString());
        const QString html = QString::fromUtf8(readFile(QDir(bundle.folder).filePath(page)));
        const QStringList canonical = linkHrefs(html, QStringLiteral("canonical"));
        REQUIRE(canonical.size() == 1);
        // The root index.html is the default edition's front page again: that is its canonical.
        CHECK(canonical.first()
            == demoBase + (page == u"index.html" ? QStringLiteral("zh-hant/index.html") : page));
        const QStringList description
            = metaValues(html, QStringLiteral("name"), QStringLiteral("description"));
        REQUIRE(description.size() == 1);
        CHECK_FALSE(description.first().isEmpty());
        CHECK(description.first()
            != unescaped(QRegularExpression(QStringLiteral("<title>(.*)</title>"))
                             .match(html)
                             .captured(1))); // says more than the title
        CHECK(metaValues(html, QStringLiteral("property"), QStringLiteral("og:url")) == canonical);
        CHECK(metaValues(html, QStringLiteral("property"), QStringLiteral("og:description")) == description);
        CHECK(metaValues(html, QStringLiteral("property"), QStringLiteral("og:title")).size() == 1);
        const QStringList image = metaValues(html, QStringLiteral("property"), QStringLiteral("og:image"));
        REQUIRE(image.size() == 1);
        CHECK(image.first().startsWith(demoBase + QStringLiteral("assets/")));
        CHECK(metaValues(html, QStringLiteral("name"), QStringLiteral("twitter:card")).size() == 1);
        const bool article = page.contains(u"/articles/");
        CHECK(metaValues(html, QStringLiteral("property"), QStringLiteral("og:type"))
            == QStringList { article ? QStringLiteral("article") : QStringLiteral("website") });
        const QString locale = page.startsWith(u"en/") ? QStringLiteral("en_US")
            : page.startsWith(u"zh-hans/")             ? QStringLiteral("zh_CN")
                                                       : QStringLiteral("zh_HK");
        CHECK(metaValues(html, QStringLiteral("property"), QStringLiteral("og:locale"))
            == QStringList { locale });
    }
}

TEST_CASE("a description is the standfirst, else the first paragraph cut at a word boundary",
    "[publish][discovery]")
{
    const Bundle bundle = exported(hostilePortal());
    // The Chinese hostile article has no standfirst and a long first paragraph.
    const QString chinese = QString::fromUtf8(readFile(
        QDir(bundle.folder).filePath(QStringLiteral("zh-hant/articles/h-zh-1-hostile-chinese.html"))));
    const QString description
        = metaValues(chinese, QStringLiteral("name"), QStringLiteral("description")).value(0);
    INFO(description.toStdString());
    CHECK(description.startsWith(u"首段沒有導語"));
    CHECK(description.endsWith(u"…"));
    CHECK(description.size() <= PageMeta::DescriptionColumns);
    CHECK_FALSE(description.contains(u"<"));
    const QString english = QString::fromUtf8(
        readFile(QDir(bundle.folder).filePath(QStringLiteral("en/articles/h-en-1-hostile-english.html"))));
    CHECK(metaValues(english, QStringLiteral("name"), QStringLiteral("description")).value(0)
        == u"\"Standfirst\" </script><script>alert(1)</script> & <!-- -->");
}

TEST_CASE("titles name the site once", "[publish][discovery]")
{
    const Bundle bundle = exported(demoPortal());
    static const QRegularExpression title(QStringLiteral("<title>(.*)</title>"));
    for (const QString &page : pagesOf(bundle.folder)) {
        INFO(page.toStdString());
        const QString html = QString::fromUtf8(readFile(QDir(bundle.folder).filePath(page)));
        const QString shown = unescaped(title.match(html).captured(1));
        const QString site = page.startsWith(u"en/") ? QStringLiteral("HK Finance Desk")
            : page.startsWith(u"zh-hans/")           ? QStringLiteral("港融财经网")
                                                     : QStringLiteral("港融財經網");
        CHECK(shown.count(site) == 1);
    }
}

TEST_CASE("hreflang alternates are absolute, include the page itself and x-default, and match the sitemap",
    "[publish][discovery]")
{
    const Bundle bundle = exported(demoPortal());
    const auto sitemap
        = sitemapAlternates(readFile(QDir(bundle.folder).filePath(QStringLiteral("sitemap.xml"))));
    int withAlternates = 0;
    for (const QString &page : pagesOf(bundle.folder)) {
        if (page == u"index.html")
            continue; // not in the sitemap: zh-hant/index.html stands for it
        INFO(page.toStdString());
        const QString html = QString::fromUtf8(readFile(QDir(bundle.folder).filePath(page)));
        const QMap<QString, QString> alternates = pageAlternates(html);
        REQUIRE(sitemap.contains(demoBase + page));
        CHECK(alternates == sitemap.value(demoBase + page));
        if (alternates.isEmpty())
            continue;
        ++withAlternates;
        CHECK(alternates.values().contains(demoBase + page));
        CHECK(alternates.contains(QStringLiteral("x-default")));
        for (const QString &href : alternates)
            CHECK(href.startsWith(demoBase));
    }
    CHECK(withAlternates > 30);
    // Front pages: every edition and x-default, the default edition's front page.
    const QMap<QString, QString> front = pageAlternates(
        QString::fromUtf8(readFile(QDir(bundle.folder).filePath(QStringLiteral("en/index.html")))));
    CHECK(front.keys()
        == QStringList { QStringLiteral("en"), QStringLiteral("x-default"), QStringLiteral("zh-Hans"),
            QStringLiteral("zh-Hant-HK") });
    CHECK(front.value(QStringLiteral("x-default")) == demoBase + QStringLiteral("zh-hant/index.html"));
}

TEST_CASE(
    "JSON-LD describes each page and is allowed by its hash, never by unsafe-inline", "[publish][discovery]")
{
    const Bundle bundle = exported(demoPortal());
    static const QRegularExpression csp(
        QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">"));
    static const QRegularExpression block(
        QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"));
    int articles = 0;
    for (const QString &page : pagesOf(bundle.folder)) {
        INFO(page.toStdString());
        const QString html = QString::fromUtf8(readFile(QDir(bundle.folder).filePath(page)));
        const QString policy = csp.match(html).captured(1);
        CHECK_FALSE(policy.contains(u"unsafe-inline"));
        CHECK(policy.contains(u"connect-src 'self'")); // robots.txt and the like can be fetched
        const QString data = block.match(html).captured(1);
        REQUIRE_FALSE(data.isEmpty());
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(data.toUtf8(), QCryptographicHash::Sha256).toBase64());
        CHECK(policy.contains(QStringLiteral("script-src 'sha256-%1'").arg(hash)));
        CHECK(html.count(QStringLiteral("<script")) == 1);

        const QJsonObject ld = jsonLd(html);
        CHECK(ld.value(QStringLiteral("@context")).toString() == u"https://schema.org");
        if (page.contains(u"/articles/")) {
            ++articles;
            const QJsonObject news = ofType(ld, QStringLiteral("NewsArticle"));
            for (const char *field : { "headline", "datePublished", "dateModified", "author", "image",
                     "publisher", "inLanguage", "isPartOf", "mainEntityOfPage" })
                CHECK(news.contains(QString::fromLatin1(field)));
            CHECK(
                news.value(QStringLiteral("publisher")).toObject().value(QStringLiteral("logo")).isObject());
            CHECK(news.value(QStringLiteral("mainEntityOfPage")).toString() == demoBase + page);
            const QJsonArray crumbs = ofType(ld, QStringLiteral("BreadcrumbList"))
                                          .value(QStringLiteral("itemListElement"))
                                          .toArray();
            REQUIRE(crumbs.size() >= 2);
            CHECK(crumbs.last().toObject().value(QStringLiteral("item")).toString() == demoBase + page);
        } else if (page.endsWith(u"/index.html") && !page.contains(u"/sections/")) {
            CHECK_FALSE(ofType(ld, QStringLiteral("WebSite")).isEmpty());
            CHECK_FALSE(ofType(ld, QStringLiteral("NewsMediaOrganization")).isEmpty());
        } else if (page.contains(u"/sections/")) {
            CHECK(ofType(ld, QStringLiteral("BreadcrumbList"))
                      .value(QStringLiteral("itemListElement"))
                      .toArray()
                      .size()
                == 2);
        }
    }
    CHECK(articles > 20);
}

TEST_CASE(
    "hostile text stays data inside JSON-LD and the head's attributes", "[publish][discovery][security]")
{
    const Bundle bundle = exported(hostilePortal());
    const QString html = QString::fromUtf8(
        readFile(QDir(bundle.folder).filePath(QStringLiteral("en/articles/h-en-1-hostile-english.html"))));
    const QString head = html.left(html.indexOf(QStringLiteral("</head>")));
    CHECK(head.count(QStringLiteral("<script")) == 1);
    CHECK(head.count(QStringLiteral("</script>")) == 1);
    CHECK_FALSE(head.contains(QStringLiteral("<!--")));
    const QJsonObject news = ofType(jsonLd(html), QStringLiteral("NewsArticle"));
    CHECK(news.value(QStringLiteral("headline")).toString()
        == QStringLiteral("Headline </title><script>alert(\"t\")</script> & 'quote' \u202eRTL"));
    CHECK(news.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString()
        == u"<b>Reporter</b> & Co");
}

TEST_CASE("no link says only \"Read more\": the lead's carries its headline", "[publish][discovery]")
{
    const Bundle bundle = exported(demoPortal());
    static const QRegularExpression readMore(QStringLiteral(
        "<p class=\"read-more\"><a [^>]*>([^<]*)<span class=\"visually-hidden\">: ([^<]+)</span></a>"));
    for (const QString &page : { u"en/index.html"_qs, u"zh-hant/index.html"_qs }) {
        const QString html = QString::fromUtf8(readFile(QDir(bundle.folder).filePath(page)));
        const auto match = readMore.match(html);
        INFO(page.toStdString());
        REQUIRE(match.hasMatch());
        CHECK(html.contains(
            QStringLiteral("class=\"lead-title\"><a href=\"%1\">%2</a>")
                .arg(QRegularExpression(QStringLiteral("<p class=\"read-more\"><a href=\"([^\"]+)\""))
                         .match(html)
                         .captured(1),
                    match.captured(2))));
    }
}
