#pragma once

// PortalDesk's schema on a PostgreSQL newsroom server: the same tables as on SQLite
// in PostgreSQL's types (BYTEA for bytes, identity columns, a tsvector search column
// under a GIN index), every text column in the "C" collation so that ordering and
// comparisons are byte-wise, as SQLite's are, and dumps and exports come out the same.
//
// The version lives in portaldesk_schema. Steps run under an advisory lock, each in one
// transaction, so two clients starting at once never migrate twice: the second waits,
// sees the new version and skips the step.

#include "core/error.h"
#include "core/store/migrations.h"

namespace PortalDesk {

class Database;

namespace PostgresSchema {

const Migrations &steps();

// The schema version the server's database holds (0 when it has none yet).
Result<int> version(const Database &database);

// Brings the database up to steps().latest(). An empty database is created at once;
// one at an older version is updated only when `migrateExisting` is set (the
// `newsroom migrate` verb), since every client of the newsroom depends on it. One
// from a newer PortalDesk is refused untouched.
Status apply(const Database &database, bool migrateExisting);

// What apply() would do, one line a step ("schema 7: …"); empty when up to date.
Result<QStringList> pending(const Database &database);

} // namespace PostgresSchema

} // namespace PortalDesk
