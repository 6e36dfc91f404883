#pragma once

// The machine-readable files of a bundle: an Atom feed and a JSON Feed per edition
// (latest 50 articles) and sitemap.xml with hreflang alternates between editions.

#include "core/content/language.h"
#include "core/render/portalrenderer.h"

#include <QByteArray>
#include <memory>
#include <utility>

namespace PortalDesk::Feeds {

inline constexpr int FeedLength = 50;

QString feedPath(Language edition); // "zh-hant/feed.xml"
// Atom: the latest FeedLength articles, each with a summary and its whole body as safe
// HTML; the feed's <updated> is its newest entry's.
QByteArray atom(const PortalRenderer &renderer, Language edition);
QString jsonFeedPath(Language edition); // "zh-hant/feed.json"
// The same entries as JSON Feed 1.1 (https://jsonfeed.org/version/1.1); same input as atom().
QByteArray jsonFeed(const PortalRenderer &renderer, Language edition);
// The sitemap. Up to `singleFile` URLs it is sitemap.xml alone. A larger portal's
// sitemap.xml is an index of parts, one per edition for its front and section pages
// ("sitemaps/zh-hant-pages.xml") and one per edition and month of publication for
// its articles ("sitemaps/zh-hant-2024-03.xml"), each cut at `perFile` URLs (the
// protocol allows 50,000) into "-2", "-3"…: an edit to one article changes one part.
inline constexpr int SitemapSingleFileUrls = 2000;
inline constexpr int SitemapUrlsPerFile = 40000;

class Sitemap
{
public:
    struct File
    {
        QString path; // "sitemap.xml", "sitemaps/en-2024-03.xml"
        QByteArray input; // a hash of everything the file shows
    };

    Sitemap(const PortalRenderer &renderer, const QList<PagePlan> &pages,
        int singleFile = SitemapSingleFileUrls, int perFile = SitemapUrlsPerFile);
    ~Sitemap();

    const QList<File> &files() const; // sitemap.xml first
    QByteArray bytes(qsizetype file) const; // files().at(file) as written

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Every file of Sitemap(renderer, pages, …), path → bytes.
QList<std::pair<QString, QByteArray>> sitemapFiles(const PortalRenderer &renderer,
    const QList<PagePlan> &pages, int singleFile = SitemapSingleFileUrls, int perFile = SitemapUrlsPerFile);

// A hash of everything a feed shows, far cheaper than writing it: an incremental
// export keeps the file when its hash has not changed.
QByteArray atomInput(const PortalRenderer &renderer, Language edition);

} // namespace PortalDesk::Feeds
