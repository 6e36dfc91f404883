#pragma once

// Renders the portal's pages — front pages, paginated section pages and
// article pages in each edition — from a snapshot and a theme. The export and
// the editor's preview both call this, so the preview shows exactly what
// readers will get. Thread-safe once constructed.

#include "core/render/photoset.h"
#include "core/render/portalsnapshot.h"
#include "core/render/theme.h"

#include <QByteArray>
#include <QJsonObject>
#include <array>
#include <memory>

namespace PortalDesk {

class PageContext;
struct SiteMeta;
class TemplateValues;

struct PagePlan
{
    enum class Kind { Front, Section, Article, NotFound };
    Kind kind = Kind::Front;
    Language edition = Language::ZhHantHK;
    QString path; // relative to the bundle root, e.g. "zh-hant/articles/a1-slug.html"
    QString sectionKey; // Section pages
    int pageNumber = 1; // Section pages, from 1
    QString articleId; // Article pages
    qsizetype articleIndex = -1; // Article pages: the article's place in the snapshot's list
    QByteArray inputHash; // changes whenever anything the page shows changes
};

class PortalRenderer
{
public:
    static constexpr int PageSize = 20;

    PortalRenderer(std::shared_ptr<const PortalSnapshot> snapshot, std::shared_ptr<const Theme> theme);
    ~PortalRenderer();

    // Every page of the bundle, in a stable order. The default edition's front page
    // appears twice: at "<folder>/index.html" and as the bundle's "index.html". When the
    // theme has a 404.mustache, each edition has "<folder>/404.html" (and the default
    // edition "404.html" too): served for any missing address, so their links are absolute.
    QList<PagePlan> plan() const;
    Result<QString> render(const PagePlan &page) const;
    Result<QByteArray> renderUtf8(const PagePlan &page) const; // as written to disk

    // Preview of an article as typed (not saved) in `edition`; `pagePath` receives
    // the path the page would have in a bundle, for resolving its relative links.
    Result<QString> previewArticle(
        const Article &unsaved, Language edition, QString *pagePath = nullptr) const;
    Result<QString> previewFront(Language edition) const;

    // The sizes each picture was exported in, by media file name: pages then give their
    // <img>s srcset, width and height. Set by the export before it renders, on one thread;
    // without it (the preview) pages show the original pictures.
    void setPhotoSets(PhotoSets sets);
    const PhotoSet *photoSet(const QString &file) const;

    // Theme assets under their content-hashed names: "style.css" → "assets/style.1a2b3c4d.css".
    const QMap<QString, QString> &assetPaths() const;
    QString articlePath(const Article &article, Language edition) const;
    QString frontPath(Language edition) const;
    // The same story in another edition: the article itself converted, or its
    // translation; empty when that edition has no version of it.
    QString versionPath(const Article &article, Language edition) const;
    // versionPath() of the snapshot's article at `index`, worked out once per export.
    const QString &versionPath(qsizetype index, Language edition) const;
    // The same page in each edition, by Language, as bundle paths; empty where an edition
    // has no such page, and all empty when only one edition has it. Pages list these as
    // hreflang alternates and the sitemap as xhtml:link, so the two always agree.
    using EditionPaths = std::array<QString, 3>;
    EditionPaths alternatePaths(const PagePlan &page) const;
    EditionPaths alternatePaths(const Article &article) const; // its article page, saved or not
    // When what the page shows last changed: the newest publish or update time of the
    // articles on it; an empty section's is its edition's newest; an edition without any
    // story, the export's moment. The sitemap's <lastmod>.
    QDateTime lastModified(const PagePlan &page) const;
    // The x-default among `paths`: the default edition's, else the first edition's that has one.
    QString defaultAlternate(const EditionPaths &paths) const;
    // What every page of the edition says of the site (core/render/pagemeta.h), made once.
    const SiteMeta &siteMeta(Language edition) const;
    // The page's absolute address under the portal's base URL ("" → the base itself).
    QString absoluteUrl(const QString &path) const;
    // Editions that carry at least one article, default edition first.
    QList<Language> editions() const;
    // Live articles an edition carries, newest first.
    QList<const Article *> articlesOf(Language edition) const;

    const PortalSnapshot &snapshot() const;
    const Theme &theme() const;

    // An article page's file name: "<id>-<slug>.html", always one safe segment.
    static QString fileName(const Article &article);

private:
    Result<QByteArray> renderPage(const PageContext &context, Theme::Page kind, Language edition,
        const QString &path, TemplateValues data) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace PortalDesk
