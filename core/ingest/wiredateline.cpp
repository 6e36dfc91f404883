#include "core/ingest/wiredateline.h"

#include "core/ingest/wireprofile.h"

#include <QRegularExpression>

namespace PortalDesk {

namespace {

// Datelines are short; looking further would only cost time on a huge one-line paste.
constexpr qsizetype DatelineWindow = 240;

// Full-width digits (２０２５年３月６日, ９時２０分) as ASCII ones, so numbers read the same.
QString foldDigits(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    }
    return out;
}

// "Nov", "Nov.", "November", "Sept": three letters or more of the month's English name.
int monthFromName(QStringView name)
{
    static const char *const names[] = { "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december" };
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.size() < 3)
        return 0;
    const QString lower = name.toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (QLatin1StringView(names[i]).startsWith(lower))
            return i + 1;
    }
    return 0;
}

const QRegularExpression &timePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+|T|\s*)(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?$)"));
    return pattern;
}

const QRegularExpression &dateOnlyPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?)"
                       R"(|(?<mon>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})\s*,?\s*(?<year>\d{4}))"
                       R"(|(?<day2>\d{1,2})\s+(?<mon2>[A-Za-z]{3,9})\.?\s*,?\s*(?<year2>\d{4}))$)"));
    return pattern;
}

// The pieces of a date however it is written: numbers, and a month name when there is one.
struct DateParts
{
    int year = 0;
    int month = 0;
    int day = 0;
};

DateParts dateParts(QStringView original)
{
    const QString folded = foldDigits(original.trimmed());
    const QStringView text = folded;
    static const QRegularExpression chinese(
        QStringLiteral(R"(^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]$)"));
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(^([A-Za-z]{3,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?:\s*[,，、]?\s*(\d{4}))?$)"));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?(?:\s*[,，、]?\s*(\d{4}))?$)"));
    DateParts parts;
    if (const QRegularExpressionMatch m = chinese.match(text); m.hasMatch()) {
        parts = { m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt() };
    } else if (const QRegularExpressionMatch m = monthFirst.match(text);
               m.hasMatch() && monthFromName(m.capturedView(1)) > 0) {
        parts = { m.capturedView(3).toInt(), monthFromName(m.capturedView(1)), m.capturedView(2).toInt() };
    } else if (const QRegularExpressionMatch m = dayFirst.match(text); m.hasMatch()) {
        parts = { m.capturedView(3).toInt(), monthFromName(m.capturedView(2)), m.capturedView(1).toInt() };
    }
    return parts;
}

// The year of a dateline that gives only month and day: the wire date's, unless that would
// put the dateline after the wire date (a release dated 12月31日 sent on 1 January).
QDate withYear(int month, int day, QDate wireDate)
{
    if (!wireDate.isValid())
        return {};
    const QDate date(wireDate.year(), month, day);
    if (date.isValid() && date > wireDate.addDays(1))
        return QDate(wireDate.year() - 1, month, day);
    return date;
}

QString trimPlace(QString place)
{
    place = place.trimmed();
    while (place.endsWith(u',') || place.endsWith(u'，') || place.endsWith(u'-'))
        place.chop(1);
    return place.trimmed();
}

// "記者 李明" → "李明"; "記者李明 王芳" → "李明、王芳".
QString bylineFrom(QStringView credit)
{
    static const QRegularExpression role(
        QStringLiteral(R"(^(?:本社|本網|本网|特約|特约|實習|实习)?(?:記者|记者|通訊員|通讯员)\s*[:：]?\s*)"));
    QString names = credit.toString();
    names.remove(role);
    static const QRegularExpression separators(QStringLiteral(R"(\s*[\s、,，/／]\s*)"));
    return names.split(separators, Qt::SkipEmptyParts).join(u'、');
}

