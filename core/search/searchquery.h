#pragma once

// What a person typed into a search box, understood: terms AND-ed together,
// "phrases in quotes", -exclusions and English prefixes (econom*). Everything else,
// FTS syntax included (^, :, NEAR, AND, brackets), is just text to look for.
// Terms pass through the same pipeline as the index (see SearchTokens).

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace PortalDesk {

// One thing the text must contain: a sequence of non-CJK words (a phrase; the last
// one may be a prefix), or a run of CJK characters (found as a substring).
struct QueryPart
{
    QStringList words; // folded tokens, for non-CJK parts
    bool prefix = false; // the last word is a prefix
    QString cjk; // folded CJK run, for CJK parts

    bool isCjk() const { return !cjk.isEmpty(); }
};

// A term or a quoted phrase: all of its parts must match.
struct QueryClause
{
    QList<QueryPart> parts;
};

struct ParsedQuery
{
    QList<QueryClause> required;
    QList<QueryClause> excluded;

    bool isEmpty() const { return required.isEmpty(); } // nothing to look for
};

class SearchQuery
{
public:
    // Long pastes are cut: only the first maxClauses terms count.
    static constexpr int maxClauses = 32;
    static constexpr qsizetype maxLength = 2000;

    // `prefixWords`: every non-CJK word matches as a prefix, for search-as-you-type.
    static ParsedQuery parse(QStringView text, bool prefixWords = false);
};

} // namespace PortalDesk
