#pragma once

// A portal's SQLite file looked at before PortalDesk opens it for writing: a file that is
// not SQLite, cut short, damaged inside or paired with a write-ahead log from another
// database is refused with what is wrong, the promise that the file was not changed, and
// where to turn (the .bak copies made before schema updates, sqlite3's .recover).

#include "core/error.h"

#include <QString>

namespace PortalDesk::DatabaseFile {

// Files up to this size, and any file with a write-ahead log beside it, are read in full
// (SQLite's quick_check: 0.8–1.2 s for 100 MB on the 2-core machine, so at most about 0.7 s
// here); larger ones get the header checks only.
inline constexpr qint64 fullCheckLimit = 64LL * 1024 * 1024;

// Fine for a missing or empty file (a new database) and for a sound SQLite file; a Format
// error otherwise. Reads only: the file, its log and its shared memory are left as they are.
Status check(const QString &path);

} // namespace PortalDesk::DatabaseFile
