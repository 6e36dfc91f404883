#pragma once

// Renders the portal's pages — front pages, paginated section pages and
// article pages in each edition — from a snapshot and a theme. The export and
// the editor's preview both call this, so the preview shows exactly what
// readers will get. Thread-safe once constructed.

#include "core/render/portalsnapshot.h"
#include "core/render/theme.h"

#include <QByteArray>
#include <QJsonObject>
#include <memory>

namespace PortalDesk {

class PageContext;
class TemplateValues;

struct PagePlan
{
    enum class Kind { Front, Section, Article };
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
    // appears twice: at "<folder>/index.html" and as the bundle's "index.html".
    QList<PagePlan> plan() const;
    Result<QString> render(const PagePlan &page) const;
    Result<QByteArray> renderUtf8(const PagePlan &page) const; // as written to disk

    // Preview of an article as typed (not saved) in `edition`; `pagePath` receives
    // the path the page would have in a bundle, for resolving its relative links.
    Result<QString> previewArticle(
        const Article &unsaved, Language edition, QString *pagePath = nullptr) const;
    Result<QString> previewFront(Language edition) const;

    // Theme assets under their content-hashed names: "style.css" → "assets/style.1a2b3c4d.css".
    const QMap<QString, QString> &assetPaths() const;
    QString articlePath(const Article &article, Language edition) const;
    QString frontPath(Language edition) const;
    // The same story in another edition: the article itself converted, or its
    // translation; empty when that edition has no version of it.
    QString versionPath(const Article &article, Language edition) const;
    // versionPath() of the snapshot's article at `index`, worked out once per export.
    const QString &versionPath(qsizetype index, Language edition) const;
    // Editions that carry at least one article, default edition first.
    QList<Language> editions() const;
    // Live articles an edition carries, newest first.
    QList<const Article *> articlesOf(Language edition) const;

    const PortalSnapshot &snapshot() const;
    const Theme &theme() const;

private:
    static QString fileName(const Article &article); // "<id>-<slug>.html", always one safe segment
    Result<QByteArray> renderPage(const PageContext &context, Theme::Page kind, Language edition,
        const QString &path, TemplateValues data) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace PortalDesk
