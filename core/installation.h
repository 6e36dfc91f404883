#pragma once

// What this copy of PortalDesk is and where its data lives: the version and git
// revision it was built from, the schema it writes, and the folder holding its
// themes, demo portal and translations.
//
// The data folder is always found relative to the program, ../share/portaldesk
// beside its bin/ folder, so an installed copy (/usr/bin → /usr/share/portaldesk,
// or a package unpacked anywhere) reads its own files and never the source tree.
// The build tree is laid out the same way (build/share/portaldesk, see
// resources/CMakeLists.txt), so programs and tests run from it unchanged.

#include <QString>

namespace PortalDesk::Installation {

QString version(); // "0.1.0", from project() in CMakeLists.txt
QString revision(); // the git commit built, "-dirty" when it had uncommitted changes; "unknown" outside git
QString versionLine(const QString &program); // "portaldesk-cli 0.1.0 (git 1a2b3c4d5e)"
int schemaVersion(); // the database schema this build creates and updates to

QString dataFolder(); // absolute path of share/portaldesk, whether or not it exists
QString dataPath(const QString &relative); // a file or folder inside dataFolder()

} // namespace PortalDesk::Installation
