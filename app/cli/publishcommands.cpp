// Verbs that publish the portal: export, publish, logo, server-config.

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/publish/bundleexporter.h"
#include "core/publish/publishwatch.h"
#include "core/publish/serverconfig.h"
#include "core/publish/sitepublisher.h"
#include "core/render/theme.h"
#include "core/store/mediastore.h"
#include "core/store/portalstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QThread>

namespace PortalDesk::Cli {

namespace {

// The database --db names, and its portal's settings.
Result<std::pair<DatabasePtr, Portal>> openPortal(const QCommandLineParser &parser)
{
    auto database = openDatabase(parser, false);
    if (!database)
        return std::unexpected(database.error());
    auto portal = PortalStore(*database).get();
    if (!portal)
        return std::unexpected(portal.error());
    return std::pair { *database, *portal };
}

// The options export and publish share.
struct RenderOptions
{
    QCommandLineOption jobs { QStringLiteral("jobs"),
        QStringLiteral("Render threads (default: one per core)."), QStringLiteral("N") };
    QCommandLineOption theme { QStringLiteral("theme"),
        QStringLiteral("Theme folder (default: the built-in theme)."), QStringLiteral("DIR") };
    QCommandLineOption at { QStringLiteral("at"),
        QStringLiteral(
            "Export as the portal stands at this moment, e.g. 2024-11-12T00:00:00+08:00 (default: now)."),
        QStringLiteral("ISO8601") };

    QList<QCommandLineOption> all() const { return { jobs, theme, at }; }

