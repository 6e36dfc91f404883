#pragma once

// A wire service's shape as data: how its copy names the service, how its dateline reads,
// which lines close a release (end marks, the release's date and time) and in which zone
// its times are given. The one wire parser applies these profiles; adding a service is
// adding a profile here and a fixture under tests/fixtures/wire/. Internal to the parser.

#include "core/content/language.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace PortalDesk {

// A line at the end of a release that is not story text.
struct WireMark
{
    enum class Role {
        End, // "NNNN", "完", "Ends", "###": left out of the body (listed with the dropped lines)
        Date, // "Ends/Thursday, March 6, 2025", "2025年3月6日（星期四）": the release's date, group `date`
        Time, // "Issued at HKT 11:05", "香港時間11時05分": the release's time, groups `time` and `tz`
        Note, // "(Reporting by …; Editing by …)": kept with the notes, out of the body
    };
    Role role = Role::End;
    QRegularExpression pattern; // matched against a whole cleaned line
};

struct WireProfile
{
    QString key; // "hksar-gov", "globenewswire", …
    QString nameEn; // the source as an English article shows it: "Business Wire"
    QString nameHant; // …as a zh-Hant-HK article does: "美國商業資訊"
    QString nameHans; // …and a zh-Hans one: "美国商业资讯"
    // How the copy itself names the service (agency line, dateline tag, 中新社-style opening),
    // compared without case and spaces.
    QStringList spellings;
    // Datelines at the start of a paragraph. Named groups: `place`, `date` (English or
    // Chinese, with or without the year), `time`, `tz`, `agency`, `byline`.
    QList<QRegularExpression> datelines;
    QList<WireMark> marks; // the lines that close a release
    // The place of a dateline when the service's copy has none (a Government press release
    // is from Hong Kong): English and Chinese.
    QString homePlaceEn;
    QString homePlaceZh;
    QTimeZone zone; // the zone of times the copy gives without one; invalid: the portal's

    QString name(Language language) const;
};

class WireProfiles
{
public:
    // Every service, the most specific datelines first.
    static const QList<WireProfile> &all();

    // Rules every copy shares whatever its service: "About X" and "Media contact" blocks,
    // "###" and "-30-" end marks, copyright lines.
    static const WireProfile &common();

    // The profile whose spellings include `agency` ("PRNewswire", "美通社", "GLOBE NEWSWIRE").
    static const WireProfile *byAgency(QStringView agency);

    // "About Harbourline Capital", "關於恒瑞", "Forward-Looking Statements": a block of the
    // company's boilerplate starts here.
    static bool isBoilerplateHead(QStringView line);
    // "Media Contact:", "Contacts", "傳媒查詢：": a block of contact details starts here.
    static bool isContactHead(QStringView line);
};

} // namespace PortalDesk
