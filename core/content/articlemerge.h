#pragma once

// Three-way merge of an article that two people saved from the same version: a field
// only one of them changed takes that change without asking; the body merges paragraph
// by paragraph; only what both changed differently is left for a person to decide,
// with the version they started from beside it. Nothing is chosen for them.

#include "core/content/articlefields.h"
#include "core/text/textmerge.h"

#include <QMap>

namespace PortalDesk {

struct ArticleMerge
{
    enum class Side { Mine, Theirs };
    struct Conflict
    {
        ArticleField field;
        QVariant base;
        QVariant mine;
        QVariant theirs;
    };

    // Theirs (their version number, so it saves on top of it) with every settled change;
    // where a conflict is undecided it still holds their value.
    Article merged;
    QList<ArticleField> fromMine; // fields only I changed: taken
    QList<ArticleField> fromTheirs; // fields only they changed: kept
    QList<Conflict> conflicts; // fields both changed differently, the body not among them
    bool bodyMerged = false; // both changed the body: `body` holds its paragraphs
    TextMerge body;

    bool clean() const { return conflicts.isEmpty() && body.clean(); }
    // The article with a side picked for every conflicting field and a choice for every
    // conflicting run of the body; nullopt while any is missing.
    std::optional<Article> resolved(
        const QMap<ArticleField, Side> &picks, const QList<TextMerge::Choice> &bodyChoices = {}) const;
};

ArticleMerge mergeArticles(const Article &base, const Article &mine, const Article &theirs);

} // namespace PortalDesk
