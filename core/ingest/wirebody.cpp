#include "core/ingest/wirebody.h"

#include "core/ingest/wirechrome.h"
#include "core/ingest/wiremarkdown.h"
#include "core/ingest/wireprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Ingest", text);
}

// A headline longer than this is a paragraph that lost its line breaks.
constexpr qsizetype HeadlineLimit = 200;
// A sub-heading is a short line; a longer one is a sentence, whatever precedes it.
constexpr qsizetype HeadingLimit = 120;
constexpr qsizetype NumberedHeadingLimit = 60;
// A line between the headline and the dateline longer than this is story text, not a sub-headline.
constexpr qsizetype StandfirstLimit = 400;

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

// "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press": the names.
std::optional<QString> bylineLine(QStringView line)
{
    static const QRegularExpression by(QStringLiteral(
        R"(^(?:By|BY)\s+(?<names>[A-Z][^.!?。，:：|]{1,60}?))"
        R"((?:\s*[,，|]\s*(?:Reuters|REUTERS|Associated Press|AP|AFP|Xinhua|Bloomberg)\.?)?$)"));
    if (line.size() > 90)
        return std::nullopt;
    const QRegularExpressionMatch match = by.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    QString names = match.captured(u"names").trimmed();
    // "MARY WONG and PETER KWOK" → "Mary Wong and Peter Kwok".
    if (const QString capitals = QString(names).remove(QStringLiteral(" and "));
        capitals == capitals.toUpper()) {
        QStringList words = names.toLower().split(u' ', Qt::SkipEmptyParts);
        for (QString &word : words) {
            if (word != u"and")
                word[0] = word.at(0).toUpper();
        }
        names = words.join(u' ');
    }
    return names;
}

const QRegularExpression &numberedPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:\d{1,2}(?:\.\d{1,2})*[.)、．]\s*|[（(][一二三四五六七八九十]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}[、．.]\s*)"
        R"(|(?:Part|PART|Section|SECTION)\s+(?:[IVX]{1,4}|\d{1,2})\b[.:：]?\s*|[IVX]{1,4}[.)]\s+)(?=\S))"));
    return pattern;
}

// "1. Background" or "二、市場概況" standing alone between blank lines, with a paragraph (not
// the next item of a list written with blank lines) after it.
bool isNumberedHeading(const QList<QString> &lines, qsizetype i, qsizetype end)
{
    const QString &line = lines.at(i);
    if (line.size() > NumberedHeadingLimit || !numberedPattern().match(line).hasMatch())
        return false;
    if (QStringView(u".。;；:：,，!！?？").contains(line.back()))
        return false;
    if ((i > 0 && !lines.at(i - 1).isEmpty()) || (i + 1 < lines.size() && !lines.at(i + 1).isEmpty()))
        return false;
    const qsizetype next = WireBody::nextFilled(lines, i + 1);
    return next < end && !numberedPattern().match(lines.at(next)).hasMatch();
}

bool isNoteHead(QStringView line)
{
    return WireProfiles::isBoilerplateHead(line) || WireProfiles::isContactHead(line);
}

struct Reader
{
    const WireLines &copy;
    const WireBody::Layout &layout;
    WireDraft &draft;
    WireMarkdown body;
    WireMarkdown notes;
    bool inNotes = false;
    qsizetype storyEnd = 0;
    qsizetype lastStoryLine = -1;

    const QList<QString> &lines() const { return copy.lines; }
    qsizetype readHeadline();
    void findStoryEnd(qsizetype from);
    bool readFurniture(qsizetype &i);
    void readStoryLine(qsizetype &i);
};

qsizetype Reader::readHeadline()
{
    // The headline: the first line after the header, unless the copy starts at the dateline.
    qsizetype i = layout.bodyStart;
    if (i < lines().size() && i != layout.datelineLine) {
        draft.headline = shortHeadline(lines().at(i));
        if (lines().at(i).size() > HeadlineLimit) {
            draft.warnings.append(
                tr("the headline was too long; it was shortened and the whole line kept in the body"));
        } else {
            ++i;
            // A Government press release underlines its title with *****.
            if (i < lines().size() && WireLines::isUnderline(lines().at(i)))
                ++i;
        }
    }
    return i;
}

void Reader::findStoryEnd(qsizetype from)
{
    storyEnd = lines().size();
    if (layout.trailer.start >= 0)
        storyEnd = layout.trailer.start;
    if (layout.creditLine >= 0)
        storyEnd = qMin(storyEnd, layout.creditLine);
    // Without a credit line, portal chrome can still trail the story: drop it from the end.
    if (layout.creditLine < 0) {
        while (storyEnd > from
            && (lines().at(storyEnd - 1).isEmpty() || WireChrome::isChrome(lines().at(storyEnd - 1))))
            --storyEnd;
    }
    lastStoryLine = storyEnd - 1;
    while (lastStoryLine >= from && lines().at(lastStoryLine).isEmpty())
        --lastStoryLine;
}

