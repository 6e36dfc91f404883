#pragma once

// Moves a whole portal from one database to another, either engine to either engine
// (`portaldesk-cli migrate --from portal.sqlite --to postgresql://…`): every article
// with its revisions, photos (bytes included), the slugs it went live under, its
// translation link, sections, columns, promos, settings, kept Simplified conversions and
// the trash. All or nothing: the copy is one transaction on the
// target, which must be empty, and it is verified (row counts and a content digest of
// both sides) before it is committed. The search index is derived data: the target
// builds its own on first search.

#include "core/error.h"
#include "core/store/database.h"

#include <QByteArray>
#include <QList>

namespace PortalDesk::PortalCopy {

struct Report
{
    QList<std::pair<QString, qint64>> rows; // table → rows copied
    QByteArray digest; // SHA-256 of the content, the same on both sides
};

Result<Report> copy(const DatabasePtr &from, const DatabasePtr &to);

// The digest copy() compares: every copied table's rows in key order.
Result<QByteArray> digest(const DatabasePtr &database);

} // namespace PortalDesk::PortalCopy
