#include "core/ingest/wiretrailer.h"

#include "core/ingest/wirechrome.h"
#include "core/ingest/wiredateline.h"

namespace PortalDesk {

namespace {

// Closing lines are short; a long line is story text whatever it starts with.
constexpr qsizetype MarkLimit = 160;

// （完） or (完) at the end of a paragraph that has text before it.
const QRegularExpression &closingMark()
{
    static const QRegularExpression mark(QStringLiteral(R"((?<=\S)\s*[（(]\s*完\s*[）)]\s*$)"));
    return mark;
}

std::optional<WireMark::Role> roleIn(
    const WireProfile &profile, QStringView line, QRegularExpressionMatch *found)
{
    for (const WireMark &mark : profile.marks) {
        QRegularExpressionMatch match = mark.pattern.match(line);
        if (match.hasMatch()) {
            if (found)
                *found = std::move(match);
            return mark.role;
        }
    }
    return std::nullopt;
}

std::optional<WireMark::Role> classifyMatch(
    QStringView line, const WireProfile *profile, const WireProfile **matched, QRegularExpressionMatch *found)
{
    if (line.isEmpty() || line.size() > MarkLimit)
        return std::nullopt;
    if (profile) {
        if (const std::optional<WireMark::Role> role = roleIn(*profile, line, found)) {
            if (matched)
                *matched = profile;
            return role;
        }
    } else {
        for (const WireProfile &candidate : WireProfiles::all()) {
            if (const std::optional<WireMark::Role> role = roleIn(candidate, line, found)) {
                if (matched)
                    *matched = &candidate;
                return role;
            }
        }
    }
    if (matched)
        *matched = nullptr;
    return roleIn(WireProfiles::common(), line, found);
}

} // namespace

std::optional<WireMark::Role> WireTrailer::classify(
    QStringView line, const WireProfile *profile, const WireProfile **matched)
{
    return classifyMatch(line, profile, matched, nullptr);
}

WireTrailer WireTrailer::find(const QList<QString> &lines, qsizetype after, const WireProfile *profile)
{
    WireTrailer trailer;
    trailer.profile = profile;
    QDate date;
    bool found = false;
    for (qsizetype i = lines.size() - 1; i > after; --i) {
        const QString &line = lines.at(i);
        if (line.isEmpty())
            continue;
        const WireProfile *matched = nullptr;
        QRegularExpressionMatch match;
        const std::optional<WireMark::Role> role = classifyMatch(line, trailer.profile, &matched, &match);
        // "……表示。（完）": the story's last paragraph carries the end mark; what follows is not story.
        if (!role && closingMark().match(line).hasMatch()) {
            trailer.start = i + 1;
            break;
        }
        if (!role) {
            // Portal chrome may follow the closing lines, and the credit may sit among them; story
            // text ends the search, and so does any other line once closing lines were found (the
            // closing lines are one run: a "© 2025" photo credit inside the story is no end).
            if (WireChrome::isProse(line)
                || (found && !WireChrome::isChrome(line) && !WireChrome::isCredit(line)))
                break;
            continue;
        }
        found = true;
        if (matched && !trailer.profile)
            trailer.profile = matched;
        // A note ("View source version on …") may come before the contacts: it does not end the story.
        if (*role != WireMark::Role::Note)
            trailer.start = i;
        switch (*role) {
        case WireMark::Role::Date:
            if (!date.isValid())
                date = WireDatelineParser::readDate(match.capturedView(u"date"), {});
            trailer.marks.prepend(i);
            break;
        case WireMark::Role::Time:
            if (!trailer.time.isValid()) {
                trailer.time = WireDatelineParser::readTime(match.capturedView(u"time"));
                trailer.zone = match.captured(u"tz");
            }
            trailer.marks.prepend(i);
            break;
        case WireMark::Role::Note:
            trailer.notes.prepend(i);
            break;
        case WireMark::Role::End:
            trailer.marks.prepend(i);
            break;
        }
    }
    trailer.date = date;
    return trailer;
}

bool WireTrailer::stripClosingMark(QString &paragraph)
{
    const QRegularExpressionMatch match = closingMark().match(paragraph);
    if (!match.hasMatch() || match.capturedStart(0) == 0)
        return false;
    paragraph.truncate(match.capturedStart(0));
    return true;
}

} // namespace PortalDesk
