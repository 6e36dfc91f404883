#include "core/content/category.h"

#include "core/content/rules.h"

#include <QCoreApplication>

namespace PortalDesk {

QList<Error> validate(const Category &category)
{
    QList<Error> errors;
    if (!Rules::isSafeKey(category.key)) {
        errors.append(Error::invalid(QStringLiteral("key"),
            QCoreApplication::translate(
                "PortalDesk::Category", "“%1” is not a valid key: use lowercase a–z, digits and '-'")
                .arg(category.key)));
    }
    bool named = false;
    for (const QString &name : category.names)
        named = named || !name.trimmed().isEmpty();
    if (!named) {
        errors.append(Error::invalid(QStringLiteral("names"),
            QCoreApplication::translate("PortalDesk::Category", "give a name in at least one language")));
    }
    return errors;
}

} // namespace PortalDesk
