#include "core/publish/feeds.h"

#include "core/digest.h"
#include "core/render/edition.h"
#include "core/text/editionformat.h"

#include <QSet>
#include <QUrl>
#include <QXmlStreamWriter>
#include <limits>

namespace PortalDesk::Feeds {

namespace {

QString absolute(const PortalRenderer &renderer, const QString &path)
{
    QString base = renderer.snapshot().portal.baseUrl;
    if (!base.endsWith(u'/'))
        base += u'/';
    return base + path;
}

QString stamp(const QDateTime &time)
{
    return EditionFormat::isoUtc(time);
}

// Text for XML character data and attribute values.
QByteArray xmlEscaped(const QString &text)
{
    QByteArray out = text.toUtf8();
    if (out.contains('&') || out.contains('<') || out.contains('>') || out.contains('"')
        || out.contains('\''))
        out.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&apos;");
    return out;
}

} // namespace

QString feedPath(Language edition)
{
    return editionFolder(edition) + QStringLiteral("/feed.xml");
}

QByteArray atom(const PortalRenderer &renderer, Language edition)
{
    const Edition shown(edition);
    const PortalSnapshot &snapshot = renderer.snapshot();
    const QList<const Article *> articles = renderer.articlesOf(edition);
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("feed"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeAttribute(QStringLiteral("xml:lang"), languageTag(edition));
    xml.writeTextElement(QStringLiteral("title"), shown.name(snapshot.portal.name));
    xml.writeTextElement(QStringLiteral("id"), absolute(renderer, editionFolder(edition) + u'/'));
    const QDateTime updated = articles.isEmpty() ? snapshot.moment : articles.first()->publishAt;
    xml.writeTextElement(QStringLiteral("updated"), stamp(updated));
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
    xml.writeAttribute(QStringLiteral("href"), absolute(renderer, feedPath(edition)));
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("href"), absolute(renderer, renderer.frontPath(edition)));
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), shown.name(snapshot.portal.name));
    xml.writeEndElement();

    for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), FeedLength); ++i) {
        auto article = shown.localise(*articles.at(i));
        if (!article)
            continue;
        const QString url = absolute(renderer, renderer.articlePath(*articles.at(i), edition));
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeTextElement(QStringLiteral("title"), article->headline);
        xml.writeTextElement(QStringLiteral("id"), url);
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("href"), url);
        xml.writeTextElement(QStringLiteral("published"), stamp(article->publishAt));
        xml.writeTextElement(
            QStringLiteral("updated"), stamp(std::max(article->publishAt, article->updatedAt)));
        if (!article->byline.isEmpty()) {
            xml.writeStartElement(QStringLiteral("author"));
            xml.writeTextElement(QStringLiteral("name"), article->byline);
            xml.writeEndElement();
        }
        if (!article->standfirst.isEmpty())
            xml.writeTextElement(QStringLiteral("summary"), article->standfirst);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

namespace {

// <url> entries for pages[from, to), every one but the bundle's root index.html.
QByteArray urlSet(const PortalRenderer &renderer, const QList<PagePlan> &pages, const QSet<QString> &planned,
    qsizetype from, qsizetype to)
{
    // Written directly rather than through QXmlStreamWriter: a large portal's sitemap
    // has tens of thousands of entries and is rewritten by every incremental export.
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                     " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    xml.reserve((to - from) * 400);
    for (qsizetype index = from; index < to; ++index) {
        const PagePlan &page = pages.at(index);
        QMap<Language, QString> alternates;
        QDateTime modified;
        for (Language language : allLanguages()) {
            QString path;
            switch (page.kind) {
            case PagePlan::Kind::Front:
                path = renderer.frontPath(language);
                break;
            case PagePlan::Kind::Section:
                path = QString(page.path).replace(
                    editionFolder(page.edition) + u'/', editionFolder(language) + u'/');
                break;
            case PagePlan::Kind::Article:
                if (const Article *article = renderer.snapshot().article(page.articleId)) {
                    path = renderer.versionPath(*article, language);
                    modified = std::max(article->publishAt, article->updatedAt);
                }
                break;
            }
            if (!path.isEmpty() && planned.contains(path))
                alternates.insert(language, path);
        }
        xml += "  <url>\n    <loc>" + xmlEscaped(absolute(renderer, page.path)) + "</loc>\n";
        if (modified.isValid())
            xml += "    <lastmod>" + stamp(modified).toLatin1() + "</lastmod>\n";
        if (alternates.size() > 1) {
            for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"" + languageTag(it.key()).toLatin1()
                    + "\" href=\"" + xmlEscaped(absolute(renderer, it.value())) + "\"/>\n";
            }
        }
        xml += "  </url>\n";
    }
    xml += "</urlset>\n";
    return xml;
}

} // namespace

