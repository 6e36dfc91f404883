#pragma once

// A dark palette for the Fusion style (`portaldesk --dark`), for desks that work
// in dim newsrooms and for the dark screenshots. Qt 6.4 has no dark mode of its
// own on Linux, so the colours are set here, with enough contrast for CJK strokes.

#include <QColor>
#include <QPalette>

namespace PortalDesk::Ui::DarkPalette {

QPalette palette();
// Switches the application to Fusion with palette(); call before the first window.
void apply();
// True when `palette` has a dark window background (light text on dark).
bool isDark(const QPalette &palette);
// The colour for warnings and validation messages, readable on `palette`'s window.
QColor warningColour(const QPalette &palette);
// Style sheets in that colour for the application's palette: text, and a field's border.
QString warningStyle();
QString problemBorderStyle();

} // namespace PortalDesk::Ui::DarkPalette
