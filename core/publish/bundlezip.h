#pragma once

// Packs a bundle folder into a .zip with libarchive, written atomically.

#include "core/error.h"

namespace PortalDesk::BundleZip {

Status write(const QString &folder, const QString &zipFile);

} // namespace PortalDesk::BundleZip