QList<std::pair<QString, QByteArray>> sitemapFiles(
    const PortalRenderer &renderer, const QList<PagePlan> &pages, int urlsPerFile)
{
    QSet<QString> planned;
    QList<PagePlan> listed; // the root index.html is the default edition's front page again
    for (const PagePlan &page : pages) {
        planned.insert(page.path);
        if (page.path != u"index.html")
            listed.append(page);
    }
    const qsizetype perFile = std::max(1, urlsPerFile);
    if (listed.size() <= perFile)
        return { { QStringLiteral("sitemap.xml"), urlSet(renderer, listed, planned, 0, listed.size()) } };

    QList<std::pair<QString, QByteArray>> files;
    QByteArray index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (qsizetype from = 0; from < listed.size(); from += perFile) {
        const QString path = QStringLiteral("sitemaps/sitemap-%1.xml").arg(from / perFile + 1);
        files.append(
            { path, urlSet(renderer, listed, planned, from, std::min(listed.size(), from + perFile)) });
        index += "  <sitemap><loc>" + xmlEscaped(absolute(renderer, path)) + "</loc></sitemap>\n";
    }
    index += "</sitemapindex>\n";
    files.prepend({ QStringLiteral("sitemap.xml"), index });
    return files;
}

QByteArray atomInput(const PortalRenderer &renderer, Language edition)
{
    const PortalSnapshot &snapshot = renderer.snapshot();
    QByteArray input = "atom/1\x1f" + snapshot.portal.baseUrl.toUtf8();
    for (const QString &name : snapshot.portal.name) // as entered: converting would load OpenCC
        input += '\x1f' + name.toUtf8();
    const QList<const Article *> articles = renderer.articlesOf(edition);
    if (articles.isEmpty())
        input += '\x1f' + stamp(snapshot.moment).toUtf8(); // an empty feed is dated by the export
    // An article's id, version and update time change with anything a feed entry shows.
    for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), FeedLength); ++i) {
        const Article &article = *articles.at(i);
        input += '\x1e' + renderer.articlePath(article, edition).toUtf8() + '\x1f'
            + QByteArray::number(article.version) + '\x1f'
            + QByteArray::number(article.updatedAt.toMSecsSinceEpoch());
    }
    return Digest::sha256Hex(input);
}

QByteArray sitemapInput(const PortalRenderer &renderer, const QList<PagePlan> &pages)
{
    QByteArray input = "sitemap/1\x1f" + renderer.snapshot().portal.baseUrl.toUtf8();
    input.reserve(pages.size() * 64);
    for (const PagePlan &page : pages) {
        input += '\x1e' + page.path.toUtf8();
        if (const Article *article = renderer.snapshot().article(page.articleId)) {
            input += '\x1f'
                + QByteArray::number(std::max(article->publishAt, article->updatedAt).toMSecsSinceEpoch())
                + '\x1f' + article->translationGroup.toUtf8();
        }
    }
    return Digest::sha256Hex(input);
}

} // namespace PortalDesk::Feeds
