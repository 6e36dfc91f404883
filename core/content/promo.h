#pragma once

// A promo line in a named slot of the theme, e.g. the sidebar's
// 「【與拍賣官看藝術】畢加索的市場潛能有多強？► 即睇」.

#include "core/content/language.h"
#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace PortalDesk {

// The 简 edition's own wording of a zh-Hant-HK promo, written by hand where converting
// the Traditional text will not do (Cantonese such as 即睇 reads as dialect in
// Simplified). Like an article's simplifiedOverride: a field left empty is converted.
struct PromoSimplified
{
    QString kicker;
    QString text;
    QString callToAction;

    bool isEmpty() const { return kicker.isEmpty() && text.isEmpty() && callToAction.isEmpty(); }
    bool operator==(const PromoSimplified &) const = default;
};

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
    PromoSimplified simplifiedOverride; // zh-Hant-HK promos only; empty means "convert"

    bool operator==(const Promo &) const = default;
};

QList<Error> validate(const Promo &promo);

// Enabled and inside its schedule at `moment`.
bool isShowing(const Promo &promo, const QDateTime &moment);

} // namespace PortalDesk
