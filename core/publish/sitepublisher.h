#pragma once

// Sends an exported bundle to the web server and switches it live in one step.
//
// On the target, the site's folder holds
//   releases/20261203T141502Z/   one folder per publish, the whole bundle
//   current -> releases/…        what the web server serves (its root points at current)
// A publish uploads with rsync into releases/NAME.partial, hard-linking every file that did
// not change from the live release (--link-dest), so only changed files travel; then, in
// one remote step, renames the folder and replaces the `current` symlink by rename(2),
// which readers see as a switch from one whole release to the next. An upload that fails
// or is cancelled leaves the live site on the previous release; its .partial folder is
// removed by the next publish. The newest `keep` releases stay (the live one always), so
// rollback() can switch back.
//
// Targets: a local folder (e.g. a mounted web root) or SSH (`rsync -e ssh`, keys from the
// user's agent or ssh config; BatchMode, so nothing ever asks for a password). Nothing
// secret is stored: a target is a folder and a host.

#include "core/error.h"
#include "core/publish/bundleexporter.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace PortalDesk {

struct PublishTarget
{
    enum class Kind { Folder, Ssh };
    Kind kind = Kind::Folder;
    QString host; // SSH: [user@]host
    int port = 0; // SSH: 0 = ssh's own choice (its config, else 22)
    QString folder; // the site's folder on the target: releases/ and current live here

    // "/srv/www/news", "ssh://deploy@web1:2222/srv/www/news" or "deploy@web1:/srv/www/news".
    static Result<PublishTarget> parse(const QString &text);
    QString toString() const; // as parse() reads it
    QString describe() const; // for messages: "deploy@web1:/srv/www/news"

    bool operator==(const PublishTarget &) const = default;
};

struct PublishOptions
{
    int keep = 5; // releases kept, the live one included (at least 2, so a rollback has one)
    QString sshConfig; // an ssh_config file to use instead of the user's (ssh -F)
    int bandwidthKiBs = 0; // rsync --bwlimit; 0: as fast as the line allows
    const std::atomic<bool> *cancel = nullptr; // set from another thread to stop the upload
    std::function<void(int percent)> progress; // called on the publishing thread
};

struct PublishReport
{
    QString release; // now live
    QString previous; // live before (empty on the first publish)
    qint64 filesSent = 0; // files that travelled; the rest were linked from `previous`
    qint64 bytesSent = 0;
    QStringList removed; // releases (and unfinished uploads) removed to keep `keep`
    QStringList warnings; // live all the same, but e.g. an old release could not be removed

    QString summary() const;
};

struct ReleaseList
{
    QStringList releases; // oldest first
    QString live; // the one `current` points at, empty if none
};

class SitePublisher
{
public:
    SitePublisher(PublishTarget target, PublishOptions options = {});

    // Uploads `bundleFolder` (an exported bundle) as a new release and switches to it.
    Result<PublishReport> publish(const QString &bundleFolder) const;
    // Switches `current` back to the release that was live before the live one (the target's
    // history of releases that went live; by age on a target published before it was kept).
    Result<PublishReport> rollback() const;
    Result<ReleaseList> releases() const;

    static constexpr int MinimumKeep = 2;
    static constexpr int MaximumKeep = 100;

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString error;
        bool cancelled = false;
    };
    Run run(const QString &program, const QStringList &arguments, bool watchProgress) const;
    Run onTarget(const QString &script, const QStringList &arguments) const;
    QStringList sshCommand() const;
    Error failure(const QString &what, const Run &run) const;
    Error switchFailure(const Run &switched, PublishReport &report, const QString &stays) const;

    PublishTarget m_target;
    PublishOptions m_options;
};

// The whole of "publish the portal": an incremental export into `exportOptions.outFolder`
// (empty: bundleFolderFor()), then SitePublisher::publish. `progress` (optional) counts the
// export's pages, and its `cancel` also stops the upload.
struct PortalPublish
{
    ExportReport exported;
    PublishReport published;
};
Result<PortalPublish> publishPortal(const DatabasePtr &database, const PublishTarget &target,
    ExportOptions exportOptions, PublishOptions options, ExportProgress *progress = nullptr);
// The bundle folder kept for a portal and target, so each publish exports incrementally.
QString bundleFolderFor(const DatabasePtr &database, const PublishTarget &target);

} // namespace PortalDesk