    Status read(const QCommandLineParser &parser, ExportOptions &options) const
    {
        options.themeFolder = parser.value(theme);
        if (parser.isSet(jobs)) {
            bool ok = false;
            options.jobs = parser.value(jobs).toInt(&ok);
            if (!ok || options.jobs < 1 || options.jobs > 256)
                return std::unexpected(Error::invalid(QStringLiteral("--jobs"),
                    QStringLiteral("“%1” is not a number of threads from 1 to 256").arg(parser.value(jobs))));
        }
        if (parser.isSet(at)) {
            options.at = QDateTime::fromString(parser.value(at), Qt::ISODate);
            if (!options.at.isValid() || options.at.timeSpec() == Qt::LocalTime)
                return std::unexpected(Error::invalid(QStringLiteral("--at"),
                    QStringLiteral("“%1” is not a time with a zone, e.g. 2024-11-12T00:00:00+08:00")
                        .arg(parser.value(at))));
        }
        return {};
    }
};

// What the export did, for both verbs.
void printExport(const ExportReport &report, bool withTimings)
{
    printOut(QStringLiteral("%1: %2\n").arg(report.outFolder, report.summary()));
    if (report.redirects > 0)
        printOut(QStringLiteral("redirects: %1 retired address(es) lead to the current pages (_redirects, "
                                "redirects.nginx.map)\n")
                     .arg(report.redirects));
    // What is not on the portal and why: the stories a desk expects to see come first.
    if (const QString leftOut = report.leftOutSummary(); !leftOut.isEmpty()) {
        printOut(leftOut + u'\n');
        for (const QString &line : report.leftOutDetails())
            printOut(QStringLiteral("  - %1\n").arg(line));
    }
    if (withTimings) {
        for (const auto &[name, seconds] : std::as_const(report.steps))
            printOut(QStringLiteral("  %1 s  %2\n").arg(seconds, 6, 'f', 3).arg(name));
    }
}

int exportBundle(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Bundle folder to write (created, or replaced whole)."), QStringLiteral("DIR"));
    const QCommandLineOption zip(QStringLiteral("zip"),
        QStringLiteral("Also pack the bundle into this .zip file."), QStringLiteral("FILE"));
    const QCommandLineOption incremental(QStringLiteral("incremental"),
        QStringLiteral("Re-render only pages whose content changed since the last export to DIR."));
    const RenderOptions render;
    const QCommandLineOption timings(
        QStringLiteral("timings"), QStringLiteral("Also print how long each step took."));
    parser.addOptions({ out, zip, incremental, timings });
    parser.addOptions(render.all());
    int exitCode = Ok;
    if (!parse(parser, arguments,
            QStringLiteral(
                "Export the portal as a static HTML bundle: every edition, feeds, sitemap and manifest."),
            exitCode))
        return exitCode;
    if (!parser.isSet(out))
        return fail(
            Error::invalid(QStringLiteral("--out"), QStringLiteral("give the bundle folder with --out DIR")));

    ExportOptions options;
    options.outFolder = parser.value(out);
    options.zipFile = parser.value(zip);
    options.incremental = parser.isSet(incremental);
    if (auto read = render.read(parser, options); !read)
        return fail(read.error());
    auto database = openDatabase(parser, false);
    if (!database)
        return fail(database.error());
    auto report = BundleExporter(*database).run(options);
    if (!report)
        return fail(report.error());
    printExport(*report, parser.isSet(timings));
    return Ok;
}

int publish(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Where: a saved target's name, a folder (a mounted web root), or an SSH address "
                       "(deploy@web1:/srv/www/news, ssh://deploy@web1:2222/srv/www/news). Default: the "
                       "portal's first saved target."),
        QStringLiteral("TARGET"));
    const QCommandLineOption save(QStringLiteral("save"),
        QStringLiteral("Save --to (with --keep) as the portal's target NAME, for everyone on the portal; "
                       "publishes only with --now."),
        QStringLiteral("NAME"));
    const QCommandLineOption now(QStringLiteral("now"), QStringLiteral("With --save: publish as well."));
    const QCommandLineOption keep(QStringLiteral("keep"),
        QStringLiteral("Releases to keep on the target, the live one included (2 to 100; default 5)."),
        QStringLiteral("N"));
    const QCommandLineOption rollback(
        QStringLiteral("rollback"), QStringLiteral("Switch the live site back to the release before it."));
    const QCommandLineOption releases(
        QStringLiteral("releases"), QStringLiteral("List the releases on the target and which one is live."));
    const QCommandLineOption bundle(QStringLiteral("bundle"),
        QStringLiteral("The local bundle folder to export into first (incrementally) and send from "
                       "(default: one in the cache folder for this portal and target)."),
        QStringLiteral("DIR"));
    const QCommandLineOption sshConfig(QStringLiteral("ssh-config"),
        QStringLiteral("An ssh_config file to use instead of ~/.ssh/config (ssh -F)."),
        QStringLiteral("FILE"));
    const QCommandLineOption bandwidth(QStringLiteral("bwlimit"),
        QStringLiteral("Upload at most this many KiB per second."), QStringLiteral("KIBS"));
    const QCommandLineOption watch(QStringLiteral("watch"),
        QStringLiteral("Keep running and publish whenever something comes due (a scheduled story, an embargo "
                       "that lifts, a promo's start or end) or is published or taken off, within --every "
                       "seconds of its time. One watcher per portal publishes; others stand by."));
    const QCommandLineOption once(QStringLiteral("once"),
        QStringLiteral("With --watch: look once and exit (for a systemd timer); with --at, at that moment."));
    const QCommandLineOption onChange(QStringLiteral("on-change"),
        QStringLiteral("With --watch: also publish every edit of what is live."));
    const QCommandLineOption every(QStringLiteral("every"),
        QStringLiteral("With --watch: seconds between looks (5 to 60; default 20)."),
        QStringLiteral("SECONDS"));
    const RenderOptions render;
    parser.addOptions({ to, save, now, keep, rollback, releases, bundle, sshConfig, bandwidth, watch, once,
        onChange, every });
    parser.addOptions(render.all());
    int exitCode = Ok;
    if (!parse(parser, arguments,
            QStringLiteral("Export the portal and put it live on a web server in one switch: uploads a new "
                           "release with rsync (only changed files travel), then points the target's "
                           "`current` symlink at it. Keys for SSH come from your agent or ssh config; "
                           "nothing asks for a password."),
            exitCode))
        return exitCode;
    auto number = [&](const QCommandLineOption &option, int low, int high, int fallback) -> Result<int> {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < low || value > high)
            return std::unexpected(Error::invalid(u"--" + option.names().first(),
                QStringLiteral("“%1” is not a number from %2 to %3")
                    .arg(parser.value(option))
                    .arg(low)
                    .arg(high)));
        return value;
    };
    const auto keepCount = number(keep, SitePublisher::MinimumKeep, SitePublisher::MaximumKeep, 5);
    if (!keepCount)
        return fail(keepCount.error());
    const auto kibs = number(bandwidth, 1, 10'000'000, 0);
    if (!kibs)
        return fail(kibs.error());
    if (parser.isSet(rollback) && parser.isSet(releases))
        return fail(Error::invalid(
            QStringLiteral("--rollback"), QStringLiteral("give --rollback or --releases, not both")));
    const auto seconds = number(every, 5, 60, 20);
    if (!seconds)
        return fail(seconds.error());
    if (parser.isSet(watch) && (parser.isSet(rollback) || parser.isSet(releases)))
        return fail(Error::invalid(QStringLiteral("--watch"),
            QStringLiteral("--watch publishes: not with --rollback or --releases")));
    for (const QCommandLineOption *option : { &once, &onChange, &every }) {
        if (parser.isSet(*option) && !parser.isSet(watch))
            return fail(Error::invalid(u"--" + option->names().first(), QStringLiteral("goes with --watch")));
    }
    if (parser.isSet(watch) && parser.isSet(render.at) && !parser.isSet(once))
        return fail(Error::invalid(
            QStringLiteral("--at"), QStringLiteral("a watch follows the clock: --at goes with --once")));

    auto opened = openPortal(parser);
    if (!opened)
        return fail(opened.error());
    const DatabasePtr database = opened->first;
    PortalStore portals(database);
    const std::optional<Portal> portal = opened->second;

    // The target: a saved one by name, else an address; saved when asked.
    PublishDestination destination;
    const PublishDestination *saved
        = parser.isSet(to) || !parser.isSet(save) ? portal->publishTarget(parser.value(to)) : nullptr;
    if (saved)
        destination = *saved;
    else if (parser.isSet(to))
        destination = { {}, parser.value(to), *keepCount };
    else
        return fail(Error::invalid(QStringLiteral("--to"),
            QStringLiteral(
                "this portal has no saved publish target: give --to TARGET (and --save NAME to keep it)")));
    if (parser.isSet(keep))
        destination.keep = *keepCount;
    auto target = PublishTarget::parse(destination.address);
    if (!target)
        return fail(target.error());
    if (parser.isSet(save)) {
        destination.name = parser.value(save);
        Portal changed = *portal;
        auto same = std::find_if(changed.publishTargets.begin(), changed.publishTargets.end(),
            [&](const PublishDestination &t) { return t.name == destination.name; });
        if (same != changed.publishTargets.end())
            *same = destination;
        else
            changed.publishTargets.append(destination);
        if (auto saved = portals.put(changed); !saved)
            return fail(saved.error());
        printOut(QStringLiteral("saved target %1: %2 (keeps %3 releases)\n")
                     .arg(destination.name, target->describe())
                     .arg(destination.keep));
        if (!parser.isSet(now))
            return Ok;
    }

    PublishOptions options;
    options.keep = destination.keep;
    options.sshConfig = parser.value(sshConfig);
    options.bandwidthKiBs = *kibs;
    const SitePublisher publisher(*target, options);
    if (parser.isSet(releases)) {
        auto listed = publisher.releases();
        if (!listed)
            return fail(listed.error());
        if (listed->releases.isEmpty())
            printOut(QStringLiteral("%1: nothing published yet\n").arg(target->describe()));
        for (const QString &release : std::as_const(listed->releases))
            printOut(QStringLiteral("%1%2\n").arg(
                release, release == listed->live ? QStringLiteral("  (live)") : QString()));
        return Ok;
    }
    if (parser.isSet(rollback)) {
        auto back = publisher.rollback();
        if (!back)
            return fail(back.error());
        printOut(QStringLiteral("%1: release %2 is live again (was %3)\n")
                     .arg(target->describe(), back->release, back->previous));
        return Ok;
    }

    ExportOptions exportOptions;
    if (auto read = render.read(parser, exportOptions); !read)
        return fail(read.error());
    exportOptions.outFolder = parser.value(bundle);
    if (parser.isSet(watch)) {
        PublishWatch::Options watchOptions;
        watchOptions.onChange = parser.isSet(onChange);
        watchOptions.exportOptions = exportOptions;
        watchOptions.publishOptions = options;
        PublishWatch watcher(database, *target, watchOptions);
        const QDateTime fixed = exportOptions.at;
        QString lastLine;
        constexpr int MaximumFailures = 10;
        int failures = 0;
        for (;;) {
            const QDateTime moment = fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
            const WatchStep step = watcher.step(moment);
            // Each run is logged (stdout: the journal under systemd); a quiet look is not,
            // and standing by only when it starts or its holder changes.
            const QString line = step.text();
            if (step.kind != WatchStep::Kind::Unchanged
                && (step.kind != WatchStep::Kind::StandingBy || line != lastLine))
                printOut(QStringLiteral("%1 %2: %3\n")
                             .arg(moment.toString(Qt::ISODate), target->describe(), line));
            lastLine = line;
            if (parser.isSet(once))
                return step.kind == WatchStep::Kind::Failed ? Failure : Ok;
            // A watcher that keeps failing stops, so that systemd (Restart=on-failure) or
            // whoever runs it sees it; one failure is retried at the next look.
            failures = step.kind == WatchStep::Kind::Failed ? failures + 1 : 0;
            if (failures >= MaximumFailures) {
                printError(QStringLiteral("%1 looks in a row failed; stopping").arg(failures));
                return Failure;
            }
            QThread::sleep(static_cast<unsigned long>(*seconds));
        }
    }
    auto published = publishPortal(database, *target, exportOptions, options);
    if (!published)
        return fail(published.error());
    printExport(published->exported, false);
    printOut(QStringLiteral("%1: %2\n").arg(target->describe(), published->published.summary()));
    return Ok;
}

