#include "core/search/searchsnippet.h"

#include "core/search/searchtokens.h"
#include "core/text/charscript.h"
#include "core/text/segmenter.h"

#include <QSet>
#include <algorithm>
#include <optional>

namespace PortalDesk {

namespace {

struct Found
{
    qsizetype start = 0; // folded offsets
    qsizetype end = 0;
    int part = 0; // which required part
};

bool wordMatches(const QString &token, const QString &word, bool prefix)
{
    return prefix ? token.startsWith(word) : token == word;
}

// The words column holds every token in order, so a phrase is a run of consecutive tokens.
void findWords(const QList<SearchToken> &tokens, const QueryPart &part, int index, QList<Found> &found)
{
    const qsizetype n = part.words.size();
    for (qsizetype i = 0; i + n <= tokens.size(); ++i) {
        bool all = true;
        for (qsizetype k = 0; k < n && all; ++k)
            all = wordMatches(tokens.at(i + k).text, part.words.at(k), part.prefix && k == n - 1);
        if (all)
            found.append(Found { tokens.at(i).start, tokens.at(i + n - 1).end, index });
    }
}

bool isAsciiWordUnit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
}

// SearchTokens::tokens(), without ICU when every letter and digit is ASCII: ICU never
// breaks between two of those and tokens() cuts at everything else, so the tokens are
// just the runs of ASCII letters and digits (most of an English text, and what is left
// of a Chinese one by wordTokens).
QList<SearchToken> segmented(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 && (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()))
            return SearchTokens::tokens(text);
    }
    QList<SearchToken> tokens;
    for (qsizetype i = 0; i < text.size();) {
        if (!isAsciiWordUnit(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && isAsciiWordUnit(text.at(end)))
            ++end;
        tokens.append(SearchToken { text.sliced(i, end - i), i, end, false });
        i = end;
    }
    return tokens;
}

// The tokens a word part can match, without segmenting the CJK runs: ICU's dictionary
// segmentation of Chinese is most of the cost of tokens() and a word never matches its
// result. Each CJK run becomes spaces (ICU breaks a word at CJK letters anyway), and an
// empty token stands where it was, so a phrase still cannot match across it.
QList<SearchToken> wordTokens(const QString &folded)
{
    QString masked = folded;
    bool cjk = false;
    for (qsizetype i = 0; i < masked.size();) {
        const char32_t c = CharScript::codePointAt(masked, i);
        const qsizetype units = CharScript::unitsOf(c);
        if (CharScript::isCjkLetter(c)) {
            for (qsizetype k = 0; k < units; ++k)
                masked[i + k] = u' ';
            cjk = true;
        }
        i += units;
    }
    QList<SearchToken> tokens;
    qsizetype from = 0;
    for (const SearchToken &token : cjk ? segmented(masked) : segmented(folded)) {
        for (qsizetype i = from; i < token.start; ++i) {
            if (masked.at(i) != folded.at(i)) {
                tokens.append(SearchToken { {}, i, i, true });
                break;
            }
        }
        tokens.append(token);
        from = token.end;
    }
    return tokens;
}

void findCjk(const QString &folded, const QueryPart &part, int index, QList<Found> &found)
{
    for (qsizetype at = folded.indexOf(part.cjk); at >= 0;
         at = folded.indexOf(part.cjk, at + part.cjk.size()))
        found.append(Found { at, at + part.cjk.size(), index });
}

struct FieldMatches
{
    QList<Highlight> highlights;
    int parts = 0; // distinct parts found
};

int partCount(const ParsedQuery &query)
{
    int count = 0;
    for (const QueryClause &clause : query.required)
        count += int(clause.parts.size());
    return count;
}

FieldMatches matchField(const QString &text, const ParsedQuery &query)
{
    const FoldedText folded = SearchTokens::fold(text);
    // Segmenting is the slow half; CJK parts match on the folded text alone.
    std::optional<QList<SearchToken>> tokens;
    QList<Found> found;
    int index = 0;
    for (const QueryClause &clause : query.required) {
        for (const QueryPart &part : clause.parts) {
            if (part.isCjk()) {
                findCjk(folded.text, part, index, found);
            } else if (!part.words.isEmpty() && folded.text.contains(part.words.constFirst())) {
                if (!tokens)
                    tokens = wordTokens(folded.text);
                findWords(*tokens, part, index, found);
            }
            ++index;
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.start < b.start; });
    FieldMatches result;
    QSet<int> parts;
    for (const Found &f : std::as_const(found)) {
        parts.insert(f.part);
        const qsizetype start = folded.origin.at(f.start);
        const qsizetype end = folded.origin.at(f.end);
        if (end <= start)
            continue;
        if (!result.highlights.isEmpty()) {
            Highlight &last = result.highlights.last();
            if (start <= last.start + last.length) {
                last.length = std::max(last.start + last.length, end) - last.start;
                continue;
            }
        }
        result.highlights.append(Highlight { start, end - start });
    }
    result.parts = int(parts.size());
    return result;
}

} // namespace

QList<Highlight> SearchSnippet::matches(const QString &text, const ParsedQuery &query)
{
    return matchField(text, query).highlights;
}

Snippet SearchSnippet::make(const QStringList &fields, const ParsedQuery &query, qsizetype width)
{
    const int parts = partCount(query);
    qsizetype best = -1;
    FieldMatches bestMatches;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).trimmed().isEmpty())
            continue;
        FieldMatches matches = matchField(fields.at(i), query);
        if (best < 0 || matches.parts > bestMatches.parts) {
            best = i;
            bestMatches = std::move(matches);
        }
        if (bestMatches.parts == parts)
            break; // no later field can do better
    }
    if (best < 0)
        return {};

    const QString &field = fields.at(best);
    qsizetype start = 0;
    if (!bestMatches.highlights.isEmpty()) {
        const qsizetype first = bestMatches.highlights.constFirst().start;
        start = Segmenter::boundaryBefore(field, std::max<qsizetype>(0, first - width / 3));
        // Start at the beginning of the line the match is on when that is close.
        const qsizetype lineStart = field.lastIndexOf(u'\n', first) + 1;
        if (lineStart > start)
            start = lineStart;
    }
    qsizetype end = std::min(field.size(), start + width);
    if (end < field.size()) {
        const qsizetype boundary = Segmenter::boundaryBefore(field, end);
        if (boundary > start)
            end = boundary;
    }
    // Leading and trailing white space is never worth showing.
    while (start < end && field.at(start).isSpace())
        ++start;
    while (end > start && field.at(end - 1).isSpace())
        --end;

    Snippet snippet;
    const bool cutBefore = start > 0;
    if (cutBefore)
        snippet.text = QStringLiteral("…");
    QString excerpt = field.mid(start, end - start);
    for (QChar &c : excerpt) {
        if (c == u'\n' || c == u'\t' || c == u'\r')
            c = u' ';
    }
    snippet.text += excerpt;
    if (end < field.size())
        snippet.text += QStringLiteral("…");
    const qsizetype shift = (cutBefore ? 1 : 0) - start;
    for (const Highlight &h : std::as_const(bestMatches.highlights)) {
        if (h.start >= start && h.start + h.length <= end)
            snippet.highlights.append(Highlight { h.start + shift, h.length });
    }
    return snippet;
}

} // namespace PortalDesk
