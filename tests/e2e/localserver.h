#pragma once

// What the e2e tests' own servers (nginx, Apache, sshd) share: a free port on 127.0.0.1, and
// starting a server's process and waiting until it listens there.

#include <QProcess>
#include <QStringList>

namespace PortalDesk::Testing {

quint16 freePort();
// Starts `program` in `process` and waits until something accepts on 127.0.0.1:`port`;
// the test fails with what the server printed if it never does.
void startListening(QProcess &process, const QString &program, const QStringList &arguments, quint16 port);

} // namespace PortalDesk::Testing
