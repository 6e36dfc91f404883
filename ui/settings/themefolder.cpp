#include "ui/settings/themefolder.h"

#include "core/render/theme.h"

#include <QDir>
#include <QSettings>

namespace PortalDesk::Ui::ThemeFolder {

namespace {

// The key the export dialog used before the choice moved to Settings, so a
// folder chosen there is still the one used.
const QString folderKey = QStringLiteral("export/theme");

QSettings settings()
{
    return QSettings(QStringLiteral("PortalDesk"), QStringLiteral("PortalDesk"));
}

} // namespace

QString chosen()
{
    return settings().value(folderKey).toString();
}

Status setChosen(const QString &folder)
{
    const QString cleaned
        = folder.trimmed().isEmpty() ? QString() : QDir::fromNativeSeparators(folder.trimmed());
    if (cleaned == chosen())
        return {};
    // Only a theme that loads is kept: a broken one would leave the preview blank.
    if (!cleaned.isEmpty()) {
        if (const Result<Theme> theme = Theme::load(cleaned); !theme)
            return std::unexpected(theme.error());
    }
    settings().setValue(folderKey, cleaned);
    emit Notifier::instance()->changed(cleaned);
    return {};
}

QString effective()
{
    const QString folder = chosen();
    return folder.isEmpty() ? Theme::defaultFolder() : folder;
}

Notifier *Notifier::instance()
{
    static Notifier notifier;
    return &notifier;
}

} // namespace PortalDesk::Ui::ThemeFolder
