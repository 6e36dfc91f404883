#pragma once

// Addresses that once were an article's page and are no longer, because an editor
// changed its slug: each keeps answering. The bundle gets, for every retired address,
// a small HTML page there (meta refresh, canonical link to the current page, noindex),
// and two files a web server can use instead: "_redirects" (one "from to 301" line each,
// as static hosts such as Netlify and Cloudflare Pages read it) and
// "redirects.nginx.map" (the body of an nginx `map $uri …` block). Feeds and sitemaps
// never name a retired address: they list the plan's pages only.

#include "core/render/portalrenderer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace PortalDesk::Redirects {

inline const QString NetlifyPath = QStringLiteral("_redirects");
inline const QString NginxMapPath = QStringLiteral("redirects.nginx.map");

struct Redirect
{
    QString from; // relative to the bundle root, like PagePlan::path
    QString to;
    Language edition = Language::ZhHantHK;
    QString title; // the article's headline, for the page's link text
};

// One redirect per article page of `pages` and retired slug of its article (see
// ArticleStore::retiredSlugs), in the plan's order. Addresses that are a page of the plan
// themselves are never overwritten.
QList<Redirect> plan(const PortalRenderer &renderer, const QList<PagePlan> &pages,
    const QHash<QString, QStringList> &retiredSlugs);

// The HTML page left at `redirect.from`.
QByteArray page(const PortalRenderer &renderer, const Redirect &redirect);
QByteArray netlifyRules(const PortalRenderer &renderer, const QList<Redirect> &redirects);
QByteArray nginxMap(const PortalRenderer &renderer, const QList<Redirect> &redirects);

} // namespace PortalDesk::Redirects
