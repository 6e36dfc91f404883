#pragma once

// What search engines, news aggregators and social sites read from a page's <head>:
// canonical address, description, hreflang alternates, Open Graph and Twitter
// tags, and schema.org JSON-LD (NewsArticle, BreadcrumbList, WebSite and
// Organization). Every address is absolute, made from the portal's base URL.
// Built by PageContext for each page; themes show it through `meta`,
// `alternates` and `json_ld` (resources/themes/README.md).

#include "core/content/article.h"
#include "core/render/portalrenderer.h"
#include "core/render/templatevalues.h"

#include <QString>
#include <utility>

namespace PortalDesk {

// What every page of an edition says of the site: worked out once per renderer and edition
// (PortalRenderer::siteMeta), not for each of thousands of pages.
struct SiteMeta
{
    QString name; // the site's name in the edition
    QString logo; // absolute URL; empty without one
    QString website; // the WebSite node's @id
    QString organisation; // JSON: the publisher, with its logo
    QString organisationRef; // JSON: {"@id": …} of the publisher
};

class PageMeta
{
public:
    static constexpr int DescriptionColumns = 160; // a CJK character counts two

    enum class Kind { Website, Article };

    Kind kind = Kind::Website;
    QString path; // the canonical page, relative to the bundle root
    QString title; // without the site name
    QString description;
    PortalRenderer::EditionPaths alternates;
    QString imagePath; // bundle path of the share image; empty: the portal's logo
    QString imageAlt;
    QList<std::pair<QString, QString>> breadcrumbs; // name, bundle path: front page first
    const Article *article = nullptr; // Article pages: the article as this edition shows it

    static SiteMeta site(const PortalRenderer &renderer, Language edition);

    // The template values: `meta`, `alternates` and `json_ld`.
    TemplateValues values(const PortalRenderer &renderer, Language edition) const;

    // The standfirst, else the body's first paragraph (Markdown::toHtml gives it, from the
    // parse that makes the page), cut at a word boundary to fit DescriptionColumns with an
    // ellipsis.
    static QString describe(const Article &article, const QString &firstParagraph);
    static QString fitted(const QString &text, int columns = DescriptionColumns);
    // A JSON string for a <script type="application/ld+json"> block: < > & are written as
    // \u escapes, so no text in it can close the element or start a comment.
    static QString jsonString(QStringView text);
    static void appendJsonString(QString &out, QStringView text); // the same, added to `out`
    // Open Graph's locale for an edition: zh_HK, zh_CN, en_US.
    static QString ogLocale(Language edition);
};

} // namespace PortalDesk
