#pragma once

// A promo line in a named slot of the theme, e.g. the sidebar's
// 「【與拍賣官看藝術】畢加索的市場潛能有多強？► 即睇」.

#include "core/content/language.h"
#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace PortalDesk {

struct Promo
{
    QString id;
    QString slot; // theme slot key, e.g. "sidebar.feature"
    QString kicker; // shown in 【】
    QString text;
    QString callToAction; // e.g. "即睇"
    QString link; // https://…, http://… or article:<id>
    QString image; // optional file name
    Language language = Language::ZhHantHK;
    QDateTime startsAt; // UTC; invalid = from always
    QDateTime endsAt; // UTC; invalid = until forever
    int position = 0; // order inside the slot
    bool enabled = true;
    int version = 0;

    bool operator==(const Promo &) const = default;
};

QList<Error> validate(const Promo &promo);

// Enabled and inside its schedule at `moment`.
bool isShowing(const Promo &promo, const QDateTime &moment);

} // namespace PortalDesk
