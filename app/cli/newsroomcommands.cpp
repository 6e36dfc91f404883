// Verbs for whoever runs the newsroom server: newsroom migrate, init, add-person,
// set-role, list-people, and migrate (moving a portal between a SQLite file and the server).

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/exchange/portalcopy.h"
#include "core/store/database.h"
#include "core/store/newsroom.h"
#include "core/store/postgresschema.h"

#include <QCommandLineParser>
#include <QFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

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
    // Tables a step added get the roles' rights too.
    Newsroom newsroom(*updated);
    if (auto set = newsroom.initialised(); set && *set) {
        if (auto granted = newsroom.applyRights(); !granted)
            return fail(granted.error());
        printOut(QStringLiteral("the roles' rights cover the new schema\n"));
    }
    return Ok;
}

// A new person's password: from --password-file, else typed at the terminal (not shown,
// asked twice), else the first line of standard input. Never from the command line itself,
// where every user of the machine could read it.
Result<QString> readPassword(
    const QCommandLineParser &parser, const QCommandLineOption &file, const QString &login)
{
    if (parser.isSet(file)) {
        QFile input(parser.value(file));
        if (!input.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io,
                QStringLiteral("cannot read the password file %1: %2")
                    .arg(input.fileName(), input.errorString()));
        return QString::fromUtf8(input.readLine()).remove(u'\n').remove(u'\r');
    }
    const auto readLine = [] {
        char buffer[1024];
        if (!std::fgets(buffer, sizeof buffer, stdin))
            return QString();
        return QString::fromUtf8(buffer).remove(u'\n').remove(u'\r');
    };
    if (!isatty(STDIN_FILENO))
        return readLine();
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    const auto ask = [&](const QString &prompt) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        const QString answer = readLine();
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
        return answer;
    };
    const QString first = ask(QStringLiteral("Password for %1: ").arg(login));
    if (ask(QStringLiteral("The same again: ")) != first)
        return fail(Error::Code::Invalid, QStringLiteral("the two passwords differ; nothing was changed"));
    return first;
}

Result<Role> readRole(const QString &key)
{
    const auto role = roleFromKey(key);
    if (!role || *role == Role::Owner)
        return fail(Error::Code::Invalid,
            QStringLiteral("“%1” is not a role: reporter, sub-editor or chief-editor").arg(key));
    return *role;
}

Result<DatabasePtr> openServer(const QCommandLineParser &parser, const QString &verb)
{
    const QString address = parser.value(databaseOption());
    if (!address.startsWith(u"postgres"))
        return fail(Error::Code::Invalid,
            QStringLiteral(
                "newsroom %1 is for a newsroom server (--db postgresql://…); on a SQLite file the editor "
                "is whoever opens it")
                .arg(verb));
    return Database::open(address);
}

