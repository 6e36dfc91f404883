#include "clirunner.h"

#include <QProcess>
#include <catch2/catch.hpp>

namespace PortalDesk::Testing {

CliRun runCli(const QStringList &arguments, const QByteArray &input, const QString &workingFolder)
{
    QProcess process;
    if (!workingFolder.isEmpty())
        process.setWorkingDirectory(workingFolder);
    process.start(QStringLiteral(PORTALDESK_CLI), arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace PortalDesk::Testing
