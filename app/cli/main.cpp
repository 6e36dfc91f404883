// portaldesk-cli: every bulk operation the editor offers, headless.

#include "app/cli/cliio.h"
#include "app/cli/command.h"

#include <QCoreApplication>

using namespace PortalDesk::Cli;

namespace {

QList<Command> allCommands()
{
    QList<Command> commands = storeCommands();
    commands += textCommands();
    commands += publishCommands();
    commands += ingestCommands();
    commands += feedCommands();
    commands += searchCommands();
    commands += newsroomCommands();
    return commands;
}

void printUsage(const QList<Command> &commands)
{
    QString text = QStringLiteral(
        "Usage: portaldesk-cli COMMAND [options]   (COMMAND --help for its options)\n\nCommands:\n");
    for (const Command &command : commands)
        text += QStringLiteral("  %1%2\n").arg(command.name, -12).arg(command.summary);
    printOut(text);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portaldesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PortalDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTALDESK_VERSION_STRING));

    const QList<Command> commands = allCommands();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h"
        || arguments.at(1) == u"help") {
        printUsage(commands);
        return arguments.size() < 2 ? Failure : Ok;
    }
    if (arguments.at(1) == u"--version") {
        printOut(QStringLiteral("portaldesk-cli " PORTALDESK_VERSION_STRING "\n"));
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
