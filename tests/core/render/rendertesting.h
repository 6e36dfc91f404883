#pragma once

// An in-memory portal for renderer tests, and checks for what a safe page may hold.

#include "core/render/portalrenderer.h"

#include <memory>

namespace PortalDesk::Testing {

// Sections finance/opinion, one column, a zh-Hant-HK/en translation pair and a promo per slot.
PortalSnapshot samplePortal();
Article liveArticle(const QString &id, Language language, const QString &headline);
std::shared_ptr<const Theme> defaultTheme();
PortalRenderer rendererFor(const PortalSnapshot &snapshot);

// Empty when `html` is safe; else what was found (a script — a JSON-LD data block whose text
// holds no markup is not one —, an on* handler, a dangerous link).
QString unsafeParts(const QString &html);

} // namespace PortalDesk::Testing
