// The wire ingest verb (issue 6): import-wire turns pasted wire copy into drafts.
// Without --db it prints what it parsed as JSON; with --db it creates the drafts, converting
// Simplified copy when the portal is a Hong Kong one (--convert / --no-convert decide otherwise).
// Every file is read and checked before anything is stored, so one bad file
// (not UTF-8, unreadable) stores nothing and says which file and byte.

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/ingest/wireimport.h"
#include "core/ingest/wireparser.h"
#include "core/store/articlestore.h"
#include "core/store/portalstore.h"
#include "core/text/editionformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Cli", text);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject draftJson(const WireDraft &draft)
{
    QJsonArray photos;
    for (const QString &caption : draft.captions)
        photos.append(QJsonObject { { QStringLiteral("caption"), caption } });
    const QJsonValue dateline = draft.dateline.date.isValid() || !draft.dateline.place.isEmpty()
        ? QJsonValue(QJsonObject { { QStringLiteral("place"), draft.dateline.place },
            { QStringLiteral("date"), orNull(draft.dateline.date.toString(Qt::ISODate)) } })
        : QJsonValue(QJsonValue::Null);
    return QJsonObject {
        { QStringLiteral("language"), languageTag(draft.language) },
        { QStringLiteral("headline"), draft.headline },
        { QStringLiteral("standfirst"), orNull(draft.standfirst) },
        { QStringLiteral("published_at"), orNull(draft.publishedAt.toString(Qt::ISODate)) },
        { QStringLiteral("dateline"), dateline },
        { QStringLiteral("source"), orNull(draft.source) },
        { QStringLiteral("service"), orNull(draft.service) },
        { QStringLiteral("byline"), orNull(draft.byline) },
        { QStringLiteral("body"), draft.body },
        { QStringLiteral("notes"), orNull(draft.notes) },
        { QStringLiteral("photos"), photos },
        { QStringLiteral("original_link"), orNull(draft.originalLink) },
        { QStringLiteral("credit"), orNull(draft.credit) },
        { QStringLiteral("dropped_lines"), QJsonArray::fromStringList(draft.droppedLines) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(draft.warnings) },
        { QStringLiteral("recognised"), draft.recognised },
    };
}

QString displayName(const QString &path)
{
    return path.isEmpty() || path == u"-" ? tr("standard input") : path;
}

int importWire(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (always, without --db)."));
    const QCommandLineOption convert(QStringLiteral("convert"),
        tr("Convert Simplified Chinese copy to Hong Kong Traditional (zh-Hant-HK). With --db this is "
           "the default when the portal's default edition is zh-Hant-HK."));
    const QCommandLineOption noConvert(
        QStringLiteral("no-convert"), tr("With --db, keep Simplified Chinese copy as it came (zh-Hans)."));
    const QCommandLineOption fix(QStringLiteral("fix"), tr("Apply the typography lint's fixes."));
    parser.addOptions({ databaseOption(), json, convert, noConvert, fix });
    parser.addPositionalArgument(QStringLiteral("FILE"),
        tr("Wire copy as UTF-8 text; - or nothing reads standard input."), tr("FILE..."));
    int exitCode = Ok;
    if (!parse(parser, arguments,
            tr("Turn pasted wire copy (PR Newswire / 美通社, GlobeNewswire, Business Wire, ACN Newswire,\n"
               "HKSAR Government press releases, Reuters, AP, 新華社, 中新社) into article drafts.\n"
               "Without --db, print the parsed drafts as a JSON array; Simplified copy is converted only\n"
               "with --convert.\n"
               "With --db, create the drafts and print their ids. A Hong Kong portal (default edition\n"
               "zh-Hant-HK) converts Simplified copy to zh-Hant-HK unless --no-convert is given; the copy\n"
               "as it came is always the first revision. Photo captions become photos waiting for their\n"
               "pictures."),
            exitCode))
        return exitCode;
    if (parser.isSet(convert) && parser.isSet(noConvert)) {
        printError(tr("--convert and --no-convert contradict each other; give one of them"));
        return Failure;
    }

    DatabasePtr database;
    QTimeZone zone = EditionFormat::hongKong();
    // Parse only: nothing is converted unless asked. Storing: the portal decides by default.
    WireImportOptions options;
    options.convertToTraditional = false;
    if (parser.isSet(databaseOption())) {
        Result<DatabasePtr> opened = openDatabase(parser, true);
        if (!opened)
            return fail(opened.error());
        database = *opened;
        const Result<Portal> portal = PortalStore(database).get();
        if (!portal)
            return fail(portal.error());
        zone = portal->zone();
        options = WireImportOptions::forPortal(*portal);
    }
    if (parser.isSet(convert))
        options.convertToTraditional = true;
    if (parser.isSet(noConvert))
        options.convertToTraditional = false;
    options.fixTypography = parser.isSet(fix);

    QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        files.append(QStringLiteral("-"));
    QList<WireDraft> drafts;
    bool failed = false;
    for (const QString &file : std::as_const(files)) {
        const Result<QByteArray> bytes = readInput(file);
        if (!bytes) {
            failed = true;
            printError(bytes.error().text());
            continue;
        }
        Result<WireDraft> draft = WireParser::parseUtf8(*bytes, zone);
        if (!draft) {
            failed = true;
            Error error = draft.error();
            error.field = displayName(file);
            printError(error.text());
            continue;
        }
        drafts.append(std::move(*draft));
    }
    if (failed)
        return Failure;

    if (!database) {
        QJsonArray out;
        for (const WireDraft &draft : std::as_const(drafts)) {
            const Result<WireDraft> adapted = WireImport::adapt(draft, options);
            if (!adapted)
                return fail(adapted.error());
            out.append(draftJson(*adapted));
        }
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return Ok;
    }

    ArticleStore store(database);
    QJsonArray created;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const Result<Article> article = WireImport::create(store, drafts.at(i), options);
        if (!article) {
            Error error = article.error();
            error.message = displayName(files.at(i)) + QStringLiteral(": ") + error.message;
            return fail(error);
        }
        for (const QString &warning : drafts.at(i).warnings)
            printError(displayName(files.at(i)) + QStringLiteral(": ") + warning);
        if (parser.isSet(json)) {
            created.append(QJsonObject { { QStringLiteral("id"), article->id },
                { QStringLiteral("file"), displayName(files.at(i)) },
                { QStringLiteral("headline"), article->headline },
                { QStringLiteral("language"), languageTag(article->language) },
                { QStringLiteral("version"), article->version },
                { QStringLiteral("photos"), int(article->photos.size()) }, // each waiting for its picture
                { QStringLiteral("notes"), orNull(drafts.at(i).notes) }, // kept out of the body
                { QStringLiteral("warnings"), QJsonArray::fromStringList(drafts.at(i).warnings) } });
        } else {
            printOut(article->id + u'\n');
        }
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(created).toJson(QJsonDocument::Indented)));
    return Ok;
}

} // namespace

QList<Command> ingestCommands()
{
    return { { QStringLiteral("import-wire"),
        tr("Parse wire copy into article drafts (JSON, or --db to store)"), importWire } };
}

} // namespace PortalDesk::Cli
