#include "core/publish/feeds.h"

#include "core/digest.h"
#include "core/render/edition.h"
#include "core/render/markdown.h"
#include "core/render/pagemeta.h"
#include "core/text/editionformat.h"

#include <QSet>
#include <QUrl>
#include <QXmlStreamWriter>
#include <algorithm>
#include <array>
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

// XML character data and attribute values, from UTF-8 that may hold & < > " or '.
QByteArray xmlEscapedUtf8(QByteArray text)
{
    if (std::any_of(text.cbegin(), text.cend(),
            [](char c) { return c == '&' || c == '<' || c == '>' || c == '"' || c == '\''; }))
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&apos;");
    return text;
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
    // The feed changed when its newest entry did: an edit to an older story counts too.
    QDateTime updated;
    for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), FeedLength); ++i)
        updated = std::max(updated, std::max(articles.at(i)->publishAt, articles.at(i)->updatedAt));
    xml.writeTextElement(QStringLiteral("updated"), stamp(updated.isValid() ? updated : snapshot.moment));
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
        QString firstParagraph; // the body is parsed once, for the summary and the content
        const QString content = Markdown::toHtml(article->body, &firstParagraph);
        if (const QString summary = PageMeta::describe(*article, firstParagraph); !summary.isEmpty())
            xml.writeTextElement(QStringLiteral("summary"), summary);
        // The whole story as safe HTML; its relative links resolve against the page's address.
        xml.writeStartElement(QStringLiteral("content"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("html"));
        xml.writeAttribute(QStringLiteral("xml:base"), url);
        xml.writeCharacters(content);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

namespace {

const Article *plannedArticle(const PortalRenderer &renderer, const PagePlan &page)
{
    const QList<Article> &articles = renderer.snapshot().articles;
    if (page.articleIndex >= 0 && page.articleIndex < articles.size()
        && articles.at(page.articleIndex).id == page.articleId)
        return &articles.at(page.articleIndex);
    return page.kind == PagePlan::Kind::Article ? renderer.snapshot().article(page.articleId) : nullptr;
}

// One <url> entry: the page, its last change and the same page in the other editions.
struct UrlEntry
{
    const PagePlan *page = nullptr;
    QDateTime modified; // the newest change of what the page shows
    PortalRenderer::EditionPaths alternates; // by Language; empty where that edition has none
};

UrlEntry urlEntry(const PortalRenderer &renderer, const PagePlan &page)
{
    UrlEntry entry;
    entry.page = &page;
    entry.alternates = renderer.alternatePaths(page);
    if (const Article *article = plannedArticle(renderer, page))
        entry.modified = std::max(article->publishAt, article->updatedAt);
    else
        entry.modified = renderer.lastModified(page);
    return entry;
}

// <url> entries, written directly rather than through QXmlStreamWriter: a large
// portal's sitemap has tens of thousands of them.
QByteArray urlSet(
    const PortalRenderer &renderer, const QList<const PagePlan *> &pages, qsizetype from, qsizetype to)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                     " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    xml.reserve((to - from) * 400);
    QByteArray base = renderer.snapshot().portal.baseUrl.toUtf8();
    if (!base.endsWith('/'))
        base += '/';
    base = xmlEscapedUtf8(base);
    QByteArray hreflang[3];
    for (Language language : allLanguages())
        hreflang[int(language)] = "\" hreflang=\"" + languageTag(language).toLatin1() + "\" href=\"";
    for (qsizetype index = from; index < to; ++index) {
        const UrlEntry entry = urlEntry(renderer, *pages.at(index));
        xml += "  <url>\n    <loc>" + base + xmlEscapedUtf8(entry.page->path.toUtf8()) + "</loc>\n";
        if (entry.modified.isValid())
            xml += "    <lastmod>" + stamp(entry.modified).toLatin1() + "</lastmod>\n";
        for (Language language : allLanguages()) {
            if (!entry.alternates[int(language)].isEmpty())
                xml += "    <xhtml:link rel=\"alternate" + hreflang[int(language)] + base
                    + xmlEscapedUtf8(entry.alternates[int(language)].toUtf8()) + "\"/>\n";
        }
        if (const QString fallback = renderer.defaultAlternate(entry.alternates); !fallback.isEmpty())
            xml += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + base
                + xmlEscapedUtf8(fallback.toUtf8()) + "\"/>\n";
        xml += "  </url>\n";
    }
    xml += "</urlset>\n";
    return xml;
}

} // namespace

struct Sitemap::Private
{
    const PortalRenderer *renderer = nullptr;
    QList<const PagePlan *> pages; // every page but the root index.html (the default front page again)
    QList<File> files;
    QList<std::pair<qsizetype, qsizetype>> ranges; // files[i + 1] lists pages[first, second)
};

