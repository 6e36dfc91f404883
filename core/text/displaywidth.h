#pragma once

// How many columns text takes in a fixed grid where a Chinese character is twice as
// wide as a Latin letter: the measure for headlines and promo lines that must fit a slot.

#include <QStringView>

namespace PortalDesk {

class DisplayWidth
{
public:
    // 2 for wide and fullwidth characters (CJK, 「」，), 0 for combining marks and
    // invisible characters, 1 for everything else.
    static int of(char32_t c);

    static qsizetype of(QStringView text);

    // The number of UTF-16 units of `text` that fit in `columns`.
    static qsizetype fit(QStringView text, qsizetype columns);
};

} // namespace PortalDesk
