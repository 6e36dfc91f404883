#include "core/text/editionformat.h"

#include <QLocale>

namespace PortalDesk {

namespace {

// English formats come from QLocale::English, whatever the machine's locale is.
const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QDateTime local(const QDateTime &moment, const QTimeZone &zone)
{
    return zone.isValid() ? moment.toTimeZone(zone) : moment;
}

} // namespace

QTimeZone EditionFormat::hongKong()
{
    const QTimeZone zone("Asia/Hong_Kong");
    return zone.isValid() ? zone : QTimeZone(8 * 3600);
}

QString EditionFormat::date(const QDateTime &moment, Language language, const QTimeZone &zone)
{
    const QDate day = local(moment, zone).date();
    if (language == Language::En)
        return english().toString(day, QStringLiteral("MMM d, yyyy"));
    return QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
}

QString EditionFormat::time(const QDateTime &moment, Language language, const QTimeZone &zone)
{
    const QTime clock = local(moment, zone).time();
    if (language == Language::En)
        return english().toString(clock, QStringLiteral("h:mm AP"));
    return english().toString(clock, QStringLiteral("HH:mm"));
}

QString EditionFormat::dateTime(const QDateTime &moment, Language language, const QTimeZone &zone)
{
    if (language == Language::En)
        return date(moment, language, zone) + u", " + time(moment, language, zone);
    return date(moment, language, zone) + u' ' + time(moment, language, zone);
}

QString EditionFormat::number(qint64 value, Language)
{
    return english().toString(value);
}

QString EditionFormat::number(double value, int decimals, Language)
{
    return english().toString(value, 'f', decimals);
}

QString EditionFormat::isoUtc(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime utc = moment.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODate);
    char text[21];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, time.hour(), 2);
    text[13] = ':';
    put(14, time.minute(), 2);
    text[16] = ':';
    put(17, time.second(), 2);
    text[19] = 'Z';
    return QString::fromLatin1(text, 20);
}

} // namespace PortalDesk
