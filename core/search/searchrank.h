#pragma once

// The score search ranks by: FTS5's bm25 (same k1, b, column weights and length
// normalisation), with one change that keeps a query fast on a large portal. bm25
// counts every document holding each phrase (its IDF) before it scores the first row,
// a pass over the whole index per phrase that costs more than the ranking itself for
// a word in most texts (港, bank). portaldesk_rank() instead counts a phrase's oldest
// matches up to a sample and estimates the rest from how far into the index the sample
// reached; a phrase with fewer matches than the sample is counted exactly. With a
// single phrase the IDF cannot change the order, so it is not computed at all.

#include "core/error.h"

#include <QSqlDatabase>

namespace PortalDesk::SearchRank {

// portaldesk_rank(search_fts, first_rowid, last_rowid, weight…): first and last rowid
// of the index (for the estimate), then one weight per FTS column. Lower is better,
// like bm25(). Installed on each SQLite connection as it opens (see Database).
Status install(const QSqlDatabase &db);

} // namespace PortalDesk::SearchRank
