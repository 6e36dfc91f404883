#pragma once

// Turns a tree of editing widgets read-only and back (the article editor while a
// colleague holds the article's edit lock, see EditLockBar).

class QWidget;

namespace PortalDesk::Ui::ReadOnlyWidgets {

// Texts stay selectable and copyable when read-only; controls that would change the
// article are disabled, and only those disabled here are enabled again.
void setEditable(QWidget *root, bool editable);

} // namespace PortalDesk::Ui::ReadOnlyWidgets
