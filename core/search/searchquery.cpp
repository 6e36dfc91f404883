#include "core/search/searchquery.h"

#include "core/search/searchtokens.h"
#include "core/text/segmenter.h"

namespace PortalDesk {

namespace {

struct RawClause
{
    QString text;
    bool excluded = false;
    bool quoted = false;
    bool star = false;
};

// Splits on white space outside quotes; an unbalanced quote runs to the end.
QList<RawClause> split(QStringView text)
{
    QList<RawClause> clauses;
    qsizetype i = 0;
    while (i < text.size() && clauses.size() < SearchQuery::maxClauses) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        RawClause clause;
        if (text[i] == u'-' && i + 1 < text.size() && !text[i + 1].isSpace()) {
            clause.excluded = true;
            ++i;
        }
        if (text[i] == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? text.size() : close;
            clause.text = text.sliced(i + 1, end - i - 1).toString();
            clause.quoted = true;
            i = close < 0 ? end : end + 1;
        } else {
            qsizetype end = i;
            while (end < text.size() && !text[end].isSpace())
                ++end;
            clause.text = text.sliced(i, end - i).toString();
            clause.star = clause.text.endsWith(u'*');
            i = end;
        }
        clauses.append(clause);
    }
    return clauses;
}

QueryClause understand(const RawClause &raw, bool prefixWords)
{
    const FoldedText folded = SearchTokens::fold(raw.text);
    const QList<SearchToken> tokens = SearchTokens::tokens(folded.text);
    QueryClause clause;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SearchToken &token = tokens.at(i);
        const bool startsPart = clause.parts.isEmpty() || i == 0 || token.cjk != tokens.at(i - 1).cjk
            || (token.cjk && token.start != tokens.at(i - 1).end);
        if (startsPart)
            clause.parts.append(QueryPart {});
        QueryPart &part = clause.parts.last();
        if (token.cjk) {
            part.cjk += token.text;
        } else {
            part.words.append(token.text);
            // Unquoted, "u.s." and "covid-19" are phrases too; as-you-type makes each word its own part.
            if (prefixWords && !raw.quoted)
                part.prefix = true;
            if (prefixWords && !raw.quoted && i + 1 < tokens.size() && !tokens.at(i + 1).cjk)
                clause.parts.append(QueryPart {});
        }
    }
    if (!clause.parts.isEmpty() && clause.parts.constLast().words.isEmpty()
        && !clause.parts.constLast().isCjk())
        clause.parts.removeLast();
    if (raw.star && !clause.parts.isEmpty() && !clause.parts.constLast().isCjk())
        clause.parts.last().prefix = true;
    return clause;
}

} // namespace

ParsedQuery SearchQuery::parse(QStringView text, bool prefixWords)
{
    ParsedQuery query;
    for (const RawClause &raw : split(text.first(std::min(text.size(), maxLength)))) {
        QueryClause clause = understand(raw, prefixWords);
        if (clause.parts.isEmpty())
            continue;
        (raw.excluded ? query.excluded : query.required).append(clause);
    }
    return query;
}

} // namespace PortalDesk
