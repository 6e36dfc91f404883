#pragma once

// A stand-in for a command, first on PATH for as long as it lives: a shell script that may
// leave a mark and take its time before running the real command. Tests use it to hold a
// step of an external program (e.g. the mv of a publish's switch) while something else
// happens. Header-only, for any test suite.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <catch2/catch.hpp>

namespace PortalDesk::TestCommands {

class CommandOnPath
{
public:
    // In `folder`, a `command` that touches `marker` (when given), sleeps `seconds`, then
    // runs /bin/<command> with the same arguments.
    CommandOnPath(const QString &folder, const QString &command, int seconds, const QString &marker = {})
        : m_path(qgetenv("PATH"))
    {
        REQUIRE(QDir().mkpath(folder));
        QFile script(folder + u'/' + command);
        REQUIRE(script.open(QIODevice::WriteOnly));
        QString text = QStringLiteral("#!/bin/sh\n");
        if (!marker.isEmpty())
            text += QStringLiteral("touch '%1'\n").arg(marker);
        text += QStringLiteral("sleep %1\nexec /bin/%2 \"$@\"\n").arg(seconds).arg(command);
        script.write(text.toUtf8());
        script.close();
        REQUIRE(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("PATH", QFile::encodeName(folder) + ':' + m_path);
    }
    ~CommandOnPath() { qputenv("PATH", m_path); }
    CommandOnPath(const CommandOnPath &) = delete;
    CommandOnPath &operator=(const CommandOnPath &) = delete;

private:
    QByteArray m_path;
};

} // namespace PortalDesk::TestCommands
