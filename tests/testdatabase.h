#pragma once

// The database engine a test run exercises. ctest registers the store, search and
// export suites twice: as they are (SQLite files) and with PORTALDESK_TEST_ENGINE=postgresql,
// where each new portal is a fresh database on the throwaway server scripts/test starts
// (scripts/pg-test-server). Tests that are about SQLite itself carry the [sqlite] tag and
// are left out of the PostgreSQL run. A PostgreSQL run never skips: without a server it fails.

#include "core/store/database.h"

namespace PortalDesk::Testing {

bool onPostgres();

// A new, empty portal: the SQLite file `sqlitePath`, or on PostgreSQL a new database
// on the test server, dropped when the test case ends. The test fails if it cannot open.
DatabasePtr newTestDatabase(const QString &sqlitePath, const Database::Options &options = {});

// The address a new test database would be opened with (a path, or a postgresql:// URL
// of a database created now), for tests that drive the CLI.
QString newTestAddress(const QString &sqlitePath);

// The test server's own address for `database` (postgresql://user@127.0.0.1:port/database).
QString serverAddress(const QString &database);

} // namespace PortalDesk::Testing
