#include "core/publish/feeds.h"

#include "core/render/edition.h"

#include <QSet>
#include <QUrl>
#include <QXmlStreamWriter>

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
    return time.toUTC().toString(Qt::ISODate);
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

QByteArray sitemap(const PortalRenderer &renderer, const QList<PagePlan> &pages)
{
    QSet<QString> planned;
    for (const PagePlan &page : pages)
        planned.insert(page.path);

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("urlset"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"), QStringLiteral("xhtml"));
    for (const PagePlan &page : pages) {
        if (page.path == u"index.html")
            continue;
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
        xml.writeStartElement(QStringLiteral("url"));
        xml.writeTextElement(QStringLiteral("loc"), absolute(renderer, page.path));
        if (modified.isValid())
            xml.writeTextElement(QStringLiteral("lastmod"), stamp(modified));
        if (alternates.size() > 1) {
            for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
                xml.writeEmptyElement(QStringLiteral("http://www.w3.org/1999/xhtml"), QStringLiteral("link"));
                xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
                xml.writeAttribute(QStringLiteral("hreflang"), languageTag(it.key()));
                xml.writeAttribute(QStringLiteral("href"), absolute(renderer, it.value()));
            }
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace PortalDesk::Feeds
