#pragma once

// Counts as a Hong Kong newsroom counts them (字數): every Chinese character is one,
// every English word is one, so a mixed article has one honest number. Also
// paragraphs and reading time for the editor's status bar and the page template.

#include <QStringView>

namespace PortalDesk {

// How fast readers read; the house can change both.
struct ReadingRates
{
    double cjkCharsPerMinute = 400;
    double latinWordsPerMinute = 200;
};

struct TextCounts
{
    qsizetype cjkChars = 0; // Han, kana and Hangul characters
    qsizetype latinWords = 0; // runs of letters/digits outside CJK (3,980 and high-quality are one word)
    qsizetype paragraphs = 0; // blocks separated by blank lines that hold any counted text
    qsizetype readingSeconds = 0;

    qsizetype wordsTotal() const { return cjkChars + latinWords; }
};

class TextStats
{
public:
    static TextCounts count(QStringView text, const ReadingRates &rates = {});

    // Reading time in whole seconds (rounded up) for the given counts.
    static qsizetype readingSeconds(qsizetype cjkChars, qsizetype latinWords, const ReadingRates &rates = {});
};

} // namespace PortalDesk
