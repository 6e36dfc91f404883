#pragma once

// Reads a release's lines into the draft once the parser knows where its parts are: the
// headline, a byline, the story as Markdown (paragraphs, setext and numbered sub-headings,
// lists, tables of figures), the boilerplate and contact blocks as notes, captions, the
// original link, the credit, and what follows the story (end marks, portal chrome) as
// dropped lines. Internal to the wire parser.

#include "core/ingest/wirelines.h"
#include "core/ingest/wireparser.h"
#include "core/ingest/wiretrailer.h"

namespace PortalDesk {

class WireBody
{
public:
    // Where the parser found the parts of the copy; -1 when absent.
    struct Layout
    {
        qsizetype bodyStart = 0; // the first line after the agency and time lines
        qsizetype datelineLine = -1;
        qsizetype datelineLength = 0; // of the dateline prefix on that line
        qsizetype creditLine = -1;
        QList<qsizetype> timeLines; // a web page's time line between the headline and the dateline
        WireTrailer trailer;
    };

    // Wire copy: everything from `layout.bodyStart` into `draft`.
    static void read(const WireLines &copy, const Layout &layout, WireDraft &draft);

    // Not wire copy: the first line is the headline and every line stays in the body.
    static void readUnknown(const WireLines &copy, WireDraft &draft);

    static qsizetype nextFilled(const QList<QString> &lines, qsizetype from);
};

} // namespace PortalDesk
