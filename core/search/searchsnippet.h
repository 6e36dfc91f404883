#pragma once

// Where a query matched in an article's own text, and a short excerpt around the
// best match. Offsets are UTF-16 positions in the original text (QString indices),
// found by folding the text the way the index did and mapping back, so 發展 is
// highlighted for 发展 and every highlight covers whole characters.

#include "core/search/searchquery.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PortalDesk {

struct Highlight
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const Highlight &, const Highlight &) = default;
};

struct Snippet
{
    QString text;
    QList<Highlight> highlights; // in `text`, in order, not overlapping
};

class SearchSnippet
{
public:
    // The ranges of `text` that the query's required parts matched.
    static QList<Highlight> matches(const QString &text, const ParsedQuery &query);

    // An excerpt of about `width` characters from the field matching the most parts
    // (the first such in `fields`), cut at word boundaries, "…" where text was left out.
    static Snippet make(const QStringList &fields, const ParsedQuery &query, qsizetype width = 120);
};

} // namespace PortalDesk
