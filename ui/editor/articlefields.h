#pragma once

// The article's editable fields by name, so undo commands, the conflict dialog
// and validation messages can treat them alike. Values travel as QVariant:
// text as QString, columns as QStringList, language and status as int, times
// as QDateTime (UTC), photos as QList<Photo>.

#include "core/content/article.h"

#include <QList>
#include <QTimeZone>
#include <QVariant>

namespace PortalDesk::Ui {

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
};

namespace ArticleFields {

const QList<ArticleField> &all();
QVariant value(const Article &article, ArticleField field);
void setValue(Article &article, ArticleField field, const QVariant &value);
QString label(ArticleField field); // for people, translated
// The value as a person reads it in a comparison, times in `zone`.
QString display(const Article &article, ArticleField field, const QTimeZone &zone);
QList<ArticleField> differing(const Article &a, const Article &b);
// The field a validation Error names ("original_link" → OriginalLink).
std::optional<ArticleField> fromErrorField(const QString &name);
// True for fields edited by typing or stepping, whose consecutive edits merge into one undo step.
bool isTyped(ArticleField field);

} // namespace ArticleFields

} // namespace PortalDesk::Ui
