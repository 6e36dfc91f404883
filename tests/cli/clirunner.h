#pragma once

// Runs build/bin/portaldesk-cli as a user would and captures what it printed.

#include <QByteArray>
#include <QStringList>

namespace PortalDesk::Testing {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, const QString &workingFolder = {});

} // namespace PortalDesk::Testing
