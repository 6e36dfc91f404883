#pragma once

// The machine-readable files of a bundle: an Atom feed per edition (latest 50
// articles) and sitemap.xml with hreflang alternates between editions.

#include "core/content/language.h"
#include "core/render/portalrenderer.h"

#include <QByteArray>
#include <utility>

namespace PortalDesk::Feeds {

inline constexpr int FeedLength = 50;

QString feedPath(Language edition); // "zh-hant/feed.xml"
QByteArray atom(const PortalRenderer &renderer, Language edition);
// The sitemap protocol allows 50,000 URLs a file. Up to `urlsPerFile` URLs the
// whole sitemap is sitemap.xml; beyond that sitemap.xml is an index of
// sitemaps/sitemap-N.xml files with `urlsPerFile` URLs each. Path → bytes.
inline constexpr int SitemapUrlsPerFile = 40000;
QList<std::pair<QString, QByteArray>> sitemapFiles(
    const PortalRenderer &renderer, const QList<PagePlan> &pages, int urlsPerFile = SitemapUrlsPerFile);

// Hashes of everything a feed or the sitemap shows, far cheaper than writing
// them: an incremental export keeps the file when its hash has not changed.
QByteArray atomInput(const PortalRenderer &renderer, Language edition);
QByteArray sitemapInput(const PortalRenderer &renderer, const QList<PagePlan> &pages);

} // namespace PortalDesk::Feeds
