#pragma once

// Quotation marks per edition: zh-Hant-HK quotes with 「」 and 『』, zh-Hans with “” and ‘’.
// Finds the marks in Chinese text that do not match an edition, leaving English
// quotations (“wild growth”) and apostrophes (China’s) alone.

#include "core/content/language.h"
#include "core/text/verbatim.h"

#include <QList>
#include <QStringView>

namespace PortalDesk {

class QuoteMarks
{
public:
    struct Change
    {
        qsizetype position = 0; // UTF-16 index of the mark
        QChar replacement;
    };

    // The marks to change so that `text` quotes as `edition` does. With `straight`, ASCII
    // double quotes around Chinese text count too (lint wants them; conversion does not).
    static QList<Change> changes(
        QStringView text, Language edition, const QList<TextRange> &verbatim, bool straight = false);

    // `text` with every change applied.
    static QString apply(QStringView text, const QList<Change> &changes);
};

} // namespace PortalDesk
