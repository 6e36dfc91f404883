#pragma once

// The longest common subsequence of two lists of strings (paragraphs, words), which the
// paragraph merge and the History diff both read their changes from.

#include <QList>
#include <QStringList>

namespace PortalDesk {

// For each item of `a`, the index of the item of `b` it stays as, or -1 where it went;
// items of `b` no one stays as came new. Common beginnings and ends match first. The
// middle is compared in full only up to `maxCells` table cells (bounded memory and time);
// past that, a middle of the same length on both sides matches position by position where
// equal (edits in place), and any other stays unmatched (replaced whole).
QList<qsizetype> alignSequences(const QStringList &a, const QStringList &b, qsizetype maxCells);

} // namespace PortalDesk
