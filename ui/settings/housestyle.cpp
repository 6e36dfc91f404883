#include "ui/settings/housestyle.h"

#include <QSettings>

namespace PortalDesk::Ui::HouseStyle {

namespace {
const QString spacingKey = QStringLiteral("houseStyle/cjkLatinSpacing");

QSettings settings()
{
    return QSettings(QStringLiteral("PortalDesk"), QStringLiteral("PortalDesk"));
}
} // namespace

CjkLatinSpacing spacing()
{
    return settings().value(spacingKey).toString() == QLatin1String("pangu") ? CjkLatinSpacing::Pangu
                                                                             : CjkLatinSpacing::None;
}

void setSpacing(CjkLatinSpacing spacing)
{
    settings().setValue(
        spacingKey, spacing == CjkLatinSpacing::Pangu ? QStringLiteral("pangu") : QStringLiteral("none"));
}

LintOptions lintOptions(Language language, qsizetype widthLimit)
{
    LintOptions options;
    options.language = language;
    options.spacing = spacing();
    options.widthLimit = widthLimit;
    return options;
}

} // namespace PortalDesk::Ui::HouseStyle
