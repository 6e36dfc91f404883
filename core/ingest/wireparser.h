#pragma once

// Wire copy as editors paste it (a PR Newswire / 美通社, GlobeNewswire, Business Wire, ACN
// Newswire release, a HKSAR Government press release, a Reuters, AP, 新華社 or 中新社 story,
// often as a scraper saw it on a portal page, with the portal's own menus and promos after
// the story) split into the parts of an article draft. Each service's shape is a profile
// (wireprofile.h) that this one parser applies. Parsing never fails and never loses copy:
// text it does not understand stays in the body; the company's boilerplate and contacts go
// to the notes; end marks and the portal chrome it drops are listed.

#include "core/content/language.h"
#include "core/error.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

namespace PortalDesk {

// "BEIJING, Nov. 11, 2024 /PRNewswire/ --" → { "BEIJING", 2024-11-11 }.
struct WireDateline
{
    QString place;
    QDate date; // invalid when the copy has no dateline

    bool operator==(const WireDateline &) const = default;
};

struct WireDraft
{
    Language language = Language::En; // detected from the headline and body
    QString headline;
    // The wire's time: its time line (in the portal's zone), the dateline's time of day, or the
    // release time a closing line gives ("Issued at HKT 11:05", in the service's zone). Invalid
    // when absent or a date alone (that date is then the dateline's when the copy has no
    // dateline, and a warning says so).
    QDateTime publishedAt;
    WireDateline dateline;
    QString agency; // the wire as the copy names it: "美通社", "PRNewswire", "GLOBE NEWSWIRE"
    QString service; // the profile that read it: "prnewswire", "hksar-gov", …; empty when none did
    QString source; // the agency as the article shows it: "PR Newswire" (en) or "美通社" (zh)
    QString standfirst; // the release's sub-headlines, between its headline and its dateline
    QString byline; // a reporter's credit: "李明" from "（記者李明）", "Jane Doe" from "By Jane Doe"
    QString body; // Markdown paragraphs, headings, lists and tables
    // What the release carries besides the story, kept for the editor and never published:
    // "About X" boilerplate, forward-looking statements, media contacts, "(Reporting by …)".
    QString notes; // Markdown
    QStringList captions; // photo captions, duplicates removed, not repeated in the body
    QString originalLink;
    QString credit; // "source: Xinhua Silk Road", as written
    QStringList droppedLines; // portal chrome and end marks ("NNNN", "Ends/…") that are not the story
    QStringList warnings; // for the editor: what the parser was unsure about
    bool recognised = false; // false: not wire copy; first line as headline, the rest as body

    bool operator==(const WireDraft &) const = default;
};

class WireParser
{
public:
    // `text` as the Normaliser leaves it (LF line endings); CR, tabs, non-breaking and
    // full-width spaces are tolerated anyway. `zone` is the portal's time zone.
    static WireDraft parse(QStringView text, const QTimeZone &zone);

    // Strict UTF-8 through the Normaliser, then parse(). Fails with Format naming the
    // byte offset of the first invalid sequence.
    static Result<WireDraft> parseUtf8(QByteArrayView bytes, const QTimeZone &zone);

    // "PR Newswire" for English, "美通社" for Chinese: the name of the agency's service in
    // the article's language; agencies no profile knows as written.
    static QString sourceName(const QString &agency, Language language);
};

} // namespace PortalDesk
