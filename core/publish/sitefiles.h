#pragma once

// The files a web site has beside its pages: robots.txt (pointing crawlers to the
// sitemaps), /favicon.ico, and a Google News sitemap listing the articles published
// in the last 48 hours before the export moment, in every edition.

#include "core/render/portalrenderer.h"

#include <QByteArray>

namespace PortalDesk::SiteFiles {

inline constexpr int NewsWindowHours = 48; // Google News reads articles of the last two days
inline constexpr int NewsSitemapLimit = 1000; // and at most 1,000 of them a file

inline const QString NewsSitemapPath = QStringLiteral("news-sitemap.xml");

// Allows everything and names sitemap.xml and the news sitemap by absolute address.
// Crawlers read robots.txt only at a host's root: a portal served from a sub-path
// must copy it there.
QByteArray robots(const PortalRenderer &renderer);

// /favicon.ico from the theme's favicon-32.png; empty when the theme has none.
QByteArray favicon(const PortalRenderer &renderer);

// <urlset> with a news:news entry for each live article page published in the
// 48 hours up to the snapshot's moment, newest first.
QByteArray newsSitemap(const PortalRenderer &renderer);
// What the news sitemap shows, hashed, for incremental exports.
QByteArray newsSitemapInput(const PortalRenderer &renderer);

} // namespace PortalDesk::SiteFiles
