#include "core/publish/sitepublisher.h"

#include "core/store/exportlock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

namespace PortalDesk {

namespace {

// A release folder's name: its UTC time to the millisecond, so names sort by age.
const QRegularExpression releaseName(QStringLiteral(R"(^\d{8}T\d{6}\.\d{3}Z$)"));

QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_./:@%+=,-]+$)"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// The scripts run on the target by /bin/sh, the site's folder as $1. `history` lists the
// releases that went live, in order (a rollback goes back along it). GNU mv's -T replaces
// `current` by rename(2) even though it is a symlink to a folder.
const QString listScript = QStringLiteral(R"sh(
for d in releases/*; do
  case "$d" in *.partial) ;; *) if [ -d "$d" ]; then echo "release ${d#releases/}"; fi ;; esac
done
if [ -L current ]; then echo "live $(basename -- "$(readlink current)")"; fi
if [ -f history ]; then while IFS= read -r h; do echo "history $h"; done < history; fi
exit 0
)sh");

// Read-only: nothing on the target changes, even when the folder is not there.
const QString readScript = QStringLiteral("cd -- \"$1\" 2>/dev/null || exit 0\n") + listScript;

// Before an upload: the folder made, and the unfinished uploads of earlier publishes removed
// (one publish of a portal runs at a time: see publishPortal()).
const QString prepareScript = QStringLiteral(R"sh(set -e
mkdir -p -- "$1/releases"
cd -- "$1"
for d in releases/*.partial; do
  if [ -d "$d" ]; then rm -rf -- "$d"; echo "removed ${d#releases/}"; fi
done
set +e
)sh")
    + listScript;

// $2 goes live; $3 says what becomes of the history: "append" (a publish), "keep:N" (a
// rollback along it: its first N lines stay) or "reset" (a rollback without one); the rest
// are old releases to remove, best effort once the switch is done.
const QString switchScript = QStringLiteral(R"sh(set -e
cd -- "$1"
if [ -d "releases/$2.partial" ]; then mv -- "releases/$2.partial" "releases/$2"; fi
[ -d "releases/$2" ]
ln -sfn -- "releases/$2" current.next
mv -Tf -- current.next current
echo switched
set +e
case "$3" in
  append) echo "$2" >> history ;;
  keep:*) head -n "${3#keep:}" history > history.next && mv -f history.next history ;;
  reset) echo "$2" > history ;;
esac || echo "history not written"
shift 3
for old in "$@"; do rm -rf -- "releases/$old" || echo "kept $old"; done
exit 0
)sh");

struct Listing
{
    ReleaseList list;
    QStringList history; // oldest first
    QStringList removed;
};

Listing parseListing(const QString &out)
{
    Listing listing;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QString value = line.section(u' ', 1);
        if (line.startsWith(u"removed "))
            listing.removed.append(value);
        else if (line.startsWith(u"release ") && releaseName.match(value).hasMatch())
            listing.list.releases.append(value);
        else if (line.startsWith(u"live "))
            listing.list.live = value;
        else if (line.startsWith(u"history ") && releaseName.match(value).hasMatch())
            listing.history.append(value);
    }
    listing.list.releases.sort();
    return listing;
}

// A new release's name: now, or just after the newest one when a clock was ahead.
QString nextReleaseName(const QStringList &existing)
{
    const QString format = QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'");
    QString name = QDateTime::currentDateTimeUtc().toString(format);
    if (!existing.isEmpty() && name <= existing.last()) {
        const QDateTime parsed = QDateTime::fromString(existing.last(), format);
        const QDateTime newest(parsed.date(), parsed.time(), QTimeZone::utc());
        name = newest.isValid() ? newest.addMSecs(1).toString(format) : existing.last() + QStringLiteral("1");
    }
    return name;
}

qint64 statNumber(const QString &out, const QString &label)
{
    const QRegularExpression line(QRegularExpression::escape(label) + QStringLiteral(R"(:\s*([\d,]+))"));
    const auto match = line.match(out);
    return match.hasMatch() ? match.captured(1).remove(u',').toLongLong() : 0;
}

} // namespace

Result<PublishTarget> PublishTarget::parse(const QString &text)
{
    const QString given = text.trimmed();
    auto refuse = [&](const QString &why) {
        return std::unexpected(
            Error::invalid(QStringLiteral("target"), QStringLiteral("“%1”: %2").arg(given, why)));
    };
    if (given.isEmpty())
        return refuse(QStringLiteral("give a folder or an SSH address, e.g. deploy@web1:/srv/www/news"));
    PublishTarget target;
    if (given.startsWith(u"ssh://")) {
        const QUrl url(given, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return refuse(QStringLiteral("not an SSH address like ssh://deploy@web1:2222/srv/www/news"));
        target.kind = Kind::Ssh;
        target.host = url.userName().isEmpty() ? url.host() : url.userName() + u'@' + url.host();
        target.port = url.port(0);
        target.folder = url.path(QUrl::FullyDecoded);
    } else if (const qsizetype colon = given.indexOf(u':'); colon > 0 && !given.left(colon).contains(u'/')) {
        target.kind = Kind::Ssh;
        target.host = given.left(colon);
        target.folder = given.mid(colon + 1);
    } else {
        // A bare word is more likely a saved target's name mistyped than a folder here.
        if (!given.contains(u'/'))
            return refuse(
                QStringLiteral("not a saved target, and a folder is given as a path: ./%1 or /srv/www/%1")
                    .arg(given));
        target.kind = Kind::Folder;
        target.folder = QDir::cleanPath(QFileInfo(given).absoluteFilePath());
    }
    while (target.folder.size() > 1 && target.folder.endsWith(u'/'))
        target.folder.chop(1);
    if (target.kind == Kind::Ssh) {
        static const QRegularExpression host(QStringLiteral(R"(^([A-Za-z0-9._-]+@)?[A-Za-z0-9.-]+$)"));
        if (!host.match(target.host).hasMatch() || target.host.startsWith(u'-'))
            return refuse(QStringLiteral("“%1” is not a host name (user@host)").arg(target.host));
        if (target.port < 0 || target.port > 65535)
            return refuse(QStringLiteral("the port is not from 1 to 65535"));
    }
    if (target.folder.isEmpty() || target.folder == u"/" || target.folder.startsWith(u'-'))
        return refuse(QStringLiteral("name the site's own folder on the target, e.g. /srv/www/news"));
    if (target.folder.startsWith(u'~'))
        return refuse(
            QStringLiteral("write the folder without ~: a relative one starts in the login's home"));
    return target;
}

QString PublishTarget::toString() const
{
    if (kind == Kind::Folder)
        return folder;
    if (port > 0)
        return QStringLiteral("ssh://%1:%2%3")
            .arg(host)
            .arg(port)
            .arg(folder.startsWith(u'/') ? folder : u'/' + folder);
    return host + u':' + folder;
}

QString PublishTarget::describe() const
{
    return kind == Kind::Folder ? QDir::toNativeSeparators(folder) : host + u':' + folder;
}

QString PublishReport::summary() const
{
    QString text = QStringLiteral("release %1 is live (%2 file(s), %3 bytes sent")
                       .arg(release)
                       .arg(filesSent)
                       .arg(bytesSent);
    text += previous.isEmpty() ? QStringLiteral(")") : QStringLiteral("; was %1)").arg(previous);
    if (!removed.isEmpty())
        text += QStringLiteral("; removed %1").arg(removed.join(QStringLiteral(", ")));
    for (const QString &warning : warnings)
        text += QStringLiteral("; ") + warning;
    return text;
}

SitePublisher::SitePublisher(PublishTarget target, PublishOptions options)
    : m_target(std::move(target))
    , m_options(std::move(options))
{
    m_options.keep = std::clamp(m_options.keep, MinimumKeep, MaximumKeep);
}

QStringList SitePublisher::sshCommand() const
{
    // BatchMode: never a password prompt (keys from the agent or the config); the alive
    // checks end a connection that went silent within 15 s instead of TCP's minutes.
    QStringList ssh { QStringLiteral("ssh"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
        QStringLiteral("-o"), QStringLiteral("ConnectTimeout=20"), QStringLiteral("-o"),
        QStringLiteral("ServerAliveInterval=5"), QStringLiteral("-o"),
        QStringLiteral("ServerAliveCountMax=3") };
    if (!m_options.sshConfig.isEmpty())
        ssh << QStringLiteral("-F") << m_options.sshConfig;
    if (m_target.port > 0)
        ssh << QStringLiteral("-p") << QString::number(m_target.port);
    return ssh;
}

SitePublisher::Run SitePublisher::run(
    const QString &program, const QStringList &arguments, bool watchProgress) const
{
    Run result;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        result.error = QStringLiteral("%1 is not installed on this computer").arg(program);
        return result;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("LC_ALL"), QStringLiteral("C")); // numbers without grouping, English words
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.error = process.errorString();
        return result;
    }
    static const QRegularExpression percent(QStringLiteral(R"((\d{1,3})%)"));
    QByteArray out;
    int shown = -1;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        // Only the upload stops on Cancel: a switch cut in the middle could not say what is live.
        if (watchProgress && m_options.cancel && m_options.cancel->load()) {
            process.terminate();
            if (!process.waitForFinished(3000))
                process.kill();
            process.waitForFinished(3000);
            result.cancelled = true;
            break;
        }
        if (watchProgress && m_options.progress) {
            // rsync's --info=progress2 rewrites one line with \r: the last whole one counts.
            const qsizetype end = out.lastIndexOf('\r');
            if (end > 0) {
                const qsizetype start = out.lastIndexOf('\r', end - 1) + 1;
                auto match = percent.match(QString::fromLatin1(out.mid(start, end - start)));
                if (match.hasMatch() && match.captured(1).toInt() != shown) {
                    shown = match.captured(1).toInt();
                    m_options.progress(std::min(shown, 100));
                }
            }
        }
    }
    out += process.readAllStandardOutput();
    result.out = QString::fromUtf8(out);
    result.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

SitePublisher::Run SitePublisher::onTarget(const QString &script, const QStringList &arguments) const
{
    QStringList words { QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh") };
    words += arguments;
    if (m_target.kind == PublishTarget::Kind::Folder)
        return run(words.takeFirst(), words, false);
    // ssh hands the remote shell one command line: every word quoted for it.
    QStringList quoted;
    for (const QString &word : std::as_const(words))
        quoted.append(shellQuoted(word));
    QStringList ssh = sshCommand();
    const QString program = ssh.takeFirst();
    ssh << QStringLiteral("--") << m_target.host << quoted.join(u' ');
    return run(program, ssh, false);
}

Error SitePublisher::failure(const QString &what, const Run &run) const
{
    QString why = run.error.section(u'\n', -3).trimmed();
    if (why.isEmpty())
        why = QStringLiteral("it ended with code %1").arg(run.exitCode);
    return Error::of(
        Error::Code::Io, QStringLiteral("%1 on %2 failed: %3").arg(what, m_target.describe(), why));
}

Result<ReleaseList> SitePublisher::releases() const
{
    const Run listed = onTarget(readScript, { m_target.folder });
    if (listed.exitCode != 0)
        return std::unexpected(failure(QStringLiteral("Reading the releases"), listed));
    return parseListing(listed.out).list;
}

Result<PublishReport> SitePublisher::publish(const QString &bundleFolder) const
{
    const QFileInfo bundle(bundleFolder);
    if (!bundle.isDir() || !QFileInfo::exists(bundle.absoluteFilePath() + QStringLiteral("/manifest.json")))
        return std::unexpected(Error::invalid(QStringLiteral("bundle"),
            QStringLiteral("“%1” is not an exported bundle (it has no manifest.json)").arg(bundleFolder)));

    // 1. The target's releases; an upload that never finished is removed first.
    const Run prepared = onTarget(prepareScript, { m_target.folder });
    if (prepared.exitCode != 0)
        return std::unexpected(failure(QStringLiteral("Preparing the releases folder"), prepared));
    const Listing listing = parseListing(prepared.out);
    PublishReport report;
    report.previous = listing.list.live;
    report.removed = listing.removed;
    report.release = nextReleaseName(listing.list.releases);

    // 2. The upload: only what differs from the live release travels; the rest is linked.
    const QString destination
        = m_target.folder + QStringLiteral("/releases/") + report.release + QStringLiteral(".partial/");
    QStringList rsync { QStringLiteral("--protect-args"), QStringLiteral("--recursive"),
        QStringLiteral("--links"), QStringLiteral("--times"), QStringLiteral("--perms"),
        QStringLiteral("--chmod=D755,F644"), QStringLiteral("--delete"),
        // By content, not size and time: a page re-rendered within the same second at the
        // same length (a changed digit in a headline) must travel.
        QStringLiteral("--checksum"), QStringLiteral("--stats"), QStringLiteral("--info=progress2"),
        QStringLiteral("--no-inc-recursive") };
    if (!report.previous.isEmpty())
        rsync << QStringLiteral("--link-dest=../%1").arg(report.previous);
    if (m_options.bandwidthKiBs > 0)
        rsync << QStringLiteral("--bwlimit=%1").arg(m_options.bandwidthKiBs);
    if (m_target.kind == PublishTarget::Kind::Ssh) {
        QStringList ssh;
        for (const QString &word : sshCommand())
            ssh.append(shellQuoted(word));
        rsync << QStringLiteral("-e") << ssh.join(u' ');
        rsync << QDir(bundle.absoluteFilePath()).path() + u'/' << m_target.host + u':' + destination;
    } else {
        rsync << QDir(bundle.absoluteFilePath()).path() + u'/' << destination;
    }
    if (m_options.progress)
        m_options.progress(0);
    const Run uploaded = run(QStringLiteral("rsync"), rsync, true);
    const QString stays = report.previous.isEmpty()
        ? QStringLiteral("nothing was live before, and still nothing is")
        : QStringLiteral("the live site stays on release %1").arg(report.previous);
    if (uploaded.cancelled)
        return std::unexpected(
            Error::of(Error::Code::Cancelled, QStringLiteral("Publishing was cancelled; %1.").arg(stays)));
    if (uploaded.exitCode != 0) {
        Error error = failure(QStringLiteral("The upload"), uploaded);
        error.message += QStringLiteral(" — %1.").arg(stays);
        return std::unexpected(error);
    }
    report.filesSent = statNumber(uploaded.out, QStringLiteral("Number of regular files transferred"));
    report.bytesSent = statNumber(uploaded.out, QStringLiteral("Total transferred file size"));

    // 3. The switch, then the releases beyond `keep`: kept are the new one, the one live
    //    until now and those before it on the way back (the history), newest first; a
    //    release that never went live (its switch failed) is not kept.
    QStringList kept { report.release };
    if (!report.previous.isEmpty())
        kept.append(report.previous);
    for (qsizetype i = listing.history.size() - 1; i >= 0 && kept.size() < m_options.keep; --i) {
        const QString &release = listing.history.at(i);
        if (!kept.contains(release) && listing.list.releases.contains(release))
            kept.append(release);
    }
    kept = kept.mid(0, m_options.keep);
    QStringList removing;
    for (const QString &release : listing.list.releases) {
        if (!kept.contains(release))
            removing.append(release);
    }
    const Run switched = onTarget(
        switchScript, QStringList { m_target.folder, report.release, QStringLiteral("append") } + removing);
    if (Error failed = switchFailure(switched, report, stays); !failed.message.isEmpty())
        return std::unexpected(failed);
    if (m_options.progress)
        m_options.progress(100);
    return report;
}

// What a switch said: an error when the live site did not move (its message says what is
// live); else the report gains what was removed and what could not be.
Error SitePublisher::switchFailure(const Run &switched, PublishReport &report, const QString &stays) const
{
    if (!switched.out.contains(QStringLiteral("switched\n"))) {
        Error error = failure(QStringLiteral("Switching the live release"), switched);
        error.message += QStringLiteral(" — %1.").arg(stays);
        return error;
    }
    QStringList notRemoved;
    for (const QString &line : switched.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"kept "))
            notRemoved.append(line.mid(5));
        else if (line == u"history not written")
            report.warnings.append(QStringLiteral("the release history on the target could not be written"));
    }
    if (!notRemoved.isEmpty())
        report.warnings.append(QStringLiteral("could not remove the old release(s) %1")
                                   .arg(notRemoved.join(QStringLiteral(", "))));
    return {};
}

Result<PublishReport> SitePublisher::rollback() const
{
    const Run listed = onTarget(readScript, { m_target.folder });
    if (listed.exitCode != 0)
        return std::unexpected(failure(QStringLiteral("Reading the releases"), listed));
    const Listing listing = parseListing(listed.out);
    const QString &live = listing.list.live;
    PublishReport report;
    report.previous = live;
    QString mode;
    // Back along the history: the release that was live before this one went live.
    const qsizetype at = listing.history.lastIndexOf(live);
    for (qsizetype i = at - 1; at > 0 && i >= 0 && report.release.isEmpty(); --i) {
        const QString &earlier = listing.history.at(i);
        if (earlier != live && listing.list.releases.contains(earlier)) {
            report.release = earlier;
            mode = QStringLiteral("keep:%1").arg(i + 1);
        }
    }
    if (at < 0) { // a target without history: the release before the live one by age
        const qsizetype byAge = listing.list.releases.indexOf(live);
        if (byAge > 0) {
            report.release = listing.list.releases.at(byAge - 1);
            mode = QStringLiteral("reset");
        }
    }
    if (report.release.isEmpty())
        return std::unexpected(Error::of(Error::Code::NotFound,
            live.isEmpty() ? QStringLiteral("Nothing was ever published to %1.").arg(m_target.describe())
                           : QStringLiteral(
                               "Release %1 is the oldest kept on %2: there is none before it to go back to.")
                                 .arg(live, m_target.describe())));
    const Run switched = onTarget(switchScript, { m_target.folder, report.release, mode });
    if (Error failed = switchFailure(switched, report, QStringLiteral("release %1 stays live").arg(live));
        !failed.message.isEmpty()) {
        failed.message.replace(
            QStringLiteral("Switching the live release"), QStringLiteral("Switching back"));
        return std::unexpected(failed);
    }
    return report;
}

QString bundleFolderFor(const DatabasePtr &database, const PublishTarget &target)
{
    const QByteArray key = (database->address() + u'\n' + target.toString()).toUtf8();
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/portaldesk/publish/")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

Result<PortalPublish> publishPortal(const DatabasePtr &database, const PublishTarget &target,
    ExportOptions exportOptions, PublishOptions options, ExportProgress *progress)
{
    exportOptions.incremental = true;
    if (exportOptions.outFolder.isEmpty())
        exportOptions.outFolder = bundleFolderFor(database, target);
    // One publish of a portal at a time, export and upload together: another's export must
    // not rewrite the bundle while it travels, nor its upload clear this one's away.
    auto exclusive = ExportLock::take(database, ExportLock::Purpose::Publish);
    if (!exclusive)
        return std::unexpected(exclusive.error());
    PortalPublish outcome;
    auto exported = BundleExporter(database).run(exportOptions, progress);
    if (!exported)
        return std::unexpected(exported.error());
    outcome.exported = *exported;
    if (progress && !options.cancel)
        options.cancel = &progress->cancel;
    auto published = SitePublisher(target, std::move(options)).publish(exported->outFolder);
    if (!published)
        return std::unexpected(published.error());
    outcome.published = *published;
    return outcome;
}

} // namespace PortalDesk