std::optional<WireDatelineParser::Match> matchProfile(
    const WireProfile &profile, QStringView window, QDate wireDate)
{
    for (const QRegularExpression &pattern : profile.datelines) {
        const QRegularExpressionMatch match = pattern.match(window);
        if (!match.hasMatch())
            continue;
        WireDatelineParser::Match result;
        result.agency = match.captured(u"agency").trimmed();
        // A date at the start of a sentence is not a dateline: it needs the agency or the dash.
        if (result.agency.isEmpty() && match.capturedView(u"sep").isEmpty())
            continue;
        const QStringView dateText = match.capturedView(u"date");
        if (!dateText.isEmpty()) {
            const DateParts parts = dateParts(dateText);
            if (parts.month == 0 || !QDate(2000, parts.month, parts.day).isValid())
                continue; // "Mayor 5" is no date; 2000 is a leap year, so 2月29日 passes here
            if (parts.year > 0) {
                result.dateline.date = QDate(parts.year, parts.month, parts.day);
                if (!result.dateline.date.isValid())
                    continue;
            } else {
                result.dateline.date = withYear(parts.month, parts.day, wireDate);
                result.yearMissing = !result.dateline.date.isValid();
            }
        }
        result.dateline.place = trimPlace(match.captured(u"place"));
        result.byline = bylineFrom(match.capturedView(u"byline"));
        result.time = WireDatelineParser::readTime(match.capturedView(u"time"));
        result.zone = match.captured(u"tz");
        // The general forms (a name between slashes) take any agency: the name decides the service.
        result.profile = WireProfiles::byAgency(result.agency);
        result.length = match.capturedLength(0);
        return result;
    }
    return std::nullopt;
}

