// Verbs over a portal database: list, dump, load, demo.

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/exchange/interchange.h"
#include "core/installation.h"
#include "core/store/articlestore.h"
#include "core/store/database.h"
#include "core/store/portalstore.h"
#include "core/store/trashstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace PortalDesk::Cli {

namespace {

QString demoFile()
{
    return Installation::dataPath(QStringLiteral("demo/portal.json"));
}

QString reportLine(const Interchange::LoadReport &report)
{
    return QStringLiteral(
        "loaded %1 sections, %2 columns, %3 new and %4 updated articles, %5 promos, %6 photos\n")
        .arg(report.sections)
        .arg(report.columns)
        .arg(report.articlesAdded)
        .arg(report.articlesUpdated)
        .arg(report.promos)
        .arg(report.photos);
}

int load(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption merge(QStringLiteral("merge"),
        QStringLiteral("Add to a database that already has content; same id = update."));
    parser.addOption(merge);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A portaldesk/1 JSON file."));
    int exitCode = Ok;
    if (!parse(parser, arguments, QStringLiteral("Load a portaldesk/1 file into a database, all or nothing."),
            exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(Error::of(Error::Code::Invalid, QStringLiteral("give exactly one FILE to load")));
    auto database = openDatabase(parser, true);
    if (!database)
        return fail(database.error());
    auto report = Interchange::loadFile(
        *database, parser.positionalArguments().constFirst(), { parser.isSet(merge), {} });
    if (!report)
        return fail(report.error());
    printOut(reportLine(*report));
    return Ok;
}

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int exitCode = Ok;
    if (!parse(parser, arguments,
            QStringLiteral("Create the demo portal (a Hong Kong bilingual financial portal) in DB."),
            exitCode))
        return exitCode;
    auto database = openDatabase(parser, true);
    if (!database)
        return fail(database.error());
    auto report = Interchange::loadFile(*database, demoFile(), { false, QStringLiteral("demo portal") });
    if (!report)
        return fail(report.error());
    printOut(reportLine(*report));
    return Ok;
}

int dump(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral(
            "Write to FILE, with the photos in media/ beside it. Without it, the JSON goes to standard "
            "output and no photo files are written."),
        QStringLiteral("FILE"));
    parser.addOption(out);
    int exitCode = Ok;
    if (!parse(parser, arguments, QStringLiteral("Write the whole database as a portaldesk/1 JSON file."),
            exitCode))
        return exitCode;
    auto database = openDatabase(parser, false);
    if (!database)
        return fail(database.error());
    const QString target = parser.value(out);
    const bool toStdout = target.isEmpty() || target == u"-";
    const QString mediaFolder = toStdout ? QString() : QFileInfo(target).absolutePath();
    auto json = Interchange::dump(*database, mediaFolder);
    if (!json)
        return fail(json.error());
    if (auto written = writeOutput(target, *json); !written)
        return fail(written.error());
    return Ok;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption status(QStringLiteral("status"),
        QStringLiteral("Only this status: draft, in_review, scheduled, published, archived."),
        QStringLiteral("S"));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("Only this language: zh-Hant-HK, zh-Hans, en."), QStringLiteral("L"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    parser.addOptions({ status, language, json });
    int exitCode = Ok;
    if (!parse(parser, arguments, QStringLiteral("List articles, newest change first."), exitCode))
        return exitCode;
    ArticleFilter filter;
    if (parser.isSet(status)) {
        filter.status = statusFromKey(parser.value(status));
        if (!filter.status)
            return fail(Error::invalid(QStringLiteral("--status"),
                QStringLiteral("“%1” is not one of draft, in_review, scheduled, published, archived")
                    .arg(parser.value(status))));
    }
    if (parser.isSet(language)) {
        filter.language = languageFromTag(parser.value(language));
        if (!filter.language)
            return fail(Error::invalid(QStringLiteral("--language"),
                QStringLiteral("“%1” is not one of zh-Hant-HK, zh-Hans, en").arg(parser.value(language))));
    }
    auto database = openDatabase(parser, false);
    if (!database)
        return fail(database.error());
    auto articles = ArticleStore(*database).list(filter);
    if (!articles)
        return fail(articles.error());
    // The state editors see: "Scheduled for 2026-12-02 18:00 HKT", not the stored key.
    const QTimeZone zone = PortalStore(*database).get().value_or(Portal()).zone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ArticleSummary &a : std::as_const(*articles)) {
            array.append(QJsonObject { { QStringLiteral("id"), a.id },
                { QStringLiteral("headline"), a.headline }, { QStringLiteral("section"), a.section },
                { QStringLiteral("language"), languageTag(a.language) },
                { QStringLiteral("status"), statusKey(shownStatus(a.status, a.publishAt, now)) },
                { QStringLiteral("status_text"),
                    shownStatusText(a.status, a.publishAt, a.embargoUntil, now, zone) },
                { QStringLiteral("updated_at"), a.updatedAt.toString(Qt::ISODate) },
                { QStringLiteral("updated_by"), a.updatedBy }, { QStringLiteral("version"), a.version } });
            if (a.partnerLanguage) {
                QJsonObject object = array.last().toObject();
                object.insert(QStringLiteral("partner_language"), languageTag(*a.partnerLanguage));
                object.insert(QStringLiteral("edits_behind"), a.behind);
                array.replace(array.size() - 1, object);
            }
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    for (const ArticleSummary &a : std::as_const(*articles)) {
        // "⇄ en" for a story with a version in English, "⇄ zh-Hant-HK, 2 behind" for
        // a translation two edits of its original behind.
        QString pair;
        if (a.partnerLanguage)
            pair = QStringLiteral("⇄ ") + languageTag(*a.partnerLanguage)
                + (a.behind > 0 ? QStringLiteral(", %1 behind").arg(a.behind) : QString());
        printOut(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(a.id, -24)
                     .arg(languageTag(a.language), -10)
                     .arg(shownStatusText(a.status, a.publishAt, a.embargoUntil, now, zone), -9)
                     .arg(a.section, -10)
                     .arg(pair, -12)
                     .arg(a.headline));
    }
    return Ok;
}

// trash ID…, restore ID…, empty-trash, trash --list: the GUI's trash, headless.
int trashVerb(const QStringList &arguments, const QString &verb)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption listing(
        QStringLiteral("list"), QStringLiteral("List the articles in the trash."));
    if (verb == u"trash") {
        parser.addOption(listing);
        parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Articles to move to the trash."));
    } else if (verb == u"restore") {
        parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Articles to bring back."));
    }
    const QString about = verb == u"trash" ? QStringLiteral("Move articles to the trash (or --list it).")
        : verb == u"restore"               ? QStringLiteral("Bring articles back from the trash.")
                                           : QStringLiteral("Delete every article in the trash for good.");
    int exitCode = Ok;
    if (!parse(parser, arguments, about, exitCode))
        return exitCode;
    const QStringList ids = parser.positionalArguments();
    const bool listOnly = verb == u"trash" && parser.isSet(listing);
    if (verb != u"empty-trash" && !listOnly && ids.isEmpty())
        return fail(Error::of(Error::Code::Invalid, QStringLiteral("give the id of at least one article")));
    auto database = openDatabase(parser, false);
    if (!database)
        return fail(database.error());
    TrashStore trash(*database);
    if (listOnly) {
        auto trashed = trash.list();
        if (!trashed)
            return fail(trashed.error());
        const QTimeZone zone = PortalStore(*database).get().value_or(Portal()).zone();
        for (const TrashedArticle &a : std::as_const(*trashed))
            printOut(QStringLiteral("%1  %2  %3  %4\n")
                         .arg(a.id, -24)
                         .arg(workflowTime(a.trashedAt, zone), -21)
                         .arg(a.trashedBy, -12)
                         .arg(a.headline));
        return Ok;
    }
    if (verb == u"empty-trash") {
        auto emptied = trash.empty();
        if (!emptied)
            return fail(emptied.error());
        printOut(QStringLiteral("deleted %1 articles from the trash for good\n").arg(*emptied));
        return Ok;
    }
    for (const QString &id : ids) {
        if (verb == u"trash") {
            if (auto done = trash.moveToTrash(id); !done)
                return fail(done.error());
            printOut(QStringLiteral("moved %1 to the trash\n").arg(id));
        } else {
            if (auto back = trash.restore(id); !back)
                return fail(back.error());
            printOut(QStringLiteral("restored %1\n").arg(id));
        }
    }
    return Ok;
}

} // namespace

QList<Command> storeCommands()
{
    return {
        { QStringLiteral("list"), QStringLiteral("List articles (--status, --language, --json)"), list },
        { QStringLiteral("dump"), QStringLiteral("Write the database as portaldesk/1 JSON"), dump },
        { QStringLiteral("load"), QStringLiteral("Load a portaldesk/1 JSON file (--merge to add)"), load },
        { QStringLiteral("demo"), QStringLiteral("Create the demo portal in a database"), demo },
        { QStringLiteral("trash"), QStringLiteral("Move articles to the trash (--list to see it)"),
            [](const QStringList &arguments) { return trashVerb(arguments, QStringLiteral("trash")); } },
        { QStringLiteral("restore"), QStringLiteral("Bring articles back from the trash"),
            [](const QStringList &arguments) { return trashVerb(arguments, QStringLiteral("restore")); } },
        { QStringLiteral("empty-trash"), QStringLiteral("Delete the articles in the trash for good"),
            [](const QStringList &arguments) {
                return trashVerb(arguments, QStringLiteral("empty-trash"));
            } },
    };
}

} // namespace PortalDesk::Cli
