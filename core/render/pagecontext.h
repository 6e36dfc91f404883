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
class PortalRenderer;

class PageContext
{
public:
    static constexpr int PopularCount = 5;

    PageContext(const PortalRenderer &renderer, Language edition, const QString &pagePath);

    static QString sectionPath(Language edition, const QString &key, int page);

    // What every page of this edition at this folder depth shows alike (header,
    // popular list, promo slots, …): the renderer prepares it once for them all.
    Result<QJsonObject> shared() const;
    // A page's own values, to go on top of shared().
    Result<TemplateValues> front(const QList<const Article *> &articles) const;
    Result<TemplateValues> section(
        const QString &key, const QList<const Article *> &articles, int page) const;
    Result<TemplateValues> article(const Article &article) const;

private:
    Result<TemplateValues> common(
        const QString &title, const std::function<QString(Language)> &alternate) const;
    Result<TemplateValues> card(const Article &article) const;
    QString href(const QString &target) const; // target relative to the bundle root
    QString mediaHref(const QString &file) const;

    const PortalRenderer &m_renderer;
    Language m_edition;
    QString m_path;
    QString m_root;
};

} // namespace PortalDesk
