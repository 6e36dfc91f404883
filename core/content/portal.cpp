#include "core/content/portal.h"

#include "core/content/rules.h"

#include <QCoreApplication>

namespace PortalDesk {

QTimeZone Portal::zone() const
{
    QTimeZone tz(timeZone.toUtf8());
    return tz.isValid() ? tz : QTimeZone("Asia/Hong_Kong");
}

QList<Error> validate(const Portal &portal)
{
    QList<Error> errors;
    auto tr = [](const char *text) { return QCoreApplication::translate("PortalDesk::Portal", text); };
    if (const std::optional<QString> hidden = Rules::hiddenCharacterProblem(portal.baseUrl))
        errors.append(Error::invalid(QStringLiteral("base_url"), *hidden));
    else if (!Rules::isWebLink(portal.baseUrl))
        errors.append(Error::invalid(
            QStringLiteral("base_url"), tr("the base URL must start with https:// or http://")));
    if (!QTimeZone(portal.timeZone.toUtf8()).isValid())
        errors.append(Error::invalid(QStringLiteral("time_zone"),
            tr("“%1” is not a known time zone, e.g. Asia/Hong_Kong").arg(portal.timeZone)));
    if (!Rules::isSafeKey(portal.theme))
        errors.append(
            Error::invalid(QStringLiteral("theme"), tr("“%1” is not a valid theme name").arg(portal.theme)));
    return errors;
}

} // namespace PortalDesk
