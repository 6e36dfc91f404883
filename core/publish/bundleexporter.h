#pragma once

// Exports the portal as a static HTML bundle: every page of every edition,
// content-hashed assets, feeds, a sitemap and a manifest of SHA-256 sums.
// Renders in parallel into a temporary sibling folder and swaps it in at once,
// so readers (and an interrupted export) never see half a bundle. An
// incremental export re-renders only the pages whose inputs changed.

#include "core/error.h"
#include "core/render/portalsnapshot.h"
#include "core/store/database.h"

#include <QDateTime>
#include <atomic>
#include <utility>

namespace PortalDesk {

struct ExportOptions
{
    QString outFolder;
    QString zipFile; // also write the bundle as this .zip when set
    bool incremental = false;
    int jobs = 0; // render threads; 0 = one per core
    QString themeFolder; // empty = the default theme
    QDateTime at; // the export moment; invalid = now
};

// Shared with the caller's thread: read `done`/`total` for a progress bar, set `cancel` to stop.
struct ExportProgress
{
    std::atomic<int> done { 0 };
    std::atomic<int> total { 0 };
    std::atomic<bool> cancel { false };
};

struct ExportReport
{
    int written = 0;
    int unchanged = 0;
    int removed = 0;
    qint64 bytes = 0; // size of the whole bundle
    double seconds = 0;
    QString outFolder;
    int redirects = 0; // pages left at addresses retired by a slug change
    // What was meant to be live and is not, and why (scheduled, embargoed, picture
    // missing); and how many drafts or articles in review, and archived, stayed out.
    QList<LeftOut> leftOut;
    int unpublished = 0;
    int archived = 0;
    QTimeZone zone; // the portal's, for the times in leftOut's reasons
    // Where the time went, step by step ("read the portal", 0.31 s), for benchmarks.
    QList<std::pair<QString, double>> steps;

    QString summary() const; // "pages written 12 / unchanged 340 / removed 1, 2.3 MB, 0.41 s"
    // "Left out 3 articles: 1 scheduled for later, 2 drafts or in review" (empty: none).
    QString leftOutSummary() const;
    // The ones in leftOut, one per line.
    QStringList leftOutDetails() const;
};

class BundleExporter
{
public:
    explicit BundleExporter(DatabasePtr database);

    // Runs on the calling thread (render work fans out to a thread pool).
    Result<ExportReport> run(const ExportOptions &options, ExportProgress *progress = nullptr);

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
