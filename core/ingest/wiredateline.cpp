#include "core/ingest/wiredateline.h"

#include <QRegularExpression>

namespace PortalDesk {

namespace {

// Datelines are short; looking further would only cost time on a huge one-line paste.
constexpr qsizetype DatelineWindow = 200;

int monthFromName(QStringView name)
{
    static const char *const names[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    if (name.size() < 3)
        return 0;
    const QString prefix = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (prefix == QLatin1StringView(names[i]))
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

// "BEIJING, Nov. 11, 2024 /PRNewswire/ --", "HONG KONG, 18 June 2025 /PRNewswire/ --"
const QRegularExpression &englishPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?<place>[^,/\d][^/\d]{0,80}?)\s*,\s*)"
                       R"((?:(?<mon>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})\s*,?\s*(?<year>\d{4}))"
                       R"(|(?<day2>\d{1,2})\s+(?<mon2>[A-Za-z]{3,9})\.?\s*,?\s*(?<year2>\d{4})))"
                       R"(\s*(?:[/／]\s*(?<agency>[^/／]{2,40}?)\s*[/／])?\s*(?<sep>--|—|–|-)?\s*)"));
    return pattern;
}

// "香港2025年6月18日 /美通社/ --", "2025年6月18日，深圳 /美通社/ --" is not a form wires use.
const QRegularExpression &chinesePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?<place>[^\d/／\s][^\d/／]{0,30}?)?\s*(?<year>\d{4})\s*年\s*(?<mon>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日)"
        R"(\s*(?:[/／]\s*(?<agency>[^/／]{2,40}?)\s*[/／])?\s*(?<sep>--|——|—|–|－－|-)?\s*)"));
    return pattern;
}

QString trimPlace(QString place)
{
    place = place.trimmed();
    while (place.endsWith(u',') || place.endsWith(u'，'))
        place.chop(1);
    return place.trimmed();
}

} // namespace

std::optional<QDateTime> WireDatelineParser::timeLine(QStringView line, const QTimeZone &zone)
{
    if (line.size() > 40)
        return std::nullopt;
    const QRegularExpressionMatch match = timePattern().match(line);
    if (!match.hasMatch())
        return std::nullopt;
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

std::optional<WireDatelineParser::Match> WireDatelineParser::prefix(QStringView paragraph)
{
    const QStringView window = paragraph.left(DatelineWindow);
    Match result;
    QRegularExpressionMatch match = englishPattern().match(window);
    if (match.hasMatch()) {
        const bool dayFirst = match.capturedView(u"day").isEmpty();
        const int month = monthFromName(match.capturedView(dayFirst ? u"mon2" : u"mon"));
        const int day = match.capturedView(dayFirst ? u"day2" : u"day").toInt();
        const int year = match.capturedView(dayFirst ? u"year2" : u"year").toInt();
        result.dateline = { trimPlace(match.captured(u"place")), QDate(year, month, day) };
    } else {
        match = chinesePattern().match(window);
        if (!match.hasMatch())
            return std::nullopt;
        const QDate date(match.capturedView(u"year").toInt(), match.capturedView(u"mon").toInt(),
            match.capturedView(u"day").toInt());
        result.dateline = { trimPlace(match.captured(u"place")), date };
    }
    // A date alone at the start of a sentence is not a dateline: it needs the agency or the dash.
    result.agency = match.captured(u"agency").trimmed();
    if (!result.dateline.date.isValid() || (result.agency.isEmpty() && match.capturedView(u"sep").isEmpty()))
        return std::nullopt;
    result.length = match.capturedLength(0);
    return result;
}

} // namespace PortalDesk
