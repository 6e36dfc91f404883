#pragma once

// A verb of portaldesk-cli: `portaldesk-cli NAME [options]`.

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace PortalDesk::Cli {

struct Command
{
    QString name;
    QString summary;
    // Receives the arguments after the verb, with the program name "portaldesk-cli NAME" first.
    // Returns the process exit code.
    std::function<int(const QStringList &arguments)> run;
};

QList<Command> storeCommands(); // list, dump, load, demo, trash, restore, empty-trash
QList<Command> pairCommands(); // pair, unpair, mark-up-to-date
QList<Command> textCommands(); // convert, segment, stats, slug, lint
QList<Command> publishCommands(); // export, publish, logo, server-config
QList<Command> ingestCommands(); // import-wire
QList<Command> feedCommands(); // ingest-feed
QList<Command> searchCommands(); // search, reindex
QList<Command> newsroomCommands(); // newsroom migrate

} // namespace PortalDesk::Cli
