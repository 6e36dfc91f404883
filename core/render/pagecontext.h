#pragma once

// The data one page's templates receive (documented for theme designers in
// resources/themes/README.md), built for one edition and one page path so
// every link in it is relative to that page.

#include "core/content/article.h"
#include "core/error.h"
#include "core/render/templatevalues.h"

#include <QJsonObject>
#include <functional>

namespace PortalDesk {

class Edition;
class PageMeta;
class PortalRenderer;

class PageContext
{
public:
    static constexpr int PopularCount = 5;

    // Relative links make a bundle work from any folder; a 404 page is served at any
    // address, so its links are absolute, under the portal's base URL.
    enum class Links { Relative, Absolute };

    PageContext(const PortalRenderer &renderer, Language edition, const QString &pagePath,
        Links links = Links::Relative);

    Links links() const { return m_links; }

    static QString sectionPath(Language edition, const QString &key, int page);

    // What every page of this edition at this folder depth shows alike (header,
    // popular list, promo slots, …): the renderer prepares it once for them all.
    Result<QJsonObject> shared() const;
    // A page's own values, to go on top of shared().
    Result<TemplateValues> front(const QList<const Article *> &articles) const;
    Result<TemplateValues> section(
        const QString &key, const QList<const Article *> &articles, int page) const;
    Result<TemplateValues> article(const Article &article) const;
    Result<TemplateValues> notFound() const;

private:
    Result<TemplateValues> common(
        const QString &title, const std::function<QString(Language)> &alternate, const PageMeta &meta) const;
    // A description for a page of many stories: its name, then the first headlines.
    QString listDescription(const QString &name, const QList<const Article *> &articles) const;
    Result<TemplateValues> card(const Article &article) const;
    QString href(const QString &target) const; // target relative to the bundle root
    QString mediaHref(const QString &file) const;
    // A picture's values: `src` (a JPEG), `width`/`height`, `srcset_jpeg`, `srcset_webp` and
    // `sizes` from the sizes the export made; the original alone when it made none (preview).
    TemplateValues picture(const QString &file, const QString &alt, const QString &sizes) const;

    const PortalRenderer &m_renderer;
    Language m_edition;
    QString m_path;
    QString m_root;
    Links m_links;
};

} // namespace PortalDesk
