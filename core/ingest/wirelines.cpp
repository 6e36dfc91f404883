#include "core/ingest/wirelines.h"

#include <QRegularExpression>
#include <algorithm>

namespace PortalDesk {

namespace {

bool isSpace(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'\r':
    case 0x00A0: // no-break space
    case 0x2007: // figure space
    case 0x202F: // narrow no-break space
    case 0x3000: // ideographic space
    case 0xFEFF: // zero width no-break space
    case 0x200B: // zero width space
        return true;
    default:
        return false;
    }
}

bool isWide(char16_t c)
{
    return c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x3000;
}

QStringView trimmed(QStringView raw)
{
    qsizetype start = 0, end = raw.size();
    while (start < end && isSpace(raw[start]))
        ++start;
    while (end > start && isSpace(raw[end - 1]))
        --end;
    return raw.sliced(start, end - start);
}

// The line with each run of two or more spaces (or one ideographic space, which lines up
// Chinese columns) as a tab.
QString alignedLine(QStringView raw)
{
    const QStringView line = trimmed(raw);
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line[i].unicode();
        if (c == 0x200B || c == 0xFEFF || c == u'\r')
            continue;
        if (c == u'\t' || c == u' ' || isWide(c)) {
            qsizetype end = i;
            bool ideographic = false;
            while (end < line.size()
                && (line[end] == u' ' || line[end] == u'\t' || isWide(line[end].unicode()))) {
                ideographic = ideographic || line[end] == QChar(0x3000) || line[end] == u'\t';
                ++end;
            }
            out += (end - i >= 2 || ideographic) ? u'\t' : u' ';
            i = end - 1;
            continue;
        }
        out += QChar(c);
    }
    return out;
}

} // namespace

QString WireLines::clean(QStringView raw)
{
    const QStringView line = trimmed(raw);
    QString out;
    out.reserve(line.size());
    for (const QChar ch : line) {
        const char16_t c = ch.unicode();
        if (c == 0x200B || c == 0xFEFF || c == u'\r')
            continue;
        const QChar plain = isWide(c) ? QChar(u' ') : ch;
        if (plain == u' ' && out.endsWith(u' '))
            continue;
        out += plain;
    }
    return out;
}

WireLines WireLines::split(QStringView text)
{
    WireLines result;
    const qsizetype count = text.count(u'\n') + 1;
    result.lines.reserve(count);
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView raw = text.sliced(start, end - start);
        result.lines.append(clean(raw));
        // Only a line with a run of spaces, an ideographic space or a tab can be a row; the others
        // need no second copy.
        const QString &line = result.lines.constLast();
        const bool spaced = line.size() < raw.size() || raw.contains(QChar(0x3000)) || raw.contains(u'\t');
        result.aligned.append(spaced ? alignedLine(raw) : line);
        start = end + 1;
    }
    while (!result.lines.isEmpty() && result.lines.constLast().isEmpty()) {
        result.lines.removeLast();
        result.aligned.removeLast();
    }
    return result;
}

bool WireLines::hasCells(QStringView aligned)
{
    return aligned.contains(u'\t') && aligned.split(u'\t', Qt::SkipEmptyParts).size() >= 2;
}

bool WireLines::isRuleRow(QStringView aligned)
{
    if (!hasCells(aligned))
        return false;
    for (const QStringView cell : aligned.split(u'\t', Qt::SkipEmptyParts)) {
        const QChar first = cell.front();
        if (cell.size() < 2 || !QStringView(u"-=_─━－").contains(first))
            return false;
        for (const QChar c : cell) {
            if (c != first)
                return false;
        }
    }
    return true;
}

bool WireLines::isFigureRow(QStringView aligned)
{
    static const QRegularExpression figure(
        QStringLiteral(
            R"(^(?:[-+−–(（]?\s*(?:HK\$|US\$|RMB|\$|¥|€|£)?\s*\d[\d,，.]*\s*(?:%|％|pp|倍|億|亿|萬|万|bn|m)?\s*[)）]?)"
            R"(|N\.?A\.?|n\.a\.|[-–—*§#]|不適用|不适用|－)$)"),
        QRegularExpression::UseUnicodePropertiesOption); // full-width figures too
    if (!aligned.contains(u'\t'))
        return false;
    const QList<QStringView> cells = aligned.split(u'\t', Qt::SkipEmptyParts);
    if (cells.size() < 2)
        return false;
    bool number = false;
    for (qsizetype i = 1; i < cells.size(); ++i) {
        const QStringView cell = cells.at(i).trimmed();
        if (!figure.match(cell).hasMatch())
            return false;
        number = number || std::any_of(cell.begin(), cell.end(), [](QChar c) { return c.isDigit(); });
    }
    return number;
}

bool WireLines::isUnderline(QStringView line)
{
    if (line.size() < 3)
        return false;
    const QChar first = line.front();
    if (!QStringView(u"-=*＊－＝").contains(first))
        return false;
    for (const QChar c : line) {
        if (c != first && c != u' ')
            return false;
    }
    return true;
}

} // namespace PortalDesk
