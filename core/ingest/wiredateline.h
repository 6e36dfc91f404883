#pragma once

// The wire's time line ("2024-11-11 20:47") and the dateline that opens a release, in
// its English ("BEIJING, Nov. 11, 2024 /PRNewswire/ --") and Chinese
// ("香港2025年6月18日 /美通社/ --") forms. Internal to the wire parser.

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
    };

    // A line holding only a date and a time of day, read in `zone`.
    static std::optional<QDateTime> timeLine(QStringView line, const QTimeZone &zone);

    // A dateline at the start of `paragraph`.
    static std::optional<Match> prefix(QStringView paragraph);
};

} // namespace PortalDesk
