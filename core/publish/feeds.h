#pragma once

// The machine-readable files of a bundle: an Atom feed per edition (latest 50
// articles) and sitemap.xml with hreflang alternates between editions.

#include "core/content/language.h"
#include "core/render/portalrenderer.h"

#include <QByteArray>

namespace PortalDesk::Feeds {

inline constexpr int FeedLength = 50;

QString feedPath(Language edition); // "zh-hant/feed.xml"
QByteArray atom(const PortalRenderer &renderer, Language edition);
QByteArray sitemap(const PortalRenderer &renderer, const QList<PagePlan> &pages);

// Hashes of everything a feed or the sitemap shows, far cheaper than writing
// them: an incremental export keeps the file when its hash has not changed.
QByteArray atomInput(const PortalRenderer &renderer, Language edition);
QByteArray sitemapInput(const PortalRenderer &renderer, const QList<PagePlan> &pages);

} // namespace PortalDesk::Feeds
