// Verbs for whoever runs the newsroom server: newsroom migrate, and migrate (moving a
// portal between a SQLite file and the server).

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/exchange/portalcopy.h"
#include "core/store/database.h"
#include "core/store/postgresschema.h"

#include <QCommandLineParser>

namespace PortalDesk::Cli {

namespace {

// Updates the shared database's schema, after saying what that will do.
int migrate(const QStringList &arguments, QCommandLineParser &parser)
{
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QStringLiteral("Only say what would be done."));
    parser.addOption(dryRun);
    if (!parser.parse(arguments))
        return fail(Error::of(Error::Code::Invalid, parser.errorText()));
    const QString address = parser.value(databaseOption());
    if (!address.startsWith(u"postgres"))
        return fail(Error::of(Error::Code::Invalid,
            QStringLiteral("newsroom migrate is for a newsroom server (--db postgresql://…); a SQLite file "
                           "is updated when it is opened, after a backup copy")));
    Database::Options look;
    look.serverSchema = Database::Options::ServerSchema::Leave;
    auto database = Database::open(address, look);
    if (!database)
        return fail(database.error());
    auto current = PostgresSchema::version(**database);
    auto plan = PostgresSchema::pending(**database);
    if (!current || !plan)
        return fail(!current ? current.error() : plan.error());
    const int latest = PostgresSchema::steps().latest();
    if (*current > latest)
        return fail(Error::of(Error::Code::TooNew,
            QStringLiteral("%1 is at schema %2, newer than this PortalDesk (%3): nothing to do here")
                .arg((*database)->address())
                .arg(*current)
                .arg(latest)));
    if (plan->isEmpty()) {
        printOut(QStringLiteral("%1 is at schema %2, as this PortalDesk needs; nothing to do\n")
                     .arg((*database)->address())
                     .arg(latest));
        return Ok;
    }
    printOut(QStringLiteral("%1 is at schema %2; this PortalDesk needs %3. Each step is one transaction:\n")
                 .arg((*database)->address())
                 .arg(*current)
                 .arg(latest));
    for (const QString &line : std::as_const(*plan))
        printOut(QStringLiteral("  %1\n").arg(line));
    if (parser.isSet(dryRun))
        return Ok;
    database->reset();
    Database::Options apply;
    apply.serverSchema = Database::Options::ServerSchema::Migrate;
    auto updated = Database::open(address, apply);
    if (!updated)
        return fail(updated.error());
    printOut(QStringLiteral("done: %1 is at schema %2\n")
                 .arg((*updated)->address())
                 .arg((*updated)->schemaVersion()));
    return Ok;
}

int newsroom(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Look after the newsroom's shared PostgreSQL database.\n\n"
        "  migrate   bring the database's schema up to this PortalDesk's (says what first; --dry-run)"));
    parser.addOption(databaseOption());
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("migrate"));
    QStringList rest = arguments;
    const QString action = arguments.size() > 1 ? arguments.at(1) : QString();
    if (action == u"migrate") {
        rest.removeAt(1);
        return migrate(rest, parser);
    }
    int exitCode = Ok;
    if (!parse(parser, arguments, parser.applicationDescription(), exitCode))
        return exitCode;
    return fail(Error::of(Error::Code::Invalid,
        action.isEmpty() ? QStringLiteral("say what to do: portaldesk-cli newsroom migrate --db ADDRESS")
                         : QStringLiteral("“%1” is not a newsroom action (there is: migrate)").arg(action)));
}

// Copies a whole portal into an empty database, verified, all or nothing.
int migratePortal(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("The portal to copy (a file or an address)."), QStringLiteral("DB"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("An empty database to copy it into (a new file, or an empty server database)."),
        QStringLiteral("DB"));
    parser.addOptions({ from, to });
    int exitCode = Ok;
    if (!parse(parser, arguments,
            QStringLiteral("Move a portal between a SQLite file and a newsroom server (either way): every "
                           "article, revision, photo, section, column, promo and setting, all or nothing, "
                           "verified by row counts and a content digest before it is committed."),
            exitCode))
        return exitCode;
    if (!parser.isSet(from) || !parser.isSet(to))
        return fail(Error::of(Error::Code::Invalid, QStringLiteral("give --from DB and --to DB")));
    Database::Options existing;
    existing.create = false;
    auto source = Database::open(parser.value(from), existing);
    if (!source)
        return fail(source.error());
    auto target = Database::open(parser.value(to));
    if (!target)
        return fail(target.error());
    auto report = PortalCopy::copy(*source, *target);
    if (!report)
        return fail(report.error());
    QStringList counts;
    for (const auto &[table, rows] : std::as_const(report->rows))
        counts.append(QStringLiteral("%1 %2").arg(table).arg(rows));
    printOut(QStringLiteral(
        "copied %1 to %2: %3\nverified: the same rows and content digest (sha256 %4) on both\n")
                 .arg((*source)->address(), (*target)->address(), counts.join(QStringLiteral(", ")),
                     QString::fromLatin1(report->digest)));
    return Ok;
}

} // namespace

QList<Command> newsroomCommands()
{
    return {
        { QStringLiteral("newsroom"), QStringLiteral("Look after the newsroom server (migrate)"), newsroom },
        { QStringLiteral("migrate"),
            QStringLiteral("Move a portal between a SQLite file and a server (--from, --to)"),
            migratePortal },
    };
}

} // namespace PortalDesk::Cli
