#pragma once

// The libpq connection under a thread's QPSQL connection, for what QtSql cannot do: ask the
// server with a deadline, read the session's server process without asking, and end, from
// another thread, a connection whose network went silent, so that whoever waits on it is
// answered at once (ChangeWatch, Database::guardSocket).

#include "core/store/probeoutcomes.h"

#include <QSqlDatabase>
#include <chrono>
#include <functional>

namespace PortalDesk::ServerSocket {

// Runs SELECT 1 on `db` (an open QPSQL connection of the calling thread) and waits at most
// `deadline` for the answer, or until `giveUp` (asked every 50 ms) says true: Silent then, at
// once. After Failed or Silent the connection is of no more use.
Probe ask(
    const QSqlDatabase &db, std::chrono::milliseconds deadline, const std::function<bool()> &giveUp = {});
// The socket under `db`; -1 when it has none (closed, or not PostgreSQL).
int socketOf(const QSqlDatabase &db);
// The server process of `db`'s session as libpq last heard it, without asking; -1 when none.
qint64 backendPid(const QSqlDatabase &db);
// Ends the TCP connection on `fd` at once, both ways (shutdown(2)); the descriptor stays
// its owner's to close. Nothing happens when `fd` is not a connected stream socket.
void sever(int fd);

} // namespace PortalDesk::ServerSocket
