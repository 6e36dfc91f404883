#pragma once

// Tells English, Traditional (Hong Kong) and Simplified Chinese copy apart by counting
// Han characters against Latin letters, then Simplified-only against Traditional-only
// characters. Internal to the wire parser.

#include "core/content/language.h"

#include <QStringView>

namespace PortalDesk {

class WireLanguage
{
public:
    static Language detect(QStringView text);
};

} // namespace PortalDesk