Sitemap::Sitemap(const PortalRenderer &renderer, const QList<PagePlan> &pages, int singleFile, int perFile)
    : d(std::make_unique<Private>())
{
    d->renderer = &renderer;
    d->pages.reserve(pages.size());
    for (const PagePlan &page : pages) {
        if (page.path != u"index.html" && page.kind != PagePlan::Kind::NotFound)
            d->pages.append(&page);
    }
    const QByteArray base = renderer.snapshot().portal.baseUrl.toUtf8();
    // An article page's input changes with its update time and with the paths of its
    // other editions, all its sitemap entry shows; the few other pages are worked out.
    const auto inputOf = [&](qsizetype from, qsizetype to) {
        QByteArray input = "sitemap/4\x1f" + base;
        input.reserve((to - from) * 140);
        for (qsizetype i = from; i < to; ++i) {
            const PagePlan &page = *d->pages.at(i);
            input += '\x1e';
            input += page.path.toUtf8();
            if (page.kind == PagePlan::Kind::Article) {
                input += '\x1f';
                input += page.inputHash;
                continue;
            }
            input += '\x1f' + stamp(renderer.lastModified(page)).toUtf8();
            for (const QString &alternate : renderer.alternatePaths(page)) {
                input += '\x1f';
                input += alternate.toUtf8();
            }
        }
        return Digest::sha256Hex(input);
    };
    if (d->pages.size() <= std::max(1, singleFile)) {
        d->files.append({ QStringLiteral("sitemap.xml"), inputOf(0, d->pages.size()) });
        d->ranges.append({ 0, d->pages.size() });
        return;
    }
    // Parts: runs of entries of one edition and kind (pages, or articles of one month).
    QList<int> groups; // edition × 10⁶ + year × 100 + month; month 0: front and section pages
    groups.reserve(d->pages.size());
    QHash<int, QString> names;
    for (const PagePlan *page : std::as_const(d->pages)) {
        const Article *article = plannedArticle(renderer, *page);
        const QDate month = article ? article->publishAt.toUTC().date() : QDate();
        const int group
            = int(page->edition) * 1000000 + (month.isValid() ? month.year() * 100 + month.month() : 0);
        groups.append(group);
        if (!names.contains(group)) {
            names.insert(group,
                editionFolder(page->edition)
                    + (month.isValid() ? QStringLiteral("-%1-%2")
                                             .arg(month.year(), 4, 10, QLatin1Char('0'))
                                             .arg(month.month(), 2, 10, QLatin1Char('0'))
                                       : QStringLiteral("-pages")));
        }
    }
    QByteArray index = "sitemap-index/2\x1f" + base;
    QHash<int, int> used; // a group cut at perFile, or met again after another, gets numbered parts
    const qsizetype cap = std::max(1, perFile);
    for (qsizetype from = 0; from < d->pages.size();) {
        const int group = groups.at(from);
        qsizetype to = from + 1;
        while (to < d->pages.size() && to - from < cap && groups.at(to) == group)
            ++to;
        const int part = ++used[group];
        const QString path = QStringLiteral("sitemaps/") + names.value(group)
            + (part > 1 ? u'-' + QString::number(part) : QString()) + QStringLiteral(".xml");
        d->files.append({ path, inputOf(from, to) });
        d->ranges.append({ from, to });
        index += '\x1e' + path.toUtf8();
        from = to;
    }
    d->files.prepend({ QStringLiteral("sitemap.xml"), Digest::sha256Hex(index) });
}

Sitemap::~Sitemap() = default;

const QList<Sitemap::File> &Sitemap::files() const
{
    return d->files;
}

QByteArray Sitemap::bytes(qsizetype file) const
{
    const bool single = d->files.size() == 1;
    if (single || file > 0) {
        const auto [from, to] = d->ranges.at(single ? 0 : file - 1);
        return urlSet(*d->renderer, d->pages, from, to);
    }
    QByteArray index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (qsizetype i = 1; i < d->files.size(); ++i)
        index += "  <sitemap><loc>" + xmlEscapedUtf8(absolute(*d->renderer, d->files.at(i).path).toUtf8())
            + "</loc></sitemap>\n";
    index += "</sitemapindex>\n";
    return index;
}

QList<std::pair<QString, QByteArray>> sitemapFiles(
    const PortalRenderer &renderer, const QList<PagePlan> &pages, int singleFile, int perFile)
{
    const Sitemap sitemap(renderer, pages, singleFile, perFile);
    QList<std::pair<QString, QByteArray>> files;
    for (qsizetype i = 0; i < sitemap.files().size(); ++i)
        files.append({ sitemap.files().at(i).path, sitemap.bytes(i) });
    return files;
}

QByteArray atomInput(const PortalRenderer &renderer, Language edition)
{
    const PortalSnapshot &snapshot = renderer.snapshot();
    QByteArray input = "atom/2\x1f" + snapshot.portal.baseUrl.toUtf8();
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

} // namespace PortalDesk::Feeds
