// Verbs that publish the portal: export, server-config.

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/publish/bundleexporter.h"
#include "core/publish/serverconfig.h"
#include "core/store/portalstore.h"

#include <QCommandLineParser>
#include <QThread>

namespace PortalDesk::Cli {

namespace {

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
    const QCommandLineOption jobs(QStringLiteral("jobs"),
        QStringLiteral("Render threads (default: one per core)."), QStringLiteral("N"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QStringLiteral("Theme folder (default: the built-in theme)."), QStringLiteral("DIR"));
    const QCommandLineOption at(QStringLiteral("at"),
        QStringLiteral(
            "Export as the portal stands at this moment, e.g. 2024-11-12T00:00:00+08:00 (default: now)."),
        QStringLiteral("ISO8601"));
    const QCommandLineOption timings(
        QStringLiteral("timings"), QStringLiteral("Also print how long each step took."));
    parser.addOptions({ out, zip, incremental, jobs, theme, at, timings });
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
    options.themeFolder = parser.value(theme);
    if (parser.isSet(jobs)) {
        bool ok = false;
        options.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 256)
            return fail(Error::invalid(QStringLiteral("--jobs"),
                QStringLiteral("“%1” is not a number of threads from 1 to 256").arg(parser.value(jobs))));
    }
    if (parser.isSet(at)) {
        options.at = QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!options.at.isValid() || options.at.timeSpec() == Qt::LocalTime)
            return fail(Error::invalid(QStringLiteral("--at"),
                QStringLiteral("“%1” is not a time with a zone, e.g. 2024-11-12T00:00:00+08:00")
                    .arg(parser.value(at))));
    }
    auto database = openDatabase(parser, false);
    if (!database)
        return fail(database.error());
    auto report = BundleExporter(*database).run(options);
    if (!report)
        return fail(report.error());
    printOut(QStringLiteral("%1: %2\n").arg(report->outFolder, report->summary()));
    if (report->redirects > 0)
        printOut(QStringLiteral("redirects: %1 retired address(es) lead to the current pages (_redirects, "
                                "redirects.nginx.map)\n")
                     .arg(report->redirects));
    // What is not on the portal and why: the stories a desk expects to see come first.
    if (const QString leftOut = report->leftOutSummary(); !leftOut.isEmpty()) {
        printOut(leftOut + u'\n');
        for (const QString &line : report->leftOutDetails())
            printOut(QStringLiteral("  - %1\n").arg(line));
    }
    if (parser.isSet(timings)) {
        for (const auto &[name, seconds] : std::as_const(report->steps))
            printOut(QStringLiteral("  %1 s  %2\n").arg(seconds, 6, 'f', 3).arg(name));
    }
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
        { QStringLiteral("server-config"),
            QStringLiteral("Print nginx or Apache settings that serve a bundle with its headers and caching"),
            serverConfig } };
}

} // namespace PortalDesk::Cli
