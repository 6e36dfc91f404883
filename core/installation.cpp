#include "core/installation.h"

#include "core/store/migrations.h"
#include "core/store/postgresschema.h"
#include "portaldesk_revision.h" // written at build time by cmake/revision.cmake

#include <QCoreApplication>
#include <QDir>
#include <algorithm>

namespace PortalDesk::Installation {

QString version()
{
    return QStringLiteral(PORTALDESK_VERSION);
}

QString revision()
{
    return QStringLiteral(PORTALDESK_REVISION);
}

QString versionLine(const QString &program)
{
    return QStringLiteral("%1 %2 (git %3)").arg(program, version(), revision());
}

int schemaVersion()
{
    // Both engines move in step: a schema change adds a step to each (docs/ARCHITECTURE.md).
    return std::max(Migrations::schema().latest(), PostgresSchema::steps().latest());
}

QString dataFolder()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/portaldesk"));
}

QString dataPath(const QString &relative)
{
    return dataFolder() + u'/' + relative;
}

} // namespace PortalDesk::Installation
