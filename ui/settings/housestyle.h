#pragma once

// The newsroom's house style as this desk has set it (Settings ▸ House style),
// for whoever runs lint: CJK–Latin spacing none (香港HKEX) or pangu (香港 HKEX).
// Kept in QSettings("PortalDesk", "PortalDesk") under "houseStyle/".

#include "core/text/lint.h"

namespace PortalDesk::Ui::HouseStyle {

CjkLatinSpacing spacing();
void setSpacing(CjkLatinSpacing spacing);

// Lint options for text in `language` with the house spacing.
LintOptions lintOptions(Language language, qsizetype widthLimit = 0);

} // namespace PortalDesk::Ui::HouseStyle
