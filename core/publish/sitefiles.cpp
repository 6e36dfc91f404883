#include "core/publish/sitefiles.h"

#include "core/digest.h"
#include "core/render/edition.h"
#include "core/render/siteicons.h"
#include "core/text/editionformat.h"

#include <QXmlStreamWriter>

namespace PortalDesk::SiteFiles {

namespace {

struct NewsItem
{
    const Article *article = nullptr;
    Language edition = Language::ZhHantHK;
};

// Newest first, across editions, at most NewsSitemapLimit.
QList<NewsItem> newsItems(const PortalRenderer &renderer)
{
    const QDateTime moment = renderer.snapshot().moment;
    const QDateTime since = moment.addSecs(-qint64(NewsWindowHours) * 3600);
    QList<NewsItem> items;
    for (Language edition : renderer.editions()) {
        for (const Article *article : renderer.articlesOf(edition)) {
            if (article->publishAt < since)
                break; // an edition's articles are newest first
            if (article->publishAt <= moment)
                items.append({ article, edition });
        }
    }
    std::stable_sort(items.begin(), items.end(),
        [](const NewsItem &a, const NewsItem &b) { return a.article->publishAt > b.article->publishAt; });
    if (items.size() > NewsSitemapLimit)
        items.resize(NewsSitemapLimit);
    return items;
}

// Google News knows Chinese as zh-cn and zh-tw only.
QString newsLanguage(Language edition)
{
    switch (edition) {
    case Language::ZhHantHK:
        return QStringLiteral("zh-tw");
    case Language::ZhHans:
        return QStringLiteral("zh-cn");
    case Language::En:
        break;
    }
    return QStringLiteral("en");
}

} // namespace

QByteArray robots(const PortalRenderer &renderer)
{
    return "User-agent: *\nAllow: /\n\nSitemap: "
        + renderer.absoluteUrl(QStringLiteral("sitemap.xml")).toUtf8()
        + "\nSitemap: " + renderer.absoluteUrl(NewsSitemapPath).toUtf8() + '\n';
}

QByteArray favicon(const PortalRenderer &renderer)
{
    return SiteIcons::ico(renderer.theme().assets().value(QStringLiteral("favicon-32.png")));
}

QByteArray newsSitemap(const PortalRenderer &renderer)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("urlset"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
    xml.writeNamespace(
        QStringLiteral("http://www.google.com/schemas/sitemap-news/0.9"), QStringLiteral("news"));
    const QString news = QStringLiteral("http://www.google.com/schemas/sitemap-news/0.9");
    for (const NewsItem &item : newsItems(renderer)) {
        const Edition edition(item.edition);
        xml.writeStartElement(QStringLiteral("url"));
        xml.writeTextElement(
            QStringLiteral("loc"), renderer.absoluteUrl(renderer.articlePath(*item.article, item.edition)));
        xml.writeStartElement(news, QStringLiteral("news"));
        xml.writeStartElement(news, QStringLiteral("publication"));
        xml.writeTextElement(news, QStringLiteral("name"), edition.name(renderer.snapshot().portal.name));
        xml.writeTextElement(news, QStringLiteral("language"), newsLanguage(item.edition));
        xml.writeEndElement();
        xml.writeTextElement(
            news, QStringLiteral("publication_date"), EditionFormat::isoUtc(item.article->publishAt));
        const QString headline = item.article->headline.simplified();
        xml.writeTextElement(
            news, QStringLiteral("title"), edition.text(headline, item.article->language).value_or(headline));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray newsSitemapInput(const PortalRenderer &renderer)
{
    QByteArray input = "news-sitemap/1\x1f" + renderer.absoluteUrl(QString()).toUtf8();
    for (const QString &name : renderer.snapshot().portal.name)
        input += '\x1f' + name.toUtf8();
    for (const NewsItem &item : newsItems(renderer)) {
        input += '\x1e' + renderer.articlePath(*item.article, item.edition).toUtf8() + '\x1f'
            + item.article->headline.toUtf8() + '\x1f'
            + QByteArray::number(item.article->publishAt.toMSecsSinceEpoch());
    }
    return Digest::sha256Hex(input);
}

} // namespace PortalDesk::SiteFiles