// newsroom init | add-person | set-role | list-people
int people(const QString &verb, const QStringList &arguments, QCommandLineParser &parser)
{
    const QCommandLineOption name(QStringLiteral("name"),
        QStringLiteral("The person's display name (陳大文)."), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
        QStringLiteral("reporter, sub-editor or chief-editor."), QStringLiteral("ROLE"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        QStringLiteral("Read the new password from the first line of FILE (else it is asked for)."),
        QStringLiteral("FILE"));
    const QCommandLineOption existing(QStringLiteral("existing-login"),
        QStringLiteral("The login exists on the server already: keep its password."));
    if (verb != u"list-people")
        parser.addOptions({ name, passwordFile, existing });
    if (verb == u"add-person")
        parser.addOption(role);
    parser.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("The person's server login."));
    if (!parser.parse(arguments))
        return fail(Error::of(Error::Code::Invalid, parser.errorText()));
    const QStringList positional = parser.positionalArguments().mid(1);
    auto database = openServer(parser, verb);
    if (!database)
        return fail(database.error());
    Newsroom newsroom(*database);

    if (verb == u"list-people") {
        auto everyone = newsroom.people();
        if (!everyone)
            return fail(everyone.error());
        for (const Person &person : std::as_const(*everyone))
            printOut(QStringLiteral("%1\t%2\t%3\n").arg(person.login, roleKey(person.role), person.name));
        if (everyone->isEmpty())
            printOut(
                QStringLiteral("nobody yet: the database's owner starts with “portaldesk-cli newsroom init "
                               "--db ADDRESS --name NAME LOGIN”\n"));
        return Ok;
    }
    if (positional.size() != (verb == u"set-role" ? 2 : 1))
        return fail(Error::of(Error::Code::Invalid,
            verb == u"set-role"
                ? QStringLiteral("give the login and the role: newsroom set-role LOGIN ROLE --db ADDRESS")
                : QStringLiteral("give the person's login: newsroom %1 LOGIN --name NAME --db ADDRESS")
                      .arg(verb)));
    const QString login = positional.first();
    if (verb == u"set-role") {
        auto chosen = readRole(positional.at(1));
        if (!chosen)
            return fail(chosen.error());
        if (auto set = newsroom.setRole(login, *chosen); !set)
            return fail(set.error());
        printOut(QStringLiteral("%1 is now a %2\n").arg(login, roleName(*chosen)));
        return Ok;
    }
    if (!parser.isSet(name))
        return fail(
            Error::of(Error::Code::Invalid, QStringLiteral("give the person's display name: --name NAME")));
    QString password;
    if (!parser.isSet(existing)) {
        auto typed = readPassword(parser, passwordFile, login);
        if (!typed)
            return fail(typed.error());
        if (typed->size() < 8)
            return fail(
                Error::of(Error::Code::Invalid, QStringLiteral("a password has at least 8 characters")));
        password = *typed;
    }
    Role chosen = Role::ChiefEditor;
    if (verb == u"add-person") {
        auto given = readRole(parser.value(role));
        if (!given)
            return fail(given.error());
        chosen = *given;
    }
    const Status done = verb == u"init" ? newsroom.init(login, parser.value(name), password)
                                        : newsroom.addPerson(login, parser.value(name), chosen, password);
    if (!done)
        return fail(done.error());
    printOut(QStringLiteral("%1 (%2) is a %3 of %4\n")
                 .arg(login, parser.value(name), roleName(chosen), (*database)->address()));
    return Ok;
}

int newsroom(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Look after the newsroom's shared PostgreSQL database.\n\n"
        "  migrate      bring the database's schema up to this PortalDesk's (says what first; --dry-run)\n"
        "  init         as the database's owner: set up the roles and their rights, and the first chief "
        "editor\n"
        "               (newsroom init LOGIN --name NAME)\n"
        "  add-person   add a person (newsroom add-person LOGIN --name NAME --role ROLE)\n"
        "  set-role     change a person's role (newsroom set-role LOGIN ROLE)\n"
        "  list-people  the newsroom's people: login, role, display name\n\n"
        "Roles: reporter (own drafts, submit for review), sub-editor (every article, the workflow, promos),\n"
        "chief-editor (also sections, columns, portal settings, taking over locks, people). The server\n"
        "enforces them. A new login's password is read from --password-file or asked for, never taken\n"
        "from the command line."));
    parser.addOption(databaseOption());
    parser.addPositionalArgument(
        QStringLiteral("ACTION"), QStringLiteral("migrate, init, add-person, set-role, list-people"));
    QStringList rest = arguments;
    const QString action = arguments.size() > 1 ? arguments.at(1) : QString();
    if (action == u"migrate") {
        rest.removeAt(1);
        return migrate(rest, parser);
    }
    if (action == u"init" || action == u"add-person" || action == u"set-role" || action == u"list-people") {
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            printOut(parser.helpText());
            return Ok;
        }
        return people(action, arguments, parser);
    }
    int exitCode = Ok;
    if (!parse(parser, arguments, parser.applicationDescription(), exitCode))
        return exitCode;
    return fail(Error::of(Error::Code::Invalid,
        action.isEmpty()
            ? QStringLiteral("say what to do: portaldesk-cli newsroom migrate --db ADDRESS")
            : QStringLiteral("“%1” is not a newsroom action (there are: migrate, init, add-person, "
                             "set-role, list-people)")
                  .arg(action)));
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
        { QStringLiteral("newsroom"),
            QStringLiteral(
                "Look after the newsroom server (migrate, init, add-person, set-role, list-people)"),
            newsroom },
        { QStringLiteral("migrate"),
            QStringLiteral("Move a portal between a SQLite file and a server (--from, --to)"),
            migratePortal },
    };
}

} // namespace PortalDesk::Cli
