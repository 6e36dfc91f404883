#include "core/ingest/wireparser.h"

#include "core/ingest/wirebody.h"
#include "core/ingest/wirechrome.h"
#include "core/ingest/wiredateline.h"
#include "core/ingest/wirelanguage.h"
#include "core/ingest/wirelines.h"
#include "core/ingest/wireprofile.h"
#include "core/ingest/wiretrailer.h"
#include "core/text/normaliser.h"

#include <QCoreApplication>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Ingest", text);
}

// The agency and time lines come first; a dateline opens one of the first paragraphs.
constexpr int HeaderLines = 3;
constexpr int DatelineParagraphs = 5;

struct Parse
{
    const WireLines &copy;
    const QTimeZone &zone;
    WireDraft draft;
    WireBody::Layout layout;
    const WireProfile *profile = nullptr;
    QDate wireDate; // the time line's date, or the date-only line's
    std::optional<WireDatelineParser::Match> dateline;

    const QList<QString> &lines() const { return copy.lines; }
    void readHeader();
    void findDateline();
    void findTrailer();
    void findCredit();
    void finish();
};

void Parse::readHeader()
{
    qsizetype i = WireBody::nextFilled(lines(), 0);
    for (int n = 0; n < HeaderLines && i < lines().size(); ++n, i = WireBody::nextFilled(lines(), i + 1)) {
        const QString &line = lines().at(i);
        if (draft.agency.isEmpty() && line.size() <= 40) {
            if (const WireProfile *named = WireProfiles::byAgency(line)) {
                draft.agency = line;
                profile = named;
                continue;
            }
        }
        if (!draft.publishedAt.isValid() && !wireDate.isValid()) {
            if (const std::optional<QDateTime> moment = WireDatelineParser::timeLine(line, zone)) {
                draft.publishedAt = *moment;
                wireDate = moment->date();
                continue;
            }
            // A date without a time of day is no publish time: midnight would be a guess that
            // puts the story first or last of its day. The date stays, in the dateline.
            if (const std::optional<QDate> date = WireDatelineParser::dateLine(line)) {
                wireDate = *date;
                draft.warnings.append(tr("the copy is dated %1 but gives no time of day; the publish time "
                                         "was left empty")
                                          .arg(date->toString(Qt::ISODate)));
                continue;
            }
        }
        break;
    }
    layout.bodyStart = i;
}

void Parse::findDateline()
{
    qsizetype i = WireBody::nextFilled(lines(), layout.bodyStart);
    for (int n = 0; n <= DatelineParagraphs && i < lines().size();
         ++n, i = WireBody::nextFilled(lines(), i + 1)) {
        // A web page puts its time line under the headline ("March 6, 2025 11:23 AM GMT+8"); it
        // also gives the year a dateline below may leave out.
        if (i > layout.bodyStart) {
            if (const std::optional<QDateTime> moment = WireDatelineParser::timeLine(lines().at(i), zone)) {
                if (!draft.publishedAt.isValid() && !wireDate.isValid()) {
                    draft.publishedAt = *moment;
                    wireDate = moment->date();
                }
                layout.timeLines.append(i);
                continue;
            }
        }
        if (std::optional<WireDatelineParser::Match> match
            = WireDatelineParser::prefix(lines().at(i), wireDate)) {
            dateline = std::move(match);
            draft.dateline = dateline->dateline;
            if (draft.agency.isEmpty())
                draft.agency = dateline->agency;
            if (dateline->profile)
                profile = dateline->profile;
            draft.byline = dateline->byline;
            if (dateline->yearMissing)
                draft.warnings.append(
                    tr("the dateline gives a day but no year, and the copy has no date to take it from"));
            layout.datelineLine = i;
            layout.datelineLength = dateline->length;
            return;
        }
    }
    if (wireDate.isValid() && !draft.publishedAt.isValid())
        draft.dateline.date = wireDate;
}

void Parse::findTrailer()
{
    layout.trailer = WireTrailer::find(lines(), layout.bodyStart, profile);
    if (!profile)
        profile = layout.trailer.profile;
}

