#pragma once

// Turns a tree of editing widgets read-only and back (the article editor while a
// colleague holds the article's edit lock, see EditLockBar).

class QWidget;

namespace PortalDesk::Ui::ReadOnlyWidgets {

// Texts stay selectable and copyable when read-only; controls that would change the
// article are disabled, and only those disabled here are enabled again.
// Controls marked with this property (true) only show or fold something away, and stay
// usable in a read-only article.
inline constexpr char viewOnlyProperty[] = "viewOnly";
void setEditable(QWidget *root, bool editable);

} // namespace PortalDesk::Ui::ReadOnlyWidgets
