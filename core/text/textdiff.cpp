#include "core/text/textdiff.h"

#include "core/text/charscript.h"
#include "core/text/sequencealign.h"

#include <QStringList>

namespace PortalDesk {

namespace {

// Above this many cells the comparison table is not built: bounded memory and time.
constexpr qsizetype maxTableCells = 16'000'000;

bool isWordCharacter(char32_t c)
{
    return !CharScript::isCjk(c)
        && (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing);
}

// Words of Latin letters and digits stay whole; everything else is a token of its own
// (a Chinese character, a punctuation mark, a space).
QStringList tokens(const QString &text)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        const char32_t first = QStringView(text).sliced(i).toUcs4().constFirst();
        i += QChar::requiresSurrogates(first) ? 2 : 1;
        if (isWordCharacter(first)) {
            while (i < text.size()) {
                const char32_t next = QStringView(text)
                                          .sliced(i, std::min<qsizetype>(2, text.size() - i))
                                          .toUcs4()
                                          .constFirst();
                if (!isWordCharacter(next))
                    break;
                i += QChar::requiresSurrogates(next) ? 2 : 1;
            }
        }
        out.append(text.sliced(start, i - start));
    }
    return out;
}

void add(QList<DiffSpan> &spans, DiffSpan::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!spans.isEmpty() && spans.last().kind == kind)
        spans.last().text += text;
    else
        spans.append({ kind, text });
}

} // namespace

QList<DiffSpan> diffText(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    const QList<qsizetype> match = alignSequences(a, b, maxTableCells);
    QList<DiffSpan> spans;
    // Removals of a changed run first, then its additions, so it reads as a replacement.
    QString removed;
    QString added;
    qsizetype j = 0; // the next token of `after` not yet placed
    for (qsizetype i = 0; i <= a.size(); ++i) {
        const qsizetype stays = i < a.size() ? match.at(i) : b.size();
        if (stays < 0) {
            removed += a.at(i);
            continue;
        }
        for (; j < stays; ++j)
            added += b.at(j);
        add(spans, DiffSpan::Kind::Removed, removed);
        add(spans, DiffSpan::Kind::Added, added);
        removed.clear();
        added.clear();
        if (i < a.size())
            add(spans, DiffSpan::Kind::Same, a.at(i));
        j = stays + 1;
    }
    return spans;
}

} // namespace PortalDesk
