#pragma once

// Fetches a feed from a file or an http(s) address, as a conditional GET: the ETag and
// Last-Modified of the previous fetch are sent back, and a 304 answer means "nothing new".
// Redirects are followed (never from https down to http), a slow server times out. Blocks
// the calling thread with its own event loop: call it from the CLI or a worker, never from
// the GUI thread.

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <chrono>

namespace PortalDesk {

// What the server said about its copy last time.
struct FeedValidators
{
    QString etag;
    QString lastModified;

    bool operator==(const FeedValidators &) const = default;
};

struct FetchedFeed
{
    QByteArray bytes; // empty when not modified
    QString address; // where it came from after redirects
    FeedValidators validators; // to send next time
    bool notModified = false;
};

class FeedFetch
{
public:
    static constexpr qint64 SizeLimit = 20 * 1024 * 1024;

    static bool isWebAddress(const QString &source);

    static Result<FetchedFeed> fetch(const QString &source, const FeedValidators &known = {},
        std::chrono::milliseconds timeout = std::chrono::seconds(20));
};

} // namespace PortalDesk
