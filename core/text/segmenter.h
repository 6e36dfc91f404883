#pragma once

// Splits mixed Chinese/English text into words with ICU's word break iterator, which
// uses a dictionary for Chinese (香港科技園 → 香港 科技 園). Feeds search, counts and
// truncation that must not cut a word. Punctuation and spaces are not words.
// Safe to call from any thread (each thread keeps its own iterator).

#include "core/text/verbatim.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace PortalDesk {

class Segmenter
{
public:
    // Where each word of `text` starts and how long it is, in order.
    static QList<TextRange> wordRanges(QStringView text);

    static QStringList words(QStringView text);

    // The largest word boundary <= `position` (0 if none): a safe place to cut.
    static qsizetype boundaryBefore(QStringView text, qsizetype position);
};

} // namespace PortalDesk
