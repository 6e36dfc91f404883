#include "core/text/textstats.h"

#include "core/text/charscript.h"
#include "core/text/verbatim.h"

#include <QChar>
#include <cmath>

namespace PortalDesk {

namespace {

enum class Kind { Space, Cjk, WordChar, Joiner, NewLine, Other };

Kind kindOf(char32_t c)
{
    if (c < 0x80) {
        if (CharScript::isAsciiLetter(c) || CharScript::isAsciiDigit(c))
            return Kind::WordChar;
        if (c == '\n')
            return Kind::NewLine;
        if (c == ' ' || c == '\t' || c == '\r')
            return Kind::Space;
        // Inside a word: don't, 3.5, 3,980, high-quality.
        if (c == '\'' || c == '.' || c == ',' || c == '-')
            return Kind::Joiner;
        return Kind::Other;
    }
    if (CharScript::isCjkLetter(c))
        return Kind::Cjk;
    if (c == 0x2019)
        return Kind::Joiner;
    if (CharScript::isCjkPunctuation(c))
        return Kind::Other;
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return Kind::WordChar;
    if (QChar::isSpace(c))
        return Kind::Space;
    return Kind::Other;
}

} // namespace

TextCounts TextStats::count(QStringView text, const ReadingRates &rates)
{
    TextCounts counts;
    bool inWord = false;
    bool pendingJoiner = false; // a joiner right after word characters
    bool paragraphHasText = false;
    bool lineBlank = true;
    // Readers see neither link targets nor the inside of a URL: a URL is one word.
    const QList<Verbatim::Run> links = Verbatim::runs(text);
    qsizetype nextLink = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        while (nextLink < links.size()
            && (links[nextLink].kind == Verbatim::Kind::Code || links[nextLink].range.end() <= i))
            ++nextLink;
        if (nextLink < links.size() && links[nextLink].range.start == i) {
            const Verbatim::Run &link = links[nextLink];
            if (link.kind == Verbatim::Kind::Url) {
                ++counts.latinWords;
                paragraphHasText = true;
                lineBlank = false;
            }
            inWord = false;
            pendingJoiner = false;
            i = link.range.end() - 1;
            continue;
        }
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            c = CharScript::codePointAt(text, i);
            if (c > 0xFFFF)
                ++i;
        }
        const Kind kind = kindOf(c);
        switch (kind) {
        case Kind::WordChar:
            if (!inWord)
                ++counts.latinWords;
            inWord = true;
            pendingJoiner = false;
            paragraphHasText = true;
            lineBlank = false;
            continue;
        case Kind::Joiner:
            lineBlank = false;
            if (inWord && !pendingJoiner) {
                pendingJoiner = true;
                continue;
            }
            break;
        case Kind::Cjk:
            ++counts.cjkChars;
            paragraphHasText = true;
            lineBlank = false;
            break;
        case Kind::NewLine:
            if (lineBlank && paragraphHasText) {
                ++counts.paragraphs;
                paragraphHasText = false;
            }
            lineBlank = true;
            break;
        case Kind::Space:
            break;
        case Kind::Other:
            lineBlank = false;
            break;
        }
        inWord = false;
        pendingJoiner = false;
    }
    if (paragraphHasText)
        ++counts.paragraphs;
    counts.readingSeconds = readingSeconds(counts.cjkChars, counts.latinWords, rates);
    return counts;
}

qsizetype TextStats::readingSeconds(qsizetype cjkChars, qsizetype latinWords, const ReadingRates &rates)
{
    double seconds = 0;
    if (rates.cjkCharsPerMinute > 0)
        seconds += double(cjkChars) * 60.0 / rates.cjkCharsPerMinute;
    if (rates.latinWordsPerMinute > 0)
        seconds += double(latinWords) * 60.0 / rates.latinWordsPerMinute;
    return qsizetype(std::ceil(seconds - 1e-9));
}

} // namespace PortalDesk
