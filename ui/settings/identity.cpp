#include "ui/settings/identity.h"

#include <QSettings>
#include <pwd.h>
#include <unistd.h>

namespace PortalDesk::Ui::Identity {

namespace {

const QString nameKey = QStringLiteral("identity/name");

QSettings settings()
{
    return QSettings(QStringLiteral("PortalDesk"), QStringLiteral("PortalDesk"));
}

} // namespace

QString systemName()
{
    // The GECOS field's first part is the full name ("Chan Tai Man,Room 3,,").
    if (const passwd *account = getpwuid(getuid())) {
        const QString full = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        if (account->pw_name && *account->pw_name)
            return QString::fromLocal8Bit(account->pw_name);
    }
    return qEnvironmentVariable("USER", QStringLiteral("editor"));
}

QString chosen()
{
    return settings().value(nameKey).toString();
}

void setChosen(const QString &name)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty())
        settings().remove(nameKey);
    else
        settings().setValue(nameKey, cleaned.left(100));
}

QString effective()
{
    const QString name = chosen();
    return name.isEmpty() ? systemName() : name;
}

void apply(Database &database)
{
    if (database.kind() == Database::Kind::Sqlite)
        database.setUserName(effective());
}

} // namespace PortalDesk::Ui::Identity
