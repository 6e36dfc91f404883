#pragma once

// The wire's time line ("2024-11-11 20:47", or a date alone) and the dateline that opens
// a release, in whichever service's form (see wireprofile.h): "BEIJING, Nov. 11, 2024
// /PRNewswire/ --", "TOKYO--(BUSINESS WIRE)--Mar 4, 2025--", "HONG KONG (Reuters) -",
// "中新社香港3月6日電（記者李明）", "（美通社香港2025年6月18日電）". Internal to the wire parser.

#include "core/ingest/wireparser.h"

#include <optional>

namespace PortalDesk {

struct WireProfile;

class WireDatelineParser
{
public:
    struct Match
    {
        WireDateline dateline;
        QString agency; // the service as the dateline names it, e.g. "PRNewswire"; empty when absent
        QString byline; // "李明" from "（記者李明）"; empty when absent
        QTime time; // a time of day the dateline gives ("March 3, 2025 08:00 ET"); invalid when none
        QString zone; // its zone as written ("ET"); empty when none
        const WireProfile *profile = nullptr; // the service whose form matched
        qsizetype length = 0; // UTF-16 units of the prefix to remove from the paragraph
        bool yearMissing = false; // "6月18日電" with no wire date to take the year from
    };

    // A line holding only a date and a time of day, read in `zone`.
    static std::optional<QDateTime> timeLine(QStringView line, const QTimeZone &zone);

    // A line holding only a date: "2025-06-18", "2025年6月18日", "June 18, 2025", "18 June 2025".
    static std::optional<QDate> dateLine(QStringView line);

    // A dateline at the start of `paragraph`. `wireDate` (the time line's date, when the copy
    // has one) gives the year that a dateline such as 新華社香港6月18日電 leaves out.
    static std::optional<Match> prefix(QStringView paragraph, QDate wireDate = {});

    // A date as datelines and end marks write it: "Mar 4, 2025", "4 March", "2025年3月6日",
    // "3月6日". Without a year it takes `wireDate`'s; `yearMissing` says when there was none.
    static QDate readDate(QStringView text, QDate wireDate, bool *yearMissing = nullptr);

    // "11:05", "8:30 p.m.", "11時05分".
    static QTime readTime(QStringView text);

    // "HKT", "ET", "GMT" → the zone; `fallback` for anything else.
    static QTimeZone readZone(QStringView abbreviation, const QTimeZone &fallback);
};

} // namespace PortalDesk
