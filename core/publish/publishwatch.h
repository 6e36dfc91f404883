#pragma once

// `portaldesk-cli publish --watch`: keeps the live site in step with the portal's clock, so a
// scheduled story, an embargo that lifts or a promo whose time comes is on the web server
// within a minute even when no editor is at a desk.
//
// Each step() looks at the portal as it stands at `now` (a snapshot of what is live then) and
// publishes (export + SitePublisher) when that differs from what it last published: which
// articles and promos are live (something came due, was published, unpublished, archived or
// ended), and with `onChange` also their content (any edit of a live story). What was last
// published is kept in a state file beside the bundle, so a restarted watcher neither
// re-publishes what is live nor misses what came due while it was down.
//
// One watcher per portal publishes: step() first takes the portal's watch lock (a session
// advisory lock on a newsroom server, a lock file beside a SQLite file; see ExportLock); a
// watcher that cannot stands by and tries again at its next step, so when the holder stops,
// crashes or loses its network, another takes over.
//
// step() never sleeps and takes the time it is given: tests pass a made-up clock.

#include "core/publish/sitepublisher.h"
#include "core/store/exportlock.h"

#include <QSet>
#include <optional>

namespace PortalDesk {

struct WatchStep
{
    enum class Kind {
        Published, // the portal changed as `reason` says, and `outcome` is live
        Unchanged, // nothing came due or changed since the last publish
        StandingBy, // another watcher publishes this portal; `reason` names it
        Failed, // `reason` says why; the live site is as it was, the next step tries again
    };
    Kind kind = Kind::Unchanged;
    QString reason;
    std::optional<PortalPublish> outcome;

    QString text() const; // one line for a log
};

class PublishWatch
{
public:
    struct Options
    {
        bool onChange = false; // also publish edits of what is live
        ExportOptions exportOptions; // outFolder empty: bundleFolderFor(); `at` is set by step()
        PublishOptions publishOptions;
        QString stateFile; // empty: beside the bundle folder
    };

    PublishWatch(DatabasePtr database, PublishTarget target, Options options);

    WatchStep step(const QDateTime &now);

private:
    struct Seen
    {
        QStringList live; // "article <id>", "promo <id>", sorted
        QByteArray content; // a digest of what the pages show
    };
    Result<Seen> look(const QDateTime &now) const;
    std::optional<Seen> loadState() const;
    Status saveState(const Seen &seen, const QString &release) const;
    void lostTouch(const Error &error);

    DatabasePtr m_database;
    PublishTarget m_target;
    Options m_options;
    std::optional<ExportLock> m_lock;
};

} // namespace PortalDesk
