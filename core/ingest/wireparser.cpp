#include "core/ingest/wireparser.h"

#include "core/ingest/wirechrome.h"
#include "core/ingest/wiredateline.h"
#include "core/ingest/wirelanguage.h"
#include "core/ingest/wiremarkdown.h"
#include "core/text/normaliser.h"

#include <QCoreApplication>
#include <QList>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Ingest", text);
}

// A headline longer than this is a paragraph that lost its line breaks.
constexpr qsizetype HeadlineLimit = 200;
// The agency and time lines come first; a dateline opens one of the first paragraphs.
constexpr int HeaderLines = 3;
constexpr int DatelineParagraphs = 3;

bool isSpace(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'\r':
    case 0x00A0: // no-break space
    case 0x2007: // figure space
    case 0x202F: // narrow no-break space
    case 0x3000: // ideographic space
    case 0xFEFF: // zero width no-break space
    case 0x200B: // zero width space
        return true;
    default:
        return false;
    }
}

// One line of copy with the invisible differences removed: no-break, figure and
// ideographic spaces become plain spaces (one where there were several), zero-width
// ones go, the ends are trimmed.
// Tabs inside the line stay: they separate table cells.
QString cleanLine(QStringView raw)
{
    qsizetype start = 0, end = raw.size();
    while (start < end && isSpace(raw[start]))
        ++start;
    while (end > start && isSpace(raw[end - 1]))
        --end;
    QString line;
    line.reserve(end - start);
    for (qsizetype i = start; i < end; ++i) {
        const char16_t c = raw[i].unicode();
        if (c == 0x200B || c == 0xFEFF || c == u'\r')
            continue;
        const QChar out = (c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x3000) ? QChar(u' ') : QChar(c);
        if (out == u' ' && line.endsWith(u' '))
            continue;
        line += out;
    }
    return line;
}

