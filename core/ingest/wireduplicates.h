#pragma once

// Wire copy that is already in the portal (issue 15): the same story pasted twice, or
// sent again by the wire with a few corrections. A piece of copy matches an article when
// its original link leads to the same page (OriginalLink::key), or when their texts are
// near-duplicates: at least SameTextThreshold of their shingles shared
// (StoryFingerprint, over headline, standfirst and body, in either Chinese script).
//
// The threshold: a story pasted again with corrections, a changed headline, a caption and a
// paragraph cut still shares about 70 % of its shingles with the first paste (95 % for a
// comma and a reworded sentence); two different stories of one wire on one day, with the
// same dateline, trailer and template sentences, share 3 to 22 % (the most: two LegCo
// replies, whose set question-and-answer wording is a large part of a short release).
// tests/core/ingest/wireduplicates_test.cpp measures both on the wire fixtures. Half the
// text shared lies between the two with room on either side.

#include "core/content/article.h"
#include "core/ingest/wireparser.h"
#include "core/store/database.h"

#include <optional>

namespace PortalDesk {

struct WireDuplicate
{
    enum class Match { SameLink, SameText };

    Article existing;
    Match match = Match::SameText;
    double similarity = 0; // the share of the two texts' shingles they have in common, 0 to 1

    // "same original link" / "92 % the same text", in the interface's language.
    QString reason() const;
    int percent() const; // the similarity as a whole percentage, rounded down
};

class WireDuplicates
{
public:
    static constexpr double SameTextThreshold = 0.5;

    // The article `draft` (as WireImport::adapt made it, so in the script it would be
    // stored in) duplicates, if any: one with the same original link first, else the one
    // with the most alike text at or above the threshold.
    static Result<std::optional<WireDuplicate>> find(const DatabasePtr &database, const WireDraft &draft);
};

} // namespace PortalDesk
