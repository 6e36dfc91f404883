#pragma once

// What changed between two versions of a text, for people reading History: English and
// other Latin text compares word by word, Chinese character by character (a word
// boundary there would need a dictionary and hide one-character fixes), punctuation
// and spaces one by one. The result reads in order: what stayed, what went, what came.

#include <QList>
#include <QString>

namespace PortalDesk {

struct DiffSpan
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const DiffSpan &) const = default;
};

// Removed text comes before the text added in its place. Texts whose changed middle is
// too long to compare in bounded time (tens of thousands of words on both sides) show
// that middle as removed, then added.
QList<DiffSpan> diffText(const QString &before, const QString &after);

} // namespace PortalDesk
