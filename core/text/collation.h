#pragma once

// Sort order per edition, for lists editors read (authors, columns, tags):
// zh-Hant-HK by stroke count, zh-Hans by pinyin, English alphabetically.
// Safe to call from any thread (each thread keeps its own ICU collators).

#include "core/content/language.h"

#include <QStringList>
#include <QStringView>

namespace PortalDesk {

class Collation
{
public:
    // <0, 0 or >0 like strcmp, in the order of `language`.
    static int compare(QStringView a, QStringView b, Language language);

    static void sort(QStringList &list, Language language);
};

} // namespace PortalDesk
