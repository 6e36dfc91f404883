#pragma once

// Sections (財經新聞, 評論, …) and topic columns (大國博弈, 貨幣攻略, …) share one
// shape: a key, a name per language and a position in their list.

#include "core/content/language.h"
#include "core/error.h"

#include <QList>

namespace PortalDesk {

struct Category
{
    QString key;
    LocalizedText names;
    int position = 0;

    bool operator==(const Category &) const = default;
};

using Section = Category;
using Column = Category;

QList<Error> validate(const Category &category);

} // namespace PortalDesk
