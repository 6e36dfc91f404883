#pragma once

// The theme's promo slots and how wide a promo's text may be in each: the one
// place these limits live. Widths are display columns (a Chinese character
// counts two). The sidebar sets 36 columns a line and a promo may take two
// lines (the kicker and call to action are set beside the text); the header's
// product strip has one line of 24.

#include "core/content/promo.h"

#include <QCoreApplication>
#include <QStringList>

namespace PortalDesk::Ui {

class PromoSlots
{
    Q_DECLARE_TR_FUNCTIONS(PortalDesk::Ui::PromoSlots)

public:
    static constexpr int SidebarColumns = 36; // a line
    static constexpr int SidebarLines = 2;
    static constexpr int HeaderColumns = 24;

    // The slots the default theme shows, in page order.
    static const QStringList &defaults();
    // `defaults()` plus any other slot named in `promos`, defaults first.
    static QStringList merged(const QList<Promo> &promos);

    static int widthLimit(const QString &slot);
    static int width(const Promo &promo); // display columns of the text
    static bool isTooWide(const Promo &promo) { return width(promo) > widthLimit(promo.slot); }

    // "Sidebar · feature" for the slot list; the key itself for unknown places.
    static QString title(const QString &slot);
};

} // namespace PortalDesk::Ui
