#pragma once

// The article's fields by name, so that merges, undo commands, the conflict dialog and
// validation messages can treat them alike. Values travel as QVariant: text as QString,
// columns as QStringList, language and status as int, times as QDateTime (UTC), photos
// as QList<Photo>. (Labels and display for people live in ui/editor/articlefields.h.)

#include "core/content/article.h"

#include <QList>
#include <QVariant>

namespace PortalDesk {

enum class ArticleField {
    Language,
    Section,
    Columns,
    Kicker,
    Headline,
    Standfirst,
    Byline,
    Source,
    Dateline,
    Body,
    Photos,
    OriginalLink,
    Credit,
    Slug,
    Status,
    PublishAt,
    Embargo,
    TranslationGroup,
    SimplifiedBody, // the zh-Hans edition's own body; empty: converted from Body
    Notes, // the desk's notes, never published
};

namespace FieldValues {

const QList<ArticleField> &all();
QVariant value(const Article &article, ArticleField field);
void setValue(Article &article, ArticleField field, const QVariant &value);
QList<ArticleField> differing(const Article &a, const Article &b);

} // namespace FieldValues

} // namespace PortalDesk
