#include "core/content/articlemerge.h"

namespace PortalDesk {

ArticleMerge mergeArticles(const Article &base, const Article &mine, const Article &theirs)
{
    ArticleMerge merge;
    merge.merged = theirs;
    for (ArticleField field : FieldValues::all()) {
        const QVariant original = FieldValues::value(base, field);
        const QVariant mineValue = FieldValues::value(mine, field);
        const QVariant theirValue = FieldValues::value(theirs, field);
        const bool mineChanged = mineValue != original;
        const bool theyChanged = theirValue != original;
        if (!mineChanged || mineValue == theirValue) {
            if (theyChanged)
                merge.fromTheirs.append(field);
            continue;
        }
        if (!theyChanged) {
            FieldValues::setValue(merge.merged, field, mineValue);
            merge.fromMine.append(field);
            continue;
        }
        if (field == ArticleField::Body) {
            merge.bodyMerged = true;
            merge.body = mergeParagraphs(base.body, mine.body, theirs.body);
            if (const auto text = merge.body.text(); text)
                merge.merged.body = *text;
            continue;
        }
        merge.conflicts.append({ field, original, mineValue, theirValue });
    }
    return merge;
}

std::optional<Article> ArticleMerge::resolved(
    const QMap<ArticleField, Side> &picks, const QList<TextMerge::Choice> &bodyChoices) const
{
    Article article = merged;
    for (const Conflict &conflict : conflicts) {
        const auto pick = picks.constFind(conflict.field);
        if (pick == picks.cend())
            return std::nullopt;
        FieldValues::setValue(article, conflict.field, *pick == Side::Mine ? conflict.mine : conflict.theirs);
    }
    if (bodyMerged) {
        const auto text = body.text(bodyChoices);
        if (!text)
            return std::nullopt;
        article.body = *text;
    }
    return article;
}

} // namespace PortalDesk
