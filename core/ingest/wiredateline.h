#pragma once

// The wire's time line ("2024-11-11 20:47", or a date alone) and the dateline that opens
// a release, in its English ("BEIJING, Nov. 11, 2024 /PRNewswire/ --") and Chinese forms
// ("香港2025年6月18日 /美通社/ --", "（美通社香港2025年6月18日電）", "新華社香港6月18日電").
// Internal to the wire parser.

#include "core/ingest/wireparser.h"

#include <optional>

namespace PortalDesk {

class WireDatelineParser
{
public:
    struct Match
    {
        WireDateline dateline;
        QString agency; // between the slashes, e.g. "PRNewswire"; empty when absent
        qsizetype length = 0; // UTF-16 units of the prefix to remove from the paragraph
        bool yearMissing = false; // "6月18日電" with no wire date to take the year from
    };

    // A line holding only a date and a time of day, read in `zone`.
    static std::optional<QDateTime> timeLine(QStringView line, const QTimeZone &zone);

    // A line holding only a date: "2025-06-18", "2025年6月18日", "June 18, 2025", "18 June 2025".
    static std::optional<QDate> dateLine(QStringView line);

    // A dateline at the start of `paragraph`. `wireDate` (the time line's date, when the copy
    // has one) gives the year that a Chinese dateline such as 新華社香港6月18日電 leaves out.
    static std::optional<Match> prefix(QStringView paragraph, QDate wireDate = {});
};

} // namespace PortalDesk
