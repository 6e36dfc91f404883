#include "core/text/verbatim.h"

#include "core/text/charscript.h"

namespace PortalDesk {

namespace {

bool startsWithAt(QStringView text, qsizetype i, QStringView prefix)
{
    return text.size() - i >= prefix.size()
        && text.sliced(i, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

qsizetype lineEnd(QStringView text, qsizetype i)
{
    const qsizetype n = text.indexOf(u'\n', i);
    return n < 0 ? text.size() : n;
}

// A fence opening at line start `i`: its character and length, or 0.
qsizetype fenceAt(QStringView text, qsizetype i, QChar &fenceChar)
{
    qsizetype p = i;
    while (p < text.size() && p - i < 3 && text[p] == u' ')
        ++p;
    if (p >= text.size() || (text[p] != u'`' && text[p] != u'~'))
        return 0;
    const QChar c = text[p];
    qsizetype run = 0;
    while (p + run < text.size() && text[p + run] == c)
        ++run;
    if (run < 3)
        return 0;
    fenceChar = c;
    return run;
}

// End of the fenced block that opens on the line at `i`.
qsizetype fencedBlockEnd(QStringView text, qsizetype i, QChar fenceChar, qsizetype run)
{
    qsizetype line = lineEnd(text, i);
    while (line < text.size()) {
        const qsizetype start = line + 1;
        QChar c;
        const qsizetype closing = fenceAt(text, start, c);
        line = lineEnd(text, start);
        if (closing >= run && c == fenceChar)
            return line;
    }
    return text.size();
}

bool isUrlStart(QStringView text, qsizetype i)
{
    if (i > 0 && CharScript::isLatinOrDigit(text[i - 1].unicode()))
        return false;
    switch (text[i].unicode()) {
    case u'h':
    case u'H':
        return startsWithAt(text, i, u"http://") || startsWithAt(text, i, u"https://");
    case u'f':
    case u'F':
        return startsWithAt(text, i, u"ftp://");
    case u'w':
    case u'W':
        return startsWithAt(text, i, u"www.");
    case u'm':
    case u'M':
        return startsWithAt(text, i, u"mailto:");
    default:
        return false;
    }
}

// A bare URL ends at white space, markup or CJK punctuation, minus trailing sentence
// punctuation. Chinese characters belong to it only as a path or query segment
// (…/wiki/頭髮, ?q=發展): "https://etnet.com.hk了解詳情" ends before 了.
qsizetype urlEnd(QStringView text, qsizetype i)
{
    qsizetype p = i;
    int parens = 0;
    bool hanSegment = false;
    while (p < text.size()) {
        const char32_t c = CharScript::codePointAt(text, p);
        if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '`' || CharScript::isCjkPunctuation(c))
            break;
        if (CharScript::isCjkLetter(c)) {
            const char32_t before = CharScript::codePointBefore(text, p);
            hanSegment = hanSegment || before == '/' || before == '=' || before == '#' || before == '_'
                || before == '-';
            if (!hanSegment)
                break;
        } else if (c == '/' || c == '?' || c == '&' || c == '=' || c == '#') {
            hanSegment = false;
        }
        if (c == '(')
            ++parens;
        else if (c == ')' && --parens < 0)
            break;
        p += CharScript::unitsOf(c);
    }
    while (p > i) {
        const QChar last = text[p - 1];
        if (QStringView(u".,;:!?'*_]").contains(last))
            --p;
        else
            break;
    }
    return p;
}

} // namespace

QList<Verbatim::Run> Verbatim::runs(QStringView text)
{
    QList<Run> ranges;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (i == 0 || text[i - 1] == u'\n') {
            QChar fenceChar;
            if (const qsizetype run = fenceAt(text, i, fenceChar)) {
                const qsizetype end = fencedBlockEnd(text, i, fenceChar, run);
                ranges.append({ { i, end - i }, Kind::Code });
                i = end;
                continue;
            }
        }
        const char16_t c = text[i].unicode();
        if (c == u'`') {
            qsizetype run = 0;
            while (i + run < n && text[i + run] == u'`')
                ++run;
            // The closing run of the same length, before the paragraph ends.
            qsizetype p = i + run;
            qsizetype close = -1;
            while (p < n) {
                if (text[p] == u'\n' && p + 1 < n && text[p + 1] == u'\n')
                    break;
                if (text[p] == u'`') {
                    qsizetype r = 0;
                    while (p + r < n && text[p + r] == u'`')
                        ++r;
                    if (r == run) {
                        close = p;
                        break;
                    }
                    p += r;
                    continue;
                }
                ++p;
            }
            if (close >= 0) {
                ranges.append({ { i, close + run - i }, Kind::Code });
                i = close + run;
            } else {
                i += run;
            }
            continue;
        }
        if (c == u']' && i + 1 < n && text[i + 1] == u'(') {
            // A link destination: up to the matching ')' on the same line.
            qsizetype p = i + 2;
            int depth = 1;
            while (p < n && text[p] != u'\n') {
                if (text[p] == u'(')
                    ++depth;
                else if (text[p] == u')' && --depth == 0)
                    break;
                ++p;
            }
            if (depth == 0) {
                // With its parentheses: a ")" after 頭髮 in a URL is not Chinese punctuation.
                ranges.append({ { i + 1, p - i }, Kind::LinkTarget });
                i = p + 1;
                continue;
            }
        }
        if (c == u'<' && i + 1 < n && isUrlStart(text, i + 1)) {
            const qsizetype close = text.indexOf(u'>', i + 1);
            if (close > 0 && close < lineEnd(text, i)) {
                ranges.append({ { i + 1, close - i - 1 }, Kind::Url });
                i = close + 1;
                continue;
            }
        }
        if (isUrlStart(text, i)) {
            const qsizetype end = urlEnd(text, i);
            if (end > i) {
                ranges.append({ { i, end - i }, Kind::Url });
                i = end;
                continue;
            }
        }
        ++i;
    }
    return ranges;
}

QList<TextRange> Verbatim::find(QStringView text)
{
    const QList<Run> found = runs(text);
    QList<TextRange> ranges;
    ranges.reserve(found.size());
    for (const Run &run : found)
        ranges.append(run.range);
    return ranges;
}

} // namespace PortalDesk