// The credit closes the story: the last credit-like line, unless story text follows it
// (then it was a label such as "Source: HKEX" under a table, and the copy has no credit).
void Parse::findCredit()
{
    for (qsizetype i = lines().size() - 1; i > layout.bodyStart; --i) {
        if (WireChrome::isProse(lines().at(i)))
            return;
        if (WireChrome::isCredit(lines().at(i))) {
            layout.creditLine = i;
            return;
        }
    }
}

// What the story's language decides: the source's name, a service's home place, and the
// release time its closing lines give.
void Parse::finish()
{
    const bool chinese = isChinese(draft.language);
    draft.service = profile ? profile->key : QString();
    draft.source
        = profile ? profile->name(draft.language) : WireParser::sourceName(draft.agency, draft.language);
    const QTimeZone serviceZone = profile && profile->zone.isValid() ? profile->zone : zone;
    const WireTrailer &trailer = layout.trailer;
    if (!dateline && profile && !profile->homePlaceEn.isEmpty()) {
        draft.dateline.place = chinese ? profile->homePlaceZh : profile->homePlaceEn;
        if (trailer.date.isValid())
            draft.dateline.date = trailer.date;
    }
    if (draft.publishedAt.isValid())
        return;
    const QDate day = draft.dateline.date.isValid() ? draft.dateline.date : trailer.date;
    QTime time;
    QTimeZone timeZone = serviceZone;
    if (dateline && dateline->time.isValid()) {
        time = dateline->time;
        timeZone = WireDatelineParser::readZone(dateline->zone, serviceZone);
    } else if (trailer.time.isValid()) {
        time = trailer.time;
        timeZone = WireDatelineParser::readZone(trailer.zone, serviceZone);
    }
    if (!time.isValid()) {
        if (trailer.date.isValid())
            draft.warnings.append(tr("the copy is dated %1 but gives no time of day; the publish time "
                                     "was left empty")
                                      .arg(trailer.date.toString(Qt::ISODate)));
        return;
    }
    if (!day.isValid()) {
        draft.warnings.append(
            tr("the copy gives a release time (%1) but no date; the publish time was left empty")
                .arg(time.toString(u"HH:mm")));
        return;
    }
    const QDateTime moment(day, time, timeZone);
    if (moment.isValid())
        draft.publishedAt = moment;
}

} // namespace

WireDraft WireParser::parse(QStringView text, const QTimeZone &zone)
{
    const WireLines copy = WireLines::split(text);
    Parse parse { copy, zone, {}, {}, nullptr, {}, std::nullopt };
    parse.readHeader();
    parse.findDateline();
    parse.findTrailer();
    WireDraft &draft = parse.draft;
    draft.recognised = !draft.agency.isEmpty() || parse.wireDate.isValid() || parse.layout.datelineLine >= 0
        || parse.profile;
    if (draft.recognised) {
        parse.findCredit();
        WireBody::read(copy, parse.layout, draft);
        const bool datelineExpected = !parse.profile || parse.profile->homePlaceEn.isEmpty();
        if (parse.layout.datelineLine < 0 && datelineExpected)
            draft.warnings.append(tr("no dateline (such as “BEIJING, Nov. 11, 2024 /PRNewswire/ --”) found"));
    } else {
        WireBody::readUnknown(copy, draft);
    }
    QString sample = draft.headline;
    sample += u'\n';
    sample += draft.captions.join(u'\n');
    sample += u'\n';
    sample += QStringView(draft.body).left(200'000);
    draft.language = WireLanguage::detect(sample);
    if (draft.recognised)
        parse.finish();
    else
        draft.source = sourceName(draft.agency, draft.language);
    return std::move(parse.draft);
}

Result<WireDraft> WireParser::parseUtf8(QByteArrayView bytes, const QTimeZone &zone)
{
    const Result<NormalisedText> text = Normaliser::fromUtf8(bytes);
    if (!text)
        return std::unexpected(text.error());
    return parse(text->text, zone);
}

QString WireParser::sourceName(const QString &agency, Language language)
{
    if (const WireProfile *profile = WireProfiles::byAgency(agency))
        return profile->name(language);
    return agency;
}

} // namespace PortalDesk