// "March 04, 2025 08:00 AM Eastern Standard Time", "Mar 3, 2025 09:00 ET | Source: Example Co":
// the time line of an English wire's web page, in the zone it names.
std::optional<QDateTime> englishTimeLine(QStringView original, const QTimeZone &zone)
{
    // "Updated 4:05 PM HKT, March 7, 2025": a page's label, and the time before the date.
    static const QRegularExpression label(
        QStringLiteral(R"(^(?i:last\s+updated|updated|published|posted|released)\s*[:：]?\s*)"));
    QString line = foldDigits(original);
    line.remove(label);
    static const QRegularExpression dateFirst(QStringLiteral(
        R"(^(?<date>(?:[A-Za-z]{3,9}\.?\s*\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)\s*[,，]?\s*\d{4})\s*[,，]?\s*)"
        R"((?<time>\d{1,2}\s*[:：]\s*\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\s*(?<tz>[A-Za-z][A-Za-z+\d: ]{0,40}?)?\s*)"
        R"((?:[|｜]\s*.{0,120})?$)"));
    static const QRegularExpression timeFirst(QStringLiteral(
        R"(^(?<time>\d{1,2}\s*[:：]\s*\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\s*(?<tz>[A-Za-z][A-Za-z+\d:]{0,8})?\s*[,，]\s*)"
        R"((?<date>(?:[A-Za-z]{3,9}\.?\s*\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)\s*[,，]?\s*\d{4})\s*$)"));
    QRegularExpressionMatch match = dateFirst.match(line);
    if (!match.hasMatch())
        match = timeFirst.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = WireDatelineParser::readDate(match.capturedView(u"date"), {});
    const QTime time = WireDatelineParser::readTime(match.capturedView(u"time"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime moment(
        date, time, WireDatelineParser::readZone(match.capturedView(u"tz").trimmed(), zone));
    if (!moment.isValid())
        return std::nullopt;
    return moment;
}

} // namespace

std::optional<QDateTime> WireDatelineParser::timeLine(QStringView original, const QTimeZone &zone)
{
    if (original.size() > 200)
        return std::nullopt;
    const QString line = foldDigits(original);
    const QRegularExpressionMatch match = timePattern().match(line);
    if (!match.hasMatch())
        return englishTimeLine(line, zone);
    const QDate date(
        match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
        match.capturedView(6).isEmpty() ? 0 : match.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime moment(date, time, zone);
    if (!moment.isValid())
        return std::nullopt;
    return moment;
}

std::optional<QDate> WireDatelineParser::dateLine(QStringView original)
{
    if (original.size() > 30)
        return std::nullopt;
    const QString line = foldDigits(original);
    const QRegularExpressionMatch match = dateOnlyPattern().match(line);
    if (!match.hasMatch())
        return std::nullopt;
    QDate date;
    if (match.hasCaptured(u"y"))
        date = QDate(match.capturedView(u"y").toInt(), match.capturedView(u"m").toInt(),
            match.capturedView(u"d").toInt());
    else
        date = readDate(line, {});
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<WireDatelineParser::Match> WireDatelineParser::prefix(QStringView paragraph, QDate wireDate)
{
    const QStringView window = paragraph.left(DatelineWindow);
    for (const WireProfile &profile : WireProfiles::all()) {
        if (std::optional<Match> match = matchProfile(profile, window, wireDate))
            return match;
    }
    return std::nullopt;
}

QDate WireDatelineParser::readDate(QStringView text, QDate wireDate, bool *yearMissing)
{
    const DateParts parts = dateParts(text);
    if (yearMissing)
        *yearMissing = false;
    if (parts.month == 0)
        return {};
    if (parts.year > 0)
        return QDate(parts.year, parts.month, parts.day);
    const QDate date = withYear(parts.month, parts.day, wireDate);
    if (yearMissing)
        *yearMissing = !date.isValid();
    return date;
}

QTime WireDatelineParser::readTime(QStringView original)
{
    const QString text = foldDigits(original);
    static const QRegularExpression pattern(
        QStringLiteral(R"((\d{1,2})\s*[:：.時时]\s*(\d{1,2})\s*分?\s*(?:([AaPp])\.?\s?[Mm]\.?)?)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    int hour = match.capturedView(1).toInt();
    const int minute = match.capturedView(2).toInt();
    if (const QStringView half = match.capturedView(3); !half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        const bool pm = half.compare(u"p", Qt::CaseInsensitive) == 0;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    return QTime(hour, minute); // invalid for 25:00 or 10:75
}

QTimeZone WireDatelineParser::readZone(QStringView abbreviation, const QTimeZone &fallback)
{
    struct Known
    {
        const char16_t *abbreviation;
        const char *zone;
    };
    static const Known known[] = { { u"HKT", "Asia/Hong_Kong" }, { u"ET", "America/New_York" },
        { u"EST", "America/New_York" }, { u"EDT", "America/New_York" }, { u"CT", "America/Chicago" },
        { u"CST", "America/Chicago" }, { u"CDT", "America/Chicago" }, { u"MT", "America/Denver" },
        { u"MST", "America/Denver" }, { u"MDT", "America/Denver" }, { u"PT", "America/Los_Angeles" },
        { u"PST", "America/Los_Angeles" }, { u"PDT", "America/Los_Angeles" }, { u"GMT", "UTC" },
        { u"UTC", "UTC" }, { u"BST", "Europe/London" }, { u"CET", "Europe/Paris" },
        { u"CEST", "Europe/Paris" }, { u"SGT", "Asia/Singapore" }, { u"JST", "Asia/Tokyo" },
        { u"KST", "Asia/Seoul" }, { u"AEST", "Australia/Sydney" }, { u"AEDT", "Australia/Sydney" },
        { u"IST", "Asia/Kolkata" }, { u"Eastern Standard Time", "America/New_York" },
        { u"Eastern Daylight Time", "America/New_York" }, { u"Eastern Time", "America/New_York" },
        { u"Central Standard Time", "America/Chicago" }, { u"Pacific Standard Time", "America/Los_Angeles" },
        { u"Pacific Daylight Time", "America/Los_Angeles" }, { u"Hong Kong Time", "Asia/Hong_Kong" },
        { u"China Standard Time", "Asia/Shanghai" }, { u"Japan Standard Time", "Asia/Tokyo" },
        { u"Singapore Standard Time", "Asia/Singapore" }, { u"Greenwich Mean Time", "UTC" },
        { u"GMT+8", "Asia/Hong_Kong" }, { u"UTC+8", "Asia/Hong_Kong" }, { u"GMT+08:00", "Asia/Hong_Kong" },
        { u"British Summer Time", "Europe/London" }, { u"Central European Time", "Europe/Paris" } };
    for (const Known &entry : known) {
        if (abbreviation.compare(QStringView(entry.abbreviation), Qt::CaseInsensitive) == 0) {
            const QTimeZone zone(entry.zone);
            if (zone.isValid())
                return zone;
        }
    }
    return fallback;
}

} // namespace PortalDesk
