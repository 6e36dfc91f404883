// The feed verb (issue 18): ingest-feed polls RSS 2.0 and Atom feeds (files or http(s)
// addresses) and makes a draft of each new item through the wire parser, as import-wire
// does for pasted copy. What each run took and skipped, and the server's ETag and
// Last-Modified for the next conditional fetch, are kept in the portal's feed log (FeedLog),
// which every editor of a newsroom server shares.

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/ingest/feedimport.h"
#include "core/store/portalstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace PortalDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Cli", text);
}

QJsonArray entriesJson(const QList<FeedLogEntry> &entries)
{
    QJsonArray out;
    for (const FeedLogEntry &entry : entries) {
        QJsonObject item { { QStringLiteral("item"), entry.itemId },
            { QStringLiteral("title"), entry.title } };
        if (entry.skipped.isEmpty())
            item.insert(QStringLiteral("article"), entry.articleId);
        else
            item.insert(QStringLiteral("skipped"), entry.skipped);
        out.append(item);
    }
    return out;
}

int ingestFeed(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        tr("Give up on a server after SECONDS (default 20)."), tr("SECONDS"), QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print what each feed gave as JSON."));
    parser.addOptions({ databaseOption(), timeout, json });
    parser.addPositionalArgument(
        QStringLiteral("FEED"), tr("An RSS 2.0 or Atom feed: an http(s) address or a file."), tr("FEED..."));
    int exitCode = Ok;
    if (!parse(parser, arguments,
            tr("Make a draft of each new item of RSS 2.0 or Atom feeds (the Government's press releases,\n"
               "the wires' RSS) through the wire copy parser. An item is never imported twice: not when\n"
               "the feed log has it, not when an article already has its link as original link. Servers\n"
               "are asked with the ETag and Last-Modified they gave last time, so an unchanged feed costs\n"
               "nothing."),
            exitCode))
        return exitCode;
    // A file is remembered by its whole path, so the log finds it from any folder.
    QStringList feeds = parser.positionalArguments();
    for (QString &feed : feeds) {
        if (!FeedFetch::isWebAddress(feed))
            feed = QFileInfo(feed).absoluteFilePath();
    }
    if (feeds.isEmpty()) {
        printError(tr("name at least one feed"));
        return Failure;
    }
    bool secondsOk = false;
    const double seconds = parser.value(timeout).toDouble(&secondsOk);
    if (!secondsOk || seconds <= 0) {
        printError(tr("--timeout takes a number of seconds above 0"));
        return Failure;
    }
    Result<DatabasePtr> database = openDatabase(parser, true);
    if (!database)
        return fail(database.error());
    const Result<Portal> portal = PortalStore(*database).get();
    if (!portal)
        return fail(portal.error());
    FeedLog log(*database);
    if (Status adopted = FeedImport::adoptFile(log, FeedImport::logPathFor(parser.value(databaseOption())));
        !adopted)
        return fail(adopted.error());

    ArticleStore store(*database);
    const QList<FeedPoll> polls = FeedImport::poll(store, log, feeds,
        FeedImport::holder((*database)->userName()), WireImportOptions::forPortal(*portal), portal->zone(),
        std::chrono::milliseconds(qint64(seconds * 1000)));
    QJsonArray report;
    bool failed = false;
    for (const FeedPoll &poll : polls) {
        failed = failed || !poll.error.isEmpty();
        if (!poll.error.isEmpty())
            printError(poll.feed + QStringLiteral(": ") + poll.error);
        if (parser.isSet(json)) {
            QJsonObject out { { QStringLiteral("feed"), poll.feed } };
            if (poll.notModified)
                out.insert(QStringLiteral("not_modified"), true);
            if (!poll.error.isEmpty())
                out.insert(QStringLiteral("error"), poll.error);
            if (!poll.busy.isEmpty())
                out.insert(QStringLiteral("busy"), poll.busy);
            out.insert(QStringLiteral("items"), entriesJson(poll.run.entries));
            report.append(out);
        } else if (!poll.busy.isEmpty()) {
            printOut(poll.feed + QStringLiteral(": ") + tr("left alone: %1 is polling it now").arg(poll.busy)
                + u'\n');
        } else if (poll.notModified) {
            printOut(poll.feed + QStringLiteral(": ") + tr("not modified since the last fetch") + u'\n');
        } else if (poll.error.isEmpty()) {
            const qsizetype taken = poll.run.taken();
            printOut(poll.feed + QStringLiteral(": ")
                + tr("%1 new, %2 skipped").arg(taken).arg(poll.run.entries.size() - taken) + u'\n');
            for (const FeedLogEntry &entry : poll.run.entries)
                printOut(entry.skipped.isEmpty()
                        ? QStringLiteral("  + %1  %2\n").arg(entry.articleId, entry.title)
                        : QStringLiteral("  - %1  (%2)\n").arg(entry.title, entry.skipped));
        }
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    return failed ? Failure : Ok;
}

} // namespace

QList<Command> feedCommands()
{
    return { { QStringLiteral("ingest-feed"), tr("Make drafts of new RSS/Atom feed items (--db)"),
        ingestFeed } };
}

} // namespace PortalDesk::Cli
