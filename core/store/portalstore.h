#pragma once

// The portal's own settings (name, base URL, time zone, default edition, theme).

#include "core/content/portal.h"
#include "core/store/database.h"

namespace PortalDesk {

class PortalStore
{
public:
    explicit PortalStore(DatabasePtr database);

    Result<Portal> get() const; // defaults when never set
    Status put(const Portal &portal);

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
