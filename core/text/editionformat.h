#pragma once

// The one place that decides how each edition writes dates, times and numbers:
// 2024年11月11日 20:47 in Chinese, Nov 11, 2024, 8:47 PM in English, always in the
// portal's time zone and never in the system locale of whoever runs the export.

#include "core/content/language.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace PortalDesk {

class EditionFormat
{
public:
    // Asia/Hong_Kong, the default portal time zone (UTC+8 if the zone database lacks it).
    static QTimeZone hongKong();

    static QString dateTime(
        const QDateTime &moment, Language language, const QTimeZone &zone); // 2024年11月11日 20:47
    static QString date(const QDateTime &moment, Language language, const QTimeZone &zone); // 2024年11月11日
    static QString time(const QDateTime &moment, Language language, const QTimeZone &zone); // 20:47 / 8:47 PM

    // "2024-11-11T12:47:00Z", as feeds and sitemaps write it (the same as
    // toUTC().toString(Qt::ISODate), a great deal faster); empty when invalid.
    static QString isoUtc(const QDateTime &moment);

    // Grouped with commas in every edition: 3,980 and 1,234.5.
    static QString number(qint64 value, Language language);
    static QString number(double value, int decimals, Language language);
};

} // namespace PortalDesk