int logo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption clear(QStringLiteral("clear"), QStringLiteral("Go back to the theme's logo."));
    parser.addOption(clear);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QStringLiteral("The picture to use (PNG, JPEG, WebP, …)."), QStringLiteral("[FILE]"));
    int exitCode = Ok;
    if (!parse(parser, arguments,
            QStringLiteral(
                "Show or set the portal's logo: the site's favicon, touch icon and the publisher logo "
                "search engines show. Without FILE, says which logo is used."),
            exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (parser.isSet(clear) && !files.isEmpty()))
        return fail(Error::invalid(QStringLiteral("FILE"), QStringLiteral("give one picture, or --clear")));
    auto opened = openPortal(parser);
    if (!opened)
        return fail(opened.error());
    const DatabasePtr database = opened->first;
    PortalStore portals(database);
    const std::optional<Portal> portal = opened->second;
    if (files.isEmpty() && !parser.isSet(clear)) {
        printOut(portal->logo.isEmpty() ? QStringLiteral("logo: the theme's (assets/logo.png)\n")
                                        : QStringLiteral("logo: %1\n").arg(portal->logo));
        return Ok;
    }
    Portal changed = *portal;
    if (parser.isSet(clear)) {
        changed.logo.clear();
    } else {
        auto bytes = MediaStore::readPicture(files.first(), files.first());
        if (!bytes)
            return fail(bytes.error());
        // Refused before it is stored when it is no picture the site's icons can be made from.
        if (auto themed = Theme().withLogo(*bytes); !themed)
            return fail(Error::invalid(files.first(), themed.error().message));
        auto name = MediaStore(database).put(*bytes, QFileInfo(files.first()).fileName());
        if (!name)
            return fail(name.error());
        changed.logo = *name;
    }
    if (auto saved = portals.put(changed); !saved)
        return fail(saved.error());
    printOut(changed.logo.isEmpty() ? QStringLiteral("logo: the theme's (assets/logo.png)\n")
                                    : QStringLiteral("logo: %1\n").arg(changed.logo));
    return Ok;
}

