#pragma once

// Who this editor is on a local SQLite portal: the name that History, the article list's
// "Updated by" and exports show for their saves. Kept on this machine (QSettings, under
// "identity/"). On a newsroom server a person is the login they connected as.

#include "core/store/database.h"

#include <QString>

namespace PortalDesk::Ui::Identity {

QString systemName(); // the OS account's full name, else its login
QString chosen(); // "" = systemName()
void setChosen(const QString &name);
QString effective();
// SQLite: saves from now on carry effective(); a server database keeps its login.
void apply(Database &database);

} // namespace PortalDesk::Ui::Identity
