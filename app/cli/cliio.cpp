#include "app/cli/cliio.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <cstdio>

namespace PortalDesk::Cli {

bool parse(
    QCommandLineParser &parser, const QStringList &arguments, const QString &description, int &exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + QStringLiteral(" (see --help)"));
        exitCode = Failure;
        return false;
    }
    if (parser.isSet(help)) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), arguments.constFirst());
        printOut(help);
        exitCode = Ok;
        return false;
    }
    return true;
}

Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path.isEmpty() || path == u"-")
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        return std::unexpected(Error { Error::Code::Io,
            QCoreApplication::translate("PortalDesk::Cli", "cannot read %1: %2")
                .arg(path.isEmpty() ? QStringLiteral("standard input") : path, file.errorString()),
            path });
    }
    return file.readAll();
}

Status writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return std::unexpected(Error { Error::Code::Io,
            QCoreApplication::translate("PortalDesk::Cli", "cannot write %1: %2")
                .arg(path, file.errorString()),
            path });
    }
    return {};
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = (QStringLiteral("portaldesk-cli: ") + text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int fail(const Error &error)
{
    printError(error.text());
    return Failure;
}

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option({ QStringLiteral("db") },
        QStringLiteral("Portal database: a SQLite file path, or a newsroom server as "
                       "postgresql://USER@HOST:PORT/DBNAME?sslmode=… (password from ~/.pgpass)."),
        QStringLiteral("DB"));
    return option;
}

Result<DatabasePtr> openDatabase(const QCommandLineParser &parser, bool create)
{
    if (!parser.isSet(databaseOption()))
        return PortalDesk::fail(Error::Code::Invalid, QStringLiteral("--db DB is required"));
    Database::Options options;
    options.create = create;
    return Database::open(parser.value(databaseOption()), options);
}

} // namespace PortalDesk::Cli
