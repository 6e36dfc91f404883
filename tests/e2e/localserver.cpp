#include "localserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <catch2/catch.hpp>

namespace PortalDesk::Testing {

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

void startListening(QProcess &process, const QString &program, const QStringList &arguments, quint16 port)
{
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            return;
        QThread::msleep(50);
    }
    FAIL(program.toStdString() << " did not start listening: "
                               << process.readAllStandardError().toStdString());
}

} // namespace PortalDesk::Testing
