#include "core/text/quotemarks.h"

#include "core/text/charscript.h"

#include <algorithm>

namespace PortalDesk {

namespace {

enum class Kind { Double, Single, Straight };

struct Open
{
    qsizetype position;
    Kind kind;
};

bool hasCjkLetter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = CharScript::codePointAt(text, i);
        if (CharScript::isCjkLetter(c))
            return true;
        if (c > 0xFFFF)
            ++i;
    }
    return false;
}

bool isCorner(QChar c)
{
    return c == u'「' || c == u'」' || c == u'『' || c == u'』';
}

QChar wanted(Kind kind, bool opening, Language edition)
{
    const bool hk = edition == Language::ZhHantHK;
    if (kind == Kind::Single)
        return hk ? (opening ? u'『' : u'』') : (opening ? u'‘' : u'’');
    return hk ? (opening ? u'「' : u'」') : (opening ? u'“' : u'”');
}

class Scanner
{
public:
    Scanner(QStringView text, Language edition, QList<QuoteMarks::Change> &out)
        : m_text(text)
        , m_edition(edition)
        , m_out(out)
    { }

    void pair(const Open &open, qsizetype close)
    {
        const bool chinese = isCorner(m_text[open.position]) || isCorner(m_text[close])
            || hasCjkLetter(m_text.sliced(open.position + 1, close - open.position - 1));
        if (!chinese)
            return;
        const Kind kind = open.kind == Kind::Straight ? Kind::Double : open.kind;
        mark(open.position, wanted(kind, true, m_edition));
        mark(close, wanted(kind, false, m_edition));
    }

    // A mark left without its partner: changed only when it sits against Chinese text.
    void single(qsizetype position, Kind kind, bool opening)
    {
        const QChar c = m_text[position];
        const char32_t neighbour = opening ? CharScript::codePointAfter(m_text, position + 1)
                                           : CharScript::codePointBefore(m_text, position);
        if (kind == Kind::Straight || !(isCorner(c) || CharScript::isCjkLetter(neighbour)))
            return;
        mark(position, wanted(kind, opening, m_edition));
    }

    void mark(qsizetype position, QChar replacement)
    {
        if (m_text[position] != replacement)
            m_out.append({ position, replacement });
    }

private:
    QStringView m_text;
    Language m_edition;
    QList<QuoteMarks::Change> &m_out;
};

} // namespace

QList<QuoteMarks::Change> QuoteMarks::changes(
    QStringView text, Language edition, const QList<TextRange> &verbatim, bool straight)
{
    QList<Change> out;
    if (edition == Language::En)
        return out;
    Scanner scanner(text, edition, out);
    Verbatim::Cursor inVerbatim(verbatim);
    QList<Open> stack;
    auto closeKind = [&](Kind kind, qsizetype position) {
        for (qsizetype s = stack.size() - 1; s >= 0; --s) {
            if (stack[s].kind == kind) {
                scanner.pair(stack[s], position);
                stack.remove(s, stack.size() - s);
                return;
            }
        }
        scanner.single(position, kind, false);
    };
    auto flush = [&] {
        for (const Open &open : std::as_const(stack))
            scanner.single(open.position, open.kind, true);
        stack.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x2018 && c != u'"' && c != u'\n')
            continue;
        if (c == u'\n') {
            flush();
            continue;
        }
        if (inVerbatim.contains(i))
            continue;
        switch (c) {
        case u'「':
        case u'“':
            stack.append({ i, Kind::Double });
            break;
        case u'『':
        case u'‘':
            stack.append({ i, Kind::Single });
            break;
        case u'」':
        case u'”':
            closeKind(Kind::Double, i);
            break;
        case u'』':
            closeKind(Kind::Single, i);
            break;
        case u'’':
            // An apostrophe (China’s) sits between letters.
            if (CharScript::isLatinLetter(CharScript::codePointBefore(text, i))
                && CharScript::isLatinLetter(CharScript::codePointAfter(text, i + 1)))
                break;
            closeKind(Kind::Single, i);
            break;
        case u'"':
            if (!straight)
                break;
            if (!stack.isEmpty() && stack.last().kind == Kind::Straight)
                closeKind(Kind::Straight, i);
            else
                stack.append({ i, Kind::Straight });
            break;
        default:
            break;
        }
    }
    flush();
    std::sort(
        out.begin(), out.end(), [](const Change &a, const Change &b) { return a.position < b.position; });
    return out;
}

QString QuoteMarks::apply(QStringView text, const QList<Change> &changes)
{
    QString result = text.toString();
    for (const Change &change : changes)
        result[change.position] = change.replacement;
    return result;
}

} // namespace PortalDesk
