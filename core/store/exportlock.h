#pragma once

// One export at a time per portal, across every PortalDesk that opens it: two exports
// into one web folder would mix their pages, and two at once only slow each other.
// PostgreSQL: a session advisory lock, so a client that crashes or loses its network
// lets go with its connection; the holder's name and start time travel in its
// application_name, which every client can read from pg_stat_activity. SQLite: a lock
// file beside the database (QLockFile: a dead process's lock is taken over).
// The lock belongs to the calling thread's connection and is let go when destroyed.
// Purpose::Watch is a second lock of the same kind: one `publish --watch` per portal puts it
// live on schedule, the others stand by until its holder goes away.

#include "core/error.h"
#include "core/store/database.h"

#include <QDateTime>
#include <memory>

class QLockFile;

namespace PortalDesk {

class ExportLock
{
public:
    // The second number of the server's lock key. Publish: one publish of a portal (its export
    // and upload together, core/publish/sitepublisher.h) at a time.
    enum class Purpose { Export = 2, Watch = 3, Publish = 4 };

    // Refused with Error::Code::Conflict, naming who exports and since when, while another holds it.
    static Result<ExportLock> take(const DatabasePtr &database, Purpose purpose = Purpose::Export);
    // Who else is exporting this portal now, and since when ("陳大文 is already exporting this
    // portal (since …)…"); empty when nobody is. For the export dialog to say before it is asked.
    static QString busyText(const DatabasePtr &database, Purpose purpose = Purpose::Export);

    ExportLock(ExportLock &&other) noexcept;
    ExportLock &operator=(ExportLock &&other) noexcept;
    ExportLock(const ExportLock &) = delete;
    ExportLock &operator=(const ExportLock &) = delete;
    ~ExportLock();

private:
    ExportLock() = default;
    void release();

    DatabasePtr m_database;
    std::unique_ptr<QLockFile> m_file;
    QString m_applicationName; // the connection's own, given back on release
    Purpose m_purpose = Purpose::Export;
};

} // namespace PortalDesk
