#include "core/publish/sitepublisher.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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

// The scripts run on the target by /bin/sh, the site's folder as $1. GNU mv's -T replaces
// `current` by rename(2) even though it is a symlink to a folder.
const QString prepareScript = QStringLiteral(R"sh(set -e
mkdir -p -- "$1/releases"
cd -- "$1"
for d in releases/*.partial; do
  if [ -d "$d" ]; then rm -rf -- "$d"; echo "removed ${d#releases/}"; fi
done
for d in releases/*; do
  if [ -d "$d" ]; then echo "release ${d#releases/}"; fi
done
if [ -L current ]; then echo "live $(basename -- "$(readlink current)")"; fi
)sh");

const QString switchScript = QStringLiteral(R"sh(set -e
cd -- "$1"
if [ -d "releases/$2.partial" ]; then mv -- "releases/$2.partial" "releases/$2"; fi
[ -d "releases/$2" ]
ln -sfn -- "releases/$2" current.next
mv -Tf -- current.next current
shift 2
for old in "$@"; do rm -rf -- "releases/$old"; done
)sh");

struct Listing
{
    ReleaseList list;
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
    }
    listing.list.releases.sort();
    return listing;
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
        target.kind = Kind::Folder;
        target.folder = QDir::cleanPath(QFileInfo(given).absoluteFilePath());
    }
    if (target.kind == Kind::Ssh) {
        static const QRegularExpression host(QStringLiteral(R"(^([A-Za-z0-9._-]+@)?[A-Za-z0-9.-]+$)"));
        if (!host.match(target.host).hasMatch() || target.host.startsWith(u'-'))
            return refuse(QStringLiteral("“%1” is not a host name (user@host)").arg(target.host));
        if (target.port < 0 || target.port > 65535)
            return refuse(QStringLiteral("the port is not from 1 to 65535"));
    }
    if (target.folder.isEmpty() || target.folder == u"/" || target.folder.startsWith(u'-'))
        return refuse(QStringLiteral("name the site's own folder on the target, e.g. /srv/www/news"));
    while (target.folder.size() > 1 && target.folder.endsWith(u'/'))
        target.folder.chop(1);
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
        if (m_options.cancel && m_options.cancel->load()) {
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
    const Run listed = onTarget(prepareScript, { m_target.folder });
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
    report.release = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
    while (listing.list.releases.contains(report.release)
        || report.release <= listing.list.releases.value(listing.list.releases.size() - 1))
        report.release = QDateTime::fromString(report.release, QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"))
                             .addMSecs(1)
                             .toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));

    // 2. The upload: only what differs from the live release travels; the rest is linked.
    const QString destination
        = m_target.folder + QStringLiteral("/releases/") + report.release + QStringLiteral(".partial/");
    QStringList rsync { QStringLiteral("--recursive"), QStringLiteral("--links"), QStringLiteral("--times"),
        QStringLiteral("--perms"), QStringLiteral("--chmod=D755,F644"), QStringLiteral("--delete"),
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

    // 3. The switch, and the oldest releases beyond `keep` (never the one going live).
    QStringList kept = listing.list.releases;
    kept.append(report.release);
    QStringList removing;
    while (kept.size() > m_options.keep) {
        const QString oldest = kept.takeFirst();
        removing.append(oldest);
    }
    QStringList arguments { m_target.folder, report.release };
    arguments += removing;
    const Run switched = onTarget(switchScript, arguments);
    if (switched.exitCode != 0) {
        Error error = failure(QStringLiteral("Switching the live release"), switched);
        error.message += QStringLiteral(" — %1.").arg(stays);
        return std::unexpected(error);
    }
    report.removed += removing;
    if (m_options.progress)
        m_options.progress(100);
    return report;
}

Result<PublishReport> SitePublisher::rollback() const
{
    const Run listed = onTarget(prepareScript, { m_target.folder });
    if (listed.exitCode != 0)
        return std::unexpected(failure(QStringLiteral("Reading the releases"), listed));
    const Listing listing = parseListing(listed.out);
    const qsizetype live = listing.list.releases.indexOf(listing.list.live);
    if (live <= 0)
        return std::unexpected(Error::of(Error::Code::NotFound,
            listing.list.live.isEmpty()
                ? QStringLiteral("Nothing was ever published to %1.").arg(m_target.describe())
                : QStringLiteral(
                    "Release %1 is the oldest kept on %2: there is none before it to go back to.")
                      .arg(listing.list.live, m_target.describe())));
    PublishReport report;
    report.previous = listing.list.live;
    report.release = listing.list.releases.at(live - 1);
    report.removed = listing.removed;
    const Run switched = onTarget(switchScript, { m_target.folder, report.release });
    if (switched.exitCode != 0)
        return std::unexpected(failure(QStringLiteral("Switching back"), switched));
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
