#include "core/ingest/wiredateline.h"

#include <QRegularExpression>

namespace PortalDesk {

namespace {

// Datelines are short; looking further would only cost time on a huge one-line paste.
constexpr qsizetype DatelineWindow = 200;

// "Nov", "Nov.", "November", "Sept": three letters or more of the month's English name.
int monthFromName(QStringView name)
{
    static const char *const names[] = { "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december" };
    if (name.size() < 3)
        return 0;
    const QString lower = name.toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (QLatin1StringView(names[i]).startsWith(lower))
            return i + 1;
    }
    return 0;
}

// Agencies that open Chinese copy with "（美通社香港2025年6月18日電）" or "新華社香港6月18日電".
const QString &chineseAgencies()
{
    static const QString alternatives
        = QStringLiteral("美通社|新華社|新华社|中新社|中通社|路透社|法新社|美聯社|美联社|共同社|美國商業資訊|"
                         "美国商业资讯|新華絲路|新华丝路");
    return alternatives;
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

// "（美通社香港2025年6月18日電）", "(美通社上海2025年3月5日电)", "新華社香港6月18日電": the
// agency first, the year optional, 電 closing it (and the bracket, when it opened with one).
const QRegularExpression &wireServicePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?<open>[（(]\s*)?(?<agency>%1)\s*(?<place>[^\d\s（）()/／，,。]{0,12}?)\s*)"
                       R"((?:(?<year>\d{4})\s*年\s*)?(?<mon>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日\s*[電电])"
                       R"((?(<open>)\s*[）)])\s*)")
            .arg(chineseAgencies()));
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

std::optional<QDate> WireDatelineParser::dateLine(QStringView line)
{
    if (line.size() > 30)
        return std::nullopt;
    const QRegularExpressionMatch match = dateOnlyPattern().match(line);
    if (!match.hasMatch())
        return std::nullopt;
    QDate date;
    if (match.hasCaptured(u"y"))
        date = QDate(match.capturedView(u"y").toInt(), match.capturedView(u"m").toInt(),
            match.capturedView(u"d").toInt());
    else if (match.hasCaptured(u"mon"))
        date = QDate(match.capturedView(u"year").toInt(), monthFromName(match.capturedView(u"mon")),
            match.capturedView(u"day").toInt());
    else
        date = QDate(match.capturedView(u"year2").toInt(), monthFromName(match.capturedView(u"mon2")),
            match.capturedView(u"day2").toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<WireDatelineParser::Match> WireDatelineParser::prefix(QStringView paragraph, QDate wireDate)
{
    const QStringView window = paragraph.left(DatelineWindow);
    Match result;
    if (const QRegularExpressionMatch match = wireServicePattern().match(window); match.hasMatch()) {
        const int month = match.capturedView(u"mon").toInt();
        const int day = match.capturedView(u"day").toInt();
        // 2000 is a leap year: 2月29日 is a day some year has.
        if (!QDate(2000, month, day).isValid())
            return std::nullopt;
        const bool yearGiven = match.hasCaptured(u"year");
        result.dateline = { trimPlace(match.captured(u"place")),
            yearGiven ? QDate(match.capturedView(u"year").toInt(), month, day)
                      : withYear(month, day, wireDate) };
        if (yearGiven && !result.dateline.date.isValid())
            return std::nullopt;
        result.yearMissing = !result.dateline.date.isValid();
        result.agency = match.captured(u"agency");
        result.length = match.capturedLength(0);
        return result;
    }
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