// Captions, the original link, the credit and the wire's notes, wherever they are.
bool Reader::readFurniture(qsizetype &i)
{
    const QString &line = lines().at(i);
    if (i == layout.creditLine) {
        draft.credit = line;
        return true;
    }
    if (WireChrome::isCaption(line)) {
        if (!draft.captions.contains(line))
            draft.captions.append(line);
        return true;
    }
    if (const std::optional<QString> link = WireChrome::originalLink(line)) {
        QString target = *link;
        if (target.isEmpty()) {
            const qsizetype next = WireBody::nextFilled(lines(), i + 1);
            if (next < lines().size() && WireChrome::isWebLink(lines().at(next))) {
                target = lines().at(next);
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
        return true;
    }
    if (layout.timeLines.contains(i)) { // read into the wire time already
        draft.droppedLines.append(line);
        return true;
    }
    if (layout.trailer.notes.contains(i)) {
        notes.addParagraph(line);
        return true;
    }
    return false;
}

void Reader::readStoryLine(qsizetype &i)
{
    const QString &line = lines().at(i);
    // Between the headline and the dateline: "By JANE DOE" and "Associated Press" lines. (A
    // headline too long to be one stays in the body whole.)
    if (i > layout.bodyStart && i < layout.datelineLine) {
        if (const std::optional<QString> names = bylineLine(line); names && draft.byline.isEmpty()) {
            draft.byline = *names;
            return;
        }
        if (line.size() <= 40 && WireProfiles::byAgency(line)) {
            if (draft.agency.isEmpty())
                draft.agency = line;
            else
                draft.droppedLines.append(line);
            return;
        }
        // A release's sub-headline, between its headline and the dateline that opens the story.
        if (line.size() <= StandfirstLimit && !WireChrome::isChrome(line)) {
            draft.standfirst += (draft.standfirst.isEmpty() ? QString() : QStringLiteral("\n")) + line;
            return;
        }
    }
    // "About X", "Media Contact:": the company's blocks, to the end of the story.
    if ((i == 0 || lines().at(i - 1).isEmpty()) && isNoteHead(line)) {
        inNotes = true;
        notes.endBlock();
        if (line.size() <= NumberedHeadingLimit && !line.contains(u':') && !line.contains(u'：'))
            notes.addHeading(line, 3);
        else
            notes.addParagraph(line);
        return;
    }
    if (inNotes) {
        notes.addLine(line);
        return;
    }
    // A setext heading; a rule with a run of dashes per column belongs to a table instead.
    if (i + 1 < storyEnd && line.size() <= HeadingLimit && !WireLines::isUnderline(line)
        && WireLines::isUnderline(lines().at(i + 1)) && !WireLines::isRuleRow(copy.aligned.at(i + 1))) {
        body.addHeading(line, 2);
        ++i;
        return;
    }
    if (isNumberedHeading(lines(), i, storyEnd)) {
        body.addHeading(line, 2);
        return;
    }
    // A table of figures lined up with spaces, and the header row above it.
    const QString &aligned = copy.aligned.at(i);
    if (WireLines::isRuleRow(aligned))
        return; // the table's rule: Markdown draws its own
    qsizetype below = i + 1;
    while (below < storyEnd && WireLines::isRuleRow(copy.aligned.at(below)))
        ++below;
    const bool headerRow = !WireLines::isFigureRow(aligned) && WireLines::hasCells(aligned)
        && below < storyEnd && WireLines::isFigureRow(copy.aligned.at(below));
    if (headerRow || WireLines::isFigureRow(aligned)) {
        QStringList cells;
        for (const QStringView cell : QStringView(aligned).split(u'\t', Qt::SkipEmptyParts))
            cells.append(cell.trimmed().toString());
        // One cell short of the figures below: the corner above the row labels is empty.
        if (headerRow
            && QStringView(copy.aligned.at(below)).split(u'\t', Qt::SkipEmptyParts).size()
                == cells.size() + 1)
            cells.prepend(QString());
        body.addRow(cells);
        return;
    }
    if (i == lastStoryLine) {
        QString text = line;
        if (WireTrailer::stripClosingMark(text)) {
            body.addLine(text);
            return;
        }
    }
    body.addLine(line);
}

} // namespace

qsizetype WireBody::nextFilled(const QList<QString> &lines, qsizetype from)
{
    while (from < lines.size() && lines.at(from).isEmpty())
        ++from;
    return from;
}

void WireBody::read(const WireLines &copy, const Layout &layout, WireDraft &draft)
{
    Reader reader { copy, layout, draft, {}, {}, false, 0, -1 };
    const QList<QString> &lines = copy.lines;
    qsizetype i = reader.readHeadline();
    reader.findStoryEnd(i);
    for (; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty()) {
            (reader.inNotes ? reader.notes : reader.body).endBlock();
            continue;
        }
        if (reader.readFurniture(i))
            continue;
        if (i == layout.datelineLine) {
            QString rest = line.sliced(qMin(layout.datelineLength, line.size())).trimmed();
            if (i == reader.lastStoryLine)
                WireTrailer::stripClosingMark(rest);
            if (!rest.isEmpty())
                reader.body.addParagraph(rest);
            continue;
        }
        // Past the story: end marks, the release's date and time, the portal page.
        if (i >= reader.storyEnd) {
            draft.droppedLines.append(line);
            continue;
        }
        reader.readStoryLine(i);
    }
    draft.body = reader.body.markdown();
    draft.notes = reader.notes.markdown();
    if (draft.headline.isEmpty()) {
        draft.headline = firstSentence(draft.body);
        draft.warnings.append(tr("no headline found; the first sentence stands in for it"));
    }
}

void WireBody::readUnknown(const WireLines &copy, WireDraft &draft)
{
    const QList<QString> &lines = copy.lines;
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

} // namespace PortalDesk
