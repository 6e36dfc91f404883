#pragma once

// The lines that close a release after its story: end marks ("NNNN", "完", "Ends", "###"),
// the release's own date and time ("Ends/Thursday, March 6, 2025" + "Issued at HKT 11:05",
// "2025年3月6日（星期四）" + "香港時間11時05分") and wire notes ("(Reporting by …)"), as the
// services' profiles describe them. Internal to the wire parser.

#include "core/ingest/wireprofile.h"

#include <QDate>
#include <QList>
#include <QTime>
#include <optional>

namespace PortalDesk {

struct WireTrailer
{
    qsizetype start = -1; // the first closing line; -1 when the copy has none
    QList<qsizetype> marks; // every closing line (end marks, date, time) after the story
    QList<qsizetype> notes; // closing lines kept as notes ("(Reporting by …)")
    QDate date; // the release's date, when a closing line gives it
    QTime time; // …and its time of day
    QString zone; // the time's zone as written ("HKT"); empty when none
    const WireProfile *profile = nullptr; // the service whose closing lines these are

    // Reads the closing lines from the end of `lines` back to the last line of story text,
    // not looking at or before `after` (the headline). With `profile` known only its
    // rules and the common ones apply; without, the first service whose rules match
    // becomes the trailer's profile.
    static WireTrailer find(const QList<QString> &lines, qsizetype after, const WireProfile *profile);

    // The role of `line` as a closing line, under `profile` (or any service when null).
    static std::optional<WireMark::Role> classify(
        QStringView line, const WireProfile *profile, const WireProfile **matched = nullptr);

    // Removes a closing （完） / (完) that ends the story's last paragraph; true when it did.
    static bool stripClosingMark(QString &paragraph);
};

} // namespace PortalDesk
