// The wire ingest verb (issue 6): import-wire turns pasted wire copy into drafts.
// Without --db it prints what it parsed as JSON; with --db it creates the drafts, converting
// Simplified copy when the portal is a Hong Kong one (--convert / --no-convert decide otherwise).
// Every file is read and checked before anything is stored, so one bad file
// (not UTF-8, unreadable) stores nothing and says which file and byte. Copy that is already
// in the portal (issue 15: same original link, or nearly the same text) is reported on stderr
// and skipped, updates the existing article, or is imported anyway, as --if-duplicate says.

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/ingest/wireduplicates.h"
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
#include <cmath>
#include <optional>

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

enum class IfDuplicate { Skip, Update, Import };

std::optional<IfDuplicate> ifDuplicateFrom(const QString &value)
{
    if (value == u"skip")
        return IfDuplicate::Skip;
    if (value == u"update")
        return IfDuplicate::Update;
    if (value == u"import")
        return IfDuplicate::Import;
    return std::nullopt;
}

QJsonObject duplicateJson(const WireDuplicate &duplicate)
{
    const Article &existing = duplicate.existing;
    return QJsonObject {
        { QStringLiteral("id"), existing.id },
        { QStringLiteral("headline"), existing.headline },
        { QStringLiteral("status"), statusKey(existing.status) },
        { QStringLiteral("updated_at"), existing.updatedAt.toString(Qt::ISODate) },
        { QStringLiteral("updated_by"), existing.updatedBy },
        { QStringLiteral("match"),
            duplicate.match == WireDuplicate::Match::SameLink ? QStringLiteral("same-link")
                                                              : QStringLiteral("same-text") },
        { QStringLiteral("similarity"), std::round(duplicate.similarity * 100) / 100 },
    };
}

// "release.txt matches article 3f2a… “headline” (published, updated 2024-11-11T12:47:00Z by amy):
// same original link"
QString duplicateLine(const QString &file, const WireDuplicate &duplicate)
{
    const Article &existing = duplicate.existing;
    return tr("%1 matches article %2 “%3” (%4, updated %5 by %6): %7")
        .arg(file, existing.id, existing.headline, statusKey(existing.status),
            existing.updatedAt.toString(Qt::ISODate), existing.updatedBy, duplicate.reason());
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
    const QCommandLineOption ifDuplicate(QStringLiteral("if-duplicate"),
        tr("With --db, what to do with copy already in the portal (the same original link, or at least "
           "half the same text): skip it (the default), update the existing article from it, or import "
           "it as a second article. The match is reported on stderr either way."),
        QStringLiteral("skip|update|import"), QStringLiteral("skip"));
    parser.addOptions({ databaseOption(), json, convert, noConvert, fix, ifDuplicate });
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
               "pictures. Copy already in the portal (the same original link, or at least half the same\n"
               "text, in either Chinese script) is reported on stderr and skipped unless --if-duplicate\n"
               "says otherwise; a skipped file prints no id."),
            exitCode))
        return exitCode;
    if (parser.isSet(convert) && parser.isSet(noConvert)) {
        printError(tr("--convert and --no-convert contradict each other; give one of them"));
        return Failure;
    }
    const std::optional<IfDuplicate> onDuplicate = ifDuplicateFrom(parser.value(ifDuplicate));
    if (!onDuplicate) {
        printError(
            tr("--if-duplicate takes skip, update or import, not “%1”").arg(parser.value(ifDuplicate)));
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
        const QString file = displayName(files.at(i));
        const auto failed = [&](Error error) {
            error.message = file + QStringLiteral(": ") + error.message;
            return fail(error);
        };
        const Result<WireDraft> adapted = WireImport::adapt(drafts.at(i), options);
        if (!adapted)
            return failed(adapted.error());
        const Result<std::optional<WireDuplicate>> duplicate = WireDuplicates::find(database, *adapted);
        if (!duplicate)
            return failed(duplicate.error());
        QString action = QStringLiteral("created");
        Result<Article> article;
        if (*duplicate && *onDuplicate != IfDuplicate::Import) {
            const QString line = duplicateLine(file, **duplicate);
            if (*onDuplicate == IfDuplicate::Skip) {
                printError(line + tr("; skipped (--if-duplicate update or import to do otherwise)"));
                action = QStringLiteral("skipped");
                article = (*duplicate)->existing;
            } else {
                article = WireImport::update(database, (*duplicate)->existing.id, drafts.at(i), options);
                if (!article)
                    return failed(article.error());
                printError(line + tr("; updated it to version %1").arg(article->version));
                action = QStringLiteral("updated");
            }
        } else {
            if (*duplicate)
                printError(duplicateLine(file, **duplicate) + tr("; imported anyway, as a new article"));
            article = WireImport::create(store, drafts.at(i), *adapted, options);
            if (!article)
                return failed(article.error());
        }
        for (const QString &warning : drafts.at(i).warnings)
            printError(displayName(files.at(i)) + QStringLiteral(": ") + warning);
        if (parser.isSet(json)) {
            created.append(
                QJsonObject { { QStringLiteral("id"), article->id }, { QStringLiteral("action"), action },
                    { QStringLiteral("duplicate_of"),
                        *duplicate ? QJsonValue(duplicateJson(**duplicate)) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("file"), displayName(files.at(i)) },
                    { QStringLiteral("headline"), article->headline },
                    { QStringLiteral("language"), languageTag(article->language) },
                    { QStringLiteral("version"), article->version },
                    { QStringLiteral("photos"), int(article->photos.size()) }, // each waiting for its picture
                    { QStringLiteral("notes"), orNull(drafts.at(i).notes) }, // kept out of the body
                    { QStringLiteral("warnings"), QJsonArray::fromStringList(drafts.at(i).warnings) } });
        } else if (action != u"skipped") {
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