int serverConfig(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption server(QStringLiteral("server"),
        QStringLiteral("nginx (a location block) or apache (an .htaccess file)."), QStringLiteral("NAME"));
    parser.addOption(server);
    int exitCode = Ok;
    if (!parse(parser, arguments,
            QStringLiteral(
                "Print web server settings for the exported bundle: its Content-Security-Policy and "
                "safety headers as HTTP headers, a year's caching for the content-hashed assets/, "
                "a minute's for pages, and the 404 page of each edition."),
            exitCode))
        return exitCode;
    const QString name = parser.value(server);
    if (name != u"nginx" && name != u"apache")
        return fail(Error::invalid(
            QStringLiteral("--server"), QStringLiteral("give --server nginx or --server apache")));
    auto database = openDatabase(parser, false);
    if (!database)
        return fail(database.error());
    auto portal = PortalStore(*database).get();
    if (!portal)
        return fail(portal.error());
    printOut(name == u"nginx" ? ServerConfig::nginx(*portal) : ServerConfig::apache(*portal));
    return Ok;
}

} // namespace

QList<Command> publishCommands()
{
    return { { QStringLiteral("export"),
                 QStringLiteral("Export the portal as a static HTML bundle (folder and/or zip)"),
                 exportBundle },
        { QStringLiteral("publish"),
            QStringLiteral(
                "Export and put the portal live on a web server (a folder or SSH), or roll it back"),
            publish },
        { QStringLiteral("logo"),
            QStringLiteral("Show or set the portal's logo (favicon, touch icon, publisher logo)"), logo },
        { QStringLiteral("server-config"),
            QStringLiteral("Print nginx or Apache settings that serve a bundle with its headers and caching"),
            serverConfig } };
}

} // namespace PortalDesk::Cli
