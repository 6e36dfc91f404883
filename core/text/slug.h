#pragma once

// The URL and file name of an article: lowercase ASCII words joined by '-'.
// English headlines keep their words; Chinese ones become toneless pinyin
// (香港科技園 → xiang-gang-ke-ji-yuan). A slug is never empty and never holds '/',
// '\', "..", or control characters, so it is always safe as one path segment.
// Uniqueness within a portal is the store's job (it appends -2, -3, ...).

#include "core/content/language.h"

#include <QString>
#include <QStringView>

namespace PortalDesk {

class Slug
{
public:
    static constexpr qsizetype MaxLength = 80;

    // The slug for a headline; when nothing usable is left, `fallbackId` made safe,
    // and when that is empty too, "article".
    static QString make(QStringView text, Language language, QStringView fallbackId = {});

    // True for a string make() could have returned.
    static bool isSafe(QStringView slug);
};

} // namespace PortalDesk
