#pragma once

// The search index of one portal database as a whole. Saves keep it in step on
// their own (see SearchRows); this rebuilds it from scratch (`portaldesk-cli reindex`,
// or the first search after the schema step that added it).

#include "core/error.h"
#include "core/store/database.h"

#include <functional>

namespace PortalDesk {

class SearchIndex
{
public:
    // Called now and then during a rebuild; return false to cancel (nothing changes then).
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    explicit SearchIndex(DatabasePtr database);

    // Indexes every article and promo again, in one transaction. Returns how many.
    Result<qsizetype> rebuild(const Progress &progress = {}) const;

    // Rebuilds when the index was never filled (a database from before search).
    Status ensureCurrent() const;

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
