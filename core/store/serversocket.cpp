#include "core/store/serversocket.h"

#include <QSqlDriver>
#include <QVariant>
#include <QtGlobal>
#include <algorithm>
#include <libpq-fe.h>
#include <poll.h>
#include <sys/socket.h>

namespace PortalDesk::ServerSocket {

namespace {

PGconn *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // QPSQL hands its PGconn over as "pg_conn*" (libpq's struct name) or "PGconn*".
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// Waits for `events` on the connection's socket until `until`, in short steps so that `giveUp`
// is heard at once; false when the time ran out or `giveUp` said so.
bool waitFor(PGconn *conn, short events, std::chrono::steady_clock::time_point until,
    const std::function<bool()> &giveUp)
{
    constexpr int StepMs = 50;
    while (true) {
        if (giveUp && giveUp())
            return false;
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pollfd fd { PQsocket(conn), events, 0 };
        const int ready = ::poll(&fd, 1, int(std::min<qint64>(left.count(), StepMs)));
        if (ready == 0)
            continue;
        if (ready > 0)
            return true;
        if (errno != EINTR)
            return true; // let libpq meet the error itself
    }
}

} // namespace

Probe ask(const QSqlDatabase &db, std::chrono::milliseconds deadline, const std::function<bool()> &giveUp)
{
    PGconn *conn = handleOf(db);
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return Probe::Failed;
    const auto until = std::chrono::steady_clock::now() + deadline;
    const int wasNonblocking = PQisnonblocking(conn);
    PQsetnonblocking(conn, 1);
    Probe outcome = Probe::Answered;
    if (!PQsendQuery(conn, "SELECT 1")) {
        outcome = Probe::Failed;
    } else {
        int flushed = 1;
        while ((flushed = PQflush(conn)) == 1) {
            if (!waitFor(conn, POLLOUT, until, giveUp)) {
                outcome = Probe::Silent;
                break;
            }
        }
        if (flushed < 0)
            outcome = Probe::Failed;
        while (outcome == Probe::Answered && PQisBusy(conn)) {
            if (!waitFor(conn, POLLIN, until, giveUp))
                outcome = Probe::Silent;
            else if (!PQconsumeInput(conn))
                outcome = Probe::Failed;
        }
        if (outcome == Probe::Answered) {
            while (PGresult *result = PQgetResult(conn)) {
                if (PQresultStatus(result) != PGRES_TUPLES_OK)
                    outcome = Probe::Failed;
                PQclear(result);
            }
        }
    }
    PQsetnonblocking(conn, wasNonblocking);
    return outcome;
}

int socketOf(const QSqlDatabase &db)
{
    PGconn *conn = handleOf(db);
    return conn ? PQsocket(conn) : -1;
}

qint64 backendPid(const QSqlDatabase &db)
{
    PGconn *conn = handleOf(db);
    return conn && PQstatus(conn) == CONNECTION_OK ? PQbackendPID(conn) : -1;
}

void sever(int fd)
{
    if (fd < 0)
        return;
    int type = 0;
    socklen_t length = sizeof type;
    if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
        return;
    ::shutdown(fd, SHUT_RDWR);
}

} // namespace PortalDesk::ServerSocket
