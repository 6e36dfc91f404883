#include "core/content/portal.h"

#include "core/content/rules.h"

#include <QCoreApplication>

namespace PortalDesk {

QTimeZone Portal::zone() const
{
    QTimeZone tz(timeZone.toUtf8());
    return tz.isValid() ? tz : QTimeZone("Asia/Hong_Kong");
}

const PublishDestination *Portal::publishTarget(const QString &name) const
{
    for (const PublishDestination &target : publishTargets) {
        if (name.isEmpty() || target.name == name)
            return &target;
    }
    return nullptr;
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
    if (!portal.logo.isEmpty() && !Rules::isSafeFileName(portal.logo))
        errors.append(
            Error::invalid(QStringLiteral("logo"), tr("“%1” is not a usable picture name").arg(portal.logo)));
    QStringList names;
    for (const PublishDestination &target : portal.publishTargets) {
        if (!Rules::isSafeKey(target.name) || names.contains(target.name))
            errors.append(Error::invalid(QStringLiteral("publish_targets"),
                tr("“%1” is not a name of its own for a publish target (letters, digits and -)")
                    .arg(target.name)));
        names.append(target.name);
        if (target.address.trimmed().isEmpty() || target.address.size() > 1000
            || Rules::hiddenCharacterProblem(target.address))
            errors.append(Error::invalid(QStringLiteral("publish_targets"),
                tr("the publish target “%1” has no usable address").arg(target.name)));
        if (target.keep < 2 || target.keep > 100)
            errors.append(Error::invalid(QStringLiteral("publish_targets"),
                tr("the publish target “%1” must keep 2 to 100 releases").arg(target.name)));
    }
    return errors;
}

} // namespace PortalDesk
