#include "core/text/textmerge.h"

#include "core/text/sequencealign.h"

#include <QRegularExpression>
#include <algorithm>

namespace PortalDesk {

namespace {

// Above this many cells the longest-common-subsequence table is not built (bounded memory
// and time for a hostile body): the differing middle is then one replaced run.
constexpr qsizetype maxTableCells = 4'000'000;

// base[start, end) became `lines` on one side.
struct Hunk
{
    qsizetype start = 0;
    qsizetype end = 0;
    QStringList lines;
    bool mine = false;
};

// What changed from `base` to `other`, as runs of replaced paragraphs, in order.
QList<Hunk> hunks(const QStringList &base, const QStringList &other, bool mine)
{
    const QList<qsizetype> match = alignSequences(base, other, maxTableCells);
    QList<Hunk> found;
    Hunk open { -1, -1, {}, mine };
    // A run that replaced as many paragraphs as it holds was edited in place, paragraph by
    // paragraph: one hunk each, so that the other side's edit of a neighbour is no conflict.
    const auto close = [&] {
        if (open.start >= 0 && open.end - open.start == open.lines.size() && open.lines.size() > 1) {
            for (qsizetype k = 0; k < open.lines.size(); ++k)
                found.append(Hunk { open.start + k, open.start + k + 1, { open.lines.at(k) }, mine });
        } else if (open.start >= 0) {
            found.append(open);
        }
        open = Hunk { -1, -1, {}, mine };
    };
    qsizetype j = 0; // the next paragraph of `other` not yet placed
    for (qsizetype i = 0; i <= base.size(); ++i) {
        const qsizetype stays = i < base.size() ? match.at(i) : other.size();
        if (stays < 0) { // base[i] went
            if (open.start < 0)
                open.start = i;
            open.end = i + 1;
            continue;
        }
        if (j < stays) { // other[j, stays) came before it
            if (open.start < 0)
                open.start = open.end = i;
            open.lines += other.mid(j, stays - j);
        }
        close();
        j = stays + 1;
    }
    return found;
}

// Whether two hunks from different sides touch the same paragraphs: their runs overlap,
// or both add paragraphs at the same place (whose order nobody can guess).
bool overlap(const Hunk &a, const Hunk &b)
{
    if (a.start == a.end && b.start == b.end)
        return a.start == b.start;
    return a.start < b.end && b.start < a.end;
}

// base[start, end) with `changes` (all inside it, in order) applied.
QStringList applied(
    const QStringList &base, qsizetype start, qsizetype end, const QList<const Hunk *> &changes)
{
    QStringList out;
    qsizetype at = start;
    for (const Hunk *change : changes) {
        out += base.mid(at, change->start - at);
        out += change->lines;
        at = change->end;
    }
    out += base.mid(at, end - at);
    return out;
}

void settle(QList<TextMerge::Chunk> &chunks, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    if (chunks.isEmpty() || chunks.constLast().conflict)
        chunks.append(TextMerge::Chunk());
    chunks.last().settled += lines;
}

} // namespace

QStringList paragraphsOf(const QString &text)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n(?:[ \\t]*\\n)+"));
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList paragraphs = unified.split(blankLines);
    for (QString &paragraph : paragraphs) {
        while (paragraph.endsWith(u'\n'))
            paragraph.chop(1);
        while (paragraph.startsWith(u'\n'))
            paragraph.remove(0, 1);
    }
    paragraphs.removeAll(QString());
    return paragraphs;
}

qsizetype TextMerge::conflicts() const
{
    return std::count_if(chunks.cbegin(), chunks.cend(), [](const Chunk &chunk) { return chunk.conflict; });
}

std::optional<QString> TextMerge::text(const QList<Choice> &choices) const
{
    QStringList paragraphs;
    qsizetype conflict = 0;
    for (const Chunk &chunk : chunks) {
        if (!chunk.conflict) {
            paragraphs += chunk.settled;
            continue;
        }
        switch (choices.value(conflict++, Choice::Undecided)) {
        case Choice::Undecided:
            return std::nullopt;
        case Choice::Mine:
            paragraphs += chunk.mine;
            break;
        case Choice::Theirs:
            paragraphs += chunk.theirs;
            break;
        case Choice::Both:
            paragraphs += chunk.mine;
            paragraphs += chunk.theirs;
            break;
        }
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

TextMerge mergeParagraphs(const QString &base, const QString &mine, const QString &theirs)
{
    const QStringList original = paragraphsOf(base);
    QList<Hunk> all = hunks(original, paragraphsOf(mine), true);
    all += hunks(original, paragraphsOf(theirs), false);
    std::stable_sort(all.begin(), all.end(),
        [](const Hunk &a, const Hunk &b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });

    TextMerge merge;
    qsizetype at = 0;
    for (qsizetype first = 0; first < all.size();) {
        // A group: hunks that overlap one of the other side's hunks in it, however indirectly.
        QList<const Hunk *> group { &all.at(first) };
        qsizetype next = first + 1;
        for (bool grew = true; grew && next < all.size();) {
            grew = std::any_of(group.cbegin(), group.cend(), [&](const Hunk *member) {
                return member->mine != all.at(next).mine && overlap(*member, all.at(next));
            });
            if (grew)
                group.append(&all.at(next++));
        }
        first = next;
        qsizetype start = group.constFirst()->start;
        qsizetype end = start;
        QList<const Hunk *> mineChanges, theirChanges;
        for (const Hunk *change : std::as_const(group)) {
            start = std::min(start, change->start);
            end = std::max(end, change->end);
            (change->mine ? mineChanges : theirChanges).append(change);
        }
        settle(merge.chunks, original.mid(at, start - at));
        at = end;
        const QStringList mineRun = applied(original, start, end, mineChanges);
        const QStringList theirRun = applied(original, start, end, theirChanges);
        if (mineChanges.isEmpty() || theirChanges.isEmpty() || mineRun == theirRun) {
            settle(merge.chunks, mineChanges.isEmpty() ? theirRun : mineRun);
            continue;
        }
        TextMerge::Chunk conflict;
        conflict.conflict = true;
        conflict.base = original.mid(start, end - start);
        conflict.mine = mineRun;
        conflict.theirs = theirRun;
        merge.chunks.append(conflict);
    }
    settle(merge.chunks, original.mid(at));
    return merge;
}

} // namespace PortalDesk
