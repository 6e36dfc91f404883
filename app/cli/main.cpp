// portaldesk-cli: every bulk operation the editor offers, headless.

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/installation.h"

#include <QCoreApplication>
#include <algorithm>

using namespace PortalDesk;
using namespace PortalDesk::Cli;

namespace {

QList<Command> allCommands()
{
    QList<Command> commands = storeCommands();
    commands += pairCommands();
    commands += textCommands();
    commands += publishCommands();
    commands += ingestCommands();
    commands += feedCommands();
    commands += searchCommands();
    commands += newsroomCommands();
    return commands;
}

// In QCommandLineParser's layout, like each command's --help, so packaging/generate.py
// reads both the same way into the man page and the bash completion.
void printUsage(const QList<Command> &commands)
{
    QString text = QStringLiteral(
        "Usage: portaldesk-cli COMMAND [options]\n"
        "The command-line tool of PortalDesk: every bulk operation of the editor, headless.\n"
        "Run portaldesk-cli COMMAND --help for the options of a command.\n\nCommands:\n");
    qsizetype width = 12; // names padded to line up, two spaces at least before a summary
    for (const Command &command : commands)
        width = std::max(width, command.name.size());
    for (const Command &command : commands)
        text += QStringLiteral("  %1%2\n").arg(command.name, -int(width + 2)).arg(command.summary);
    text += QStringLiteral("\nOptions:\n"
                           "  -h, --help    Show this help.\n"
                           "  --version     Show the version and the git revision it was built from.\n");
    printOut(text);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portaldesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PortalDesk"));
    QCoreApplication::setApplicationVersion(Installation::version());

    const QList<Command> commands = allCommands();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h"
        || arguments.at(1) == u"help") {
        printUsage(commands);
        return arguments.size() < 2 ? Failure : Ok;
    }
    if (arguments.at(1) == u"--version") {
        printOut(Installation::versionLine(QStringLiteral("portaldesk-cli")) + u'\n');
        return Ok;
    }
    for (const Command &command : commands) {
        if (command.name == arguments.at(1)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("portaldesk-cli ") + command.name);
            return command.run(rest);
        }
    }
    printError(
        QStringLiteral("unknown command “%1”; run portaldesk-cli --help for the list").arg(arguments.at(1)));
    return Failure;
}
