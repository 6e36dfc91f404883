#pragma once

// Character classes the text engine shares: what counts as CJK, as Latin, as a
// digit. Kept inline because every rule and counter calls them once per character.

#include <QStringView>

namespace PortalDesk::CharScript {

inline bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3007;
}

// Han, kana and Hangul: the characters a newsroom counts one by one.
inline bool isCjkLetter(char32_t c)
{
    return isHan(c) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF)
        || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF);
}

// CJK symbols and punctuation (、。「」『』【】…), fullwidth forms and vertical forms.
inline bool isCjkPunctuation(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF65) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFE10 && c <= 0xFE1F);
}

// Anything that makes its neighbourhood "Chinese text" for the punctuation rules.
inline bool isCjk(char32_t c)
{
    return isCjkLetter(c) || isCjkPunctuation(c);
}

inline bool isAsciiDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

inline bool isAsciiLetter(char32_t c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// Letters of the Latin script (ASCII, Latin-1, Latin Extended A/B and Additional).
inline bool isLatinLetter(char32_t c)
{
    if (c < 0x80)
        return isAsciiLetter(c);
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

inline bool isLatinOrDigit(char32_t c)
{
    return isAsciiDigit(c) || isLatinLetter(c);
}

// The code point starting at `i` (a lone surrogate is returned as is).
inline char32_t codePointAt(QStringView s, qsizetype i)
{
    const char16_t u = s[i].unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode()))
        return QChar::surrogateToUcs4(u, s[i + 1].unicode());
    return u;
}

// The code point ending just before `i`, or 0 at the start.
inline char32_t codePointBefore(QStringView s, qsizetype i)
{
    if (i <= 0)
        return 0;
    const char16_t u = s[i - 1].unicode();
    if (QChar::isLowSurrogate(u) && i >= 2 && QChar::isHighSurrogate(s[i - 2].unicode()))
        return QChar::surrogateToUcs4(s[i - 2].unicode(), u);
    return u;
}

// The code point at `i`, or 0 past the end.
inline char32_t codePointAfter(QStringView s, qsizetype i)
{
    return i < s.size() ? codePointAt(s, i) : 0;
}

inline qsizetype unitsOf(char32_t c)
{
    return c > 0xFFFF ? 2 : 1;
}

} // namespace PortalDesk::CharScript
