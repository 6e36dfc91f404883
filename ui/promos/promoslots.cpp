#include "ui/promos/promoslots.h"

#include "core/text/displaywidth.h"

namespace PortalDesk::Ui {

const QStringList &PromoSlots::defaults()
{
    static const QStringList names { QStringLiteral("header.products"), QStringLiteral("sidebar.feature"),
        QStringLiteral("sidebar.campaign") };
    return names;
}

QStringList PromoSlots::merged(const QList<Promo> &promos)
{
    QStringList names = defaults();
    QStringList extra;
    for (const Promo &promo : promos) {
        if (!names.contains(promo.slot) && !extra.contains(promo.slot))
            extra.append(promo.slot);
    }
    extra.sort();
    return names + extra;
}

int PromoSlots::widthLimit(const QString &slot)
{
    return slot.startsWith(QLatin1String("header.")) ? HeaderColumns : SidebarColumns * SidebarLines;
}

int PromoSlots::width(const Promo &promo)
{
    return int(DisplayWidth::of(promo.text.trimmed()));
}

QString PromoSlots::title(const QString &slot)
{
    if (slot == QLatin1String("header.products"))
        return tr("Header · products");
    if (slot == QLatin1String("sidebar.feature"))
        return tr("Sidebar · feature");
    if (slot == QLatin1String("sidebar.campaign"))
        return tr("Sidebar · campaign");
    if (slot == QLatin1String("sidebar.newsletter"))
        return tr("Sidebar · newsletter");
    return slot;
}

} // namespace PortalDesk::Ui
