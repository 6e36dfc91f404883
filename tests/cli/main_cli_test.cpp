#include "clirunner.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using PortalDesk::Testing::runCli;

namespace {

// The one version number, as CMakeLists.txt sets it.
QString projectVersion()
{
    QFile file(QStringLiteral(PORTALDESK_SOURCE_DIR "/CMakeLists.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto match = QRegularExpression(QStringLiteral(R"(project\(PortalDesk VERSION ([0-9.]+))"))
                           .match(QString::fromUtf8(file.readAll()));
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

} // namespace

TEST_CASE("the version line (--version) names the version from CMakeLists.txt and the git revision", "[cli]")
{
    auto run = runCli({ QStringLiteral("--version") });
    REQUIRE(run.exitCode == 0);
    const QString line = QString::fromUtf8(run.out).trimmed();
    INFO(line.toStdString());
    const auto match = QRegularExpression(
        QStringLiteral(R"(^portaldesk-cli (\S+) \(git ([0-9a-f]{10}(-dirty)?|unknown)\)$)"))
                           .match(line);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1) == projectVersion());
}

TEST_CASE("the help (--help) lists every command, each with a --help of its own, and the options", "[cli]")
{
    auto run = runCli({ QStringLiteral("--help") });
    REQUIRE(run.exitCode == 0);
    const QString help = QString::fromUtf8(run.out);
    CHECK(help.startsWith(QStringLiteral("Usage: portaldesk-cli COMMAND [options]\n")));
    const qsizetype commandsAt = help.indexOf(QStringLiteral("\nCommands:\n"));
    const qsizetype optionsAt = help.indexOf(QStringLiteral("\nOptions:\n"));
    REQUIRE(commandsAt > 0);
    REQUIRE(optionsAt > commandsAt);
    CHECK(help.mid(optionsAt).contains(QStringLiteral("--version")));

    // Two spaces at least between a command and its summary: the man page and the bash
    // completion are read from this layout.
    const QStringList lines
        = help.mid(commandsAt + 11, optionsAt - commandsAt - 11).split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() >= 15);
    for (const QString &line : lines) {
        const auto entry = QRegularExpression(QStringLiteral(R"(^  ([a-z-]+)  +\S)")).match(line);
        INFO(line.toStdString());
        REQUIRE(entry.hasMatch());
        auto own = runCli({ entry.captured(1), QStringLiteral("--help") });
        CHECK(own.exitCode == 0);
        CHECK(QString::fromUtf8(own.out).startsWith(
            QStringLiteral("Usage: portaldesk-cli ") + entry.captured(1)));
    }
}
