#pragma once

// The sizes PortalDesk takes, so that a hostile or runaway file, paste or body is refused
// with a message naming the record and the limit instead of exhausting memory or time.
// README "Limits" lists them; tests/core/content/limits_test.cpp and
// tests/core/store/interchangelimits_test.cpp hold each one to its message.

#include <QLocale>
#include <QString>

namespace PortalDesk::Limits {

// An article's headline, in characters (UTF-16 units).
inline constexpr qsizetype headlineCharacters = 300;
// An article's Markdown body, in characters: a long feature is 20,000; this is about 3 MB of
// Chinese, and keeps rendering, search indexing and the lint under a few seconds.
inline constexpr qsizetype bodyCharacters = 1'000'000;
// An article's desk notes (never published): a wire release's boilerplate and contacts.
inline constexpr qsizetype notesCharacters = 200'000;
// Within it, cmark-gfm needs no limits of its own: a 100,000-row table (400,000 characters)
// renders in about a second, 10,000 block quotes or lists inside one another in a tenth, and
// neither it nor PortalDesk's pass over its tree recurses (limits_test.cpp holds them to it).
// A portaldesk/1 file, read whole into memory to be parsed.
inline constexpr qint64 interchangeFileBytes = 512LL * 1024 * 1024;
// Promos in one portal file (a board shows a few dozen).
inline constexpr qsizetype promosPerFile = 10'000;
// A photo's file, and its picture in pixels per side (decoded, 30,000 × 30,000 is 3.6 GB).
inline constexpr qint64 photoFileBytes = 50LL * 1024 * 1024;
inline constexpr int photoSide = 12'000;

// A count as messages show it, grouped the same in every language: "1,000,000".
inline QString count(qint64 number)
{
    return QLocale(QLocale::English).toString(number);
}

} // namespace PortalDesk::Limits
