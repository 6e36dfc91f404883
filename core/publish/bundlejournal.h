#pragma once

// The commit record of an in-place bundle update. An incremental export stages
// its new pages in a hidden sibling folder with a journal of what to move in
// and what to delete. Renaming that folder to its "commit" name is the moment
// the update happens: before it the bundle is untouched; after it, apply()
// moves the files in, and a run killed half-way is finished by the next one.

#include "core/error.h"

#include <QStringList>

namespace PortalDesk::BundleJournal {

// Writes the journal into `staging` (file paths relative to it and to the bundle).
Status write(const QString &staging, const QStringList &moved, const QStringList &deleted);

// Moves every staged file into `target`, deletes what the journal says, then
// removes the commit folder. Safe to run again on a half-applied commit.
Status apply(const QString &commitFolder, const QString &target);

} // namespace PortalDesk::BundleJournal