QList<QString> cleanLines(QStringView text)
{
    QList<QString> lines;
    lines.reserve(text.count(u'\n') + 1);
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        lines.append(cleanLine(text.sliced(start, end - start)));
        start = end + 1;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

qsizetype nextFilled(const QList<QString> &lines, qsizetype from)
{
    while (from < lines.size() && lines.at(from).isEmpty())
        ++from;
    return from;
}

// A first line too long for a headline: cut at a word or clause boundary, keep the rest in the body.
QString shortHeadline(const QString &line)
{
    if (line.size() <= HeadlineLimit)
        return line;
    qsizetype cut = HeadlineLimit;
    for (qsizetype i = HeadlineLimit; i > HeadlineLimit / 2; --i) {
        if (line.at(i) == u' ' || line.at(i) == u'，' || line.at(i) == u'。' || line.at(i) == u',') {
            cut = i;
            break;
        }
    }
    if (line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut).trimmed() + u'…';
}

// The first sentence of the first paragraph, as a stand-in headline.
QString firstSentence(const QString &body)
{
    const QString first = body.section(u'\n', 0, 0);
    qsizetype end = first.size();
    for (const QChar stop : { u'。', u'！', u'？', u'.', u'!', u'?' }) {
        const qsizetype at = first.indexOf(stop);
        if (at > 0 && at + 1 < end)
            end = at + 1;
    }
    return shortHeadline(first.left(end));
}

struct Parse
{
    const QList<QString> &lines;
    const QTimeZone &zone;
    WireDraft draft;
    qsizetype bodyStart = 0;
    qsizetype datelineLine = -1;
    qsizetype creditLine = -1;
    QDate wireDate; // the time line's date, or the date-only line's

    void readHeader();
    void findDateline();
    void findCredit();
    void readBody();
    void readUnknown();
};

void Parse::readHeader()
{
    qsizetype i = nextFilled(lines, 0);
    for (int n = 0; n < HeaderLines && i < lines.size(); ++n, i = nextFilled(lines, i + 1)) {
        const QString &line = lines.at(i);
        if (draft.agency.isEmpty()) {
            if (const QString agency = WireChrome::agencyLine(line); !agency.isEmpty()) {
                draft.agency = agency;
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
    bodyStart = i;
}

void Parse::findDateline()
{
    qsizetype i = nextFilled(lines, bodyStart);
    for (int n = 0; n <= DatelineParagraphs && i < lines.size(); ++n, i = nextFilled(lines, i + 1)) {
        if (const std::optional<WireDatelineParser::Match> match
            = WireDatelineParser::prefix(lines.at(i), wireDate)) {
            draft.dateline = match->dateline;
            if (!match->agency.isEmpty())
                draft.agency = draft.agency.isEmpty() ? match->agency : draft.agency;
            if (match->yearMissing)
                draft.warnings.append(
                    tr("the dateline gives a day but no year, and the copy has no date to take it from"));
            datelineLine = i;
            return;
        }
    }
    if (wireDate.isValid() && !draft.publishedAt.isValid())
        draft.dateline.date = wireDate;
}

// The credit closes the story: the last credit-like line, unless story text follows it
// (then it was a label such as "Source: HKEX" under a table, and the copy has no credit).
void Parse::findCredit()
{
    for (qsizetype i = lines.size() - 1; i > bodyStart; --i) {
        if (WireChrome::isProse(lines.at(i)))
            return;
        if (WireChrome::isCredit(lines.at(i))) {
            creditLine = i;
            return;
        }
    }
}

void Parse::readBody()
{
    // The headline: the first line after the header, unless the copy starts at the dateline.
    qsizetype i = bodyStart;
    if (i < lines.size() && i != datelineLine) {
        draft.headline = shortHeadline(lines.at(i));
        if (lines.at(i).size() > HeadlineLimit)
            draft.warnings.append(
                tr("the headline was too long; it was shortened and the whole line kept in the body"));
        else
            ++i;
    }

    // Without a credit line, portal chrome can still trail the story: drop it from the end.
    qsizetype end = lines.size();
    if (creditLine < 0) {
        while (end > i && (lines.at(end - 1).isEmpty() || WireChrome::isChrome(lines.at(end - 1))))
            --end;
    }

    WireMarkdown body;
    for (; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty()) {
            body.endBlock();
            continue;
        }
        if (i == creditLine) {
            draft.credit = line;
            continue;
        }
        if (i == datelineLine) {
            const std::optional<WireDatelineParser::Match> match = WireDatelineParser::prefix(line, wireDate);
            const QString rest = line.sliced(match ? match->length : 0).trimmed();
            if (!rest.isEmpty())
                body.addParagraph(rest);
            continue;
        }
        if (WireChrome::isCaption(line)) {
            if (!draft.captions.contains(line))
                draft.captions.append(line);
            continue;
        }
        if (const std::optional<QString> link = WireChrome::originalLink(line)) {
            QString target = *link;
            if (target.isEmpty()) {
                const qsizetype next = nextFilled(lines, i + 1);
                if (next < lines.size() && WireChrome::isWebLink(lines.at(next))) {
                    target = lines.at(next);
                    i = next;
                }
            }
            if (!WireChrome::isWebLink(target)) {
                body.addParagraph(line);
                draft.warnings.append(
                    tr("the original link “%1” is not a web address; kept in the body").arg(target));
            } else if (!draft.originalLink.isEmpty() && draft.originalLink != target) {
                body.addParagraph(line);
                draft.warnings.append(tr("a second original link was kept in the body"));
            } else {
                draft.originalLink = target;
            }
            continue;
        }
        // Past the credit, or in the chrome trailing a story without one: the portal page.
        if (i >= end || (creditLine >= 0 && i > creditLine)) {
            draft.droppedLines.append(line);
            continue;
        }
        body.addLine(line);
    }
    draft.body = body.markdown();
    if (draft.headline.isEmpty()) {
        draft.headline = firstSentence(draft.body);
        draft.warnings.append(tr("no headline found; the first sentence stands in for it"));
    }
}

// Not wire copy: the first line is the headline and every line stays in the body.
void Parse::readUnknown()
{
    const qsizetype first = nextFilled(lines, 0);
    WireMarkdown body;
    if (first < lines.size()) {
        draft.headline = shortHeadline(lines.at(first));
        if (lines.at(first).size() > HeadlineLimit) {
            body.addParagraph(lines.at(first));
            draft.warnings.append(
                tr("the headline was too long; it was shortened and the whole line kept in the body"));
        }
    }
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            body.endBlock();
        else
            body.addParagraph(lines.at(i));
    }
    draft.body = body.markdown();
    draft.warnings.append(first < lines.size() ? tr("this does not look like wire copy: the first line "
                                                    "became the headline and everything else the body")
                                               : tr("the copy is empty"));
}

} // namespace

WireDraft WireParser::parse(QStringView text, const QTimeZone &zone)
{
    const QList<QString> lines = cleanLines(text);
    Parse parse { lines, zone, {}, 0, -1, -1, {} };
    parse.readHeader();
    parse.findDateline();
    WireDraft &draft = parse.draft;
    draft.recognised = !draft.agency.isEmpty() || parse.wireDate.isValid() || parse.datelineLine >= 0;
    if (draft.recognised) {
        parse.findCredit();
        parse.readBody();
        if (parse.datelineLine < 0)
            draft.warnings.append(tr("no dateline (such as “BEIJING, Nov. 11, 2024 /PRNewswire/ --”) found"));
    } else {
        parse.readUnknown();
    }
    QString sample = draft.headline;
    sample += u'\n';
    sample += draft.captions.join(u'\n');
    sample += u'\n';
    sample += QStringView(draft.body).left(200'000);
    draft.language = WireLanguage::detect(sample);
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
    const QString key = agency.toLower().remove(u' ');
    const bool chinese = isChinese(language);
    if (key.startsWith(u"prnewswire") || key == u"美通社")
        return chinese ? QStringLiteral("美通社") : QStringLiteral("PR Newswire");
    if (key == u"businesswire" || key == u"美國商業資訊" || key == u"美国商业资讯") {
        if (!chinese)
            return QStringLiteral("Business Wire");
        return language == Language::ZhHans ? QStringLiteral("美国商业资讯") : QStringLiteral("美國商業資訊");
    }
    return agency;
}

} // namespace PortalDesk
