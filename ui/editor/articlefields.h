#pragma once

// The article's fields for people: their labels and how a comparison shows them, on top
// of core's fields by name (core/content/articlefields.h).

#include "core/content/articlefields.h"

#include <QTimeZone>

namespace PortalDesk::Ui {

using PortalDesk::ArticleField;

namespace ArticleFields {

using FieldValues::all;
using FieldValues::differing;
using FieldValues::setValue;
using FieldValues::value;
QString label(ArticleField field); // for people, translated
// The value as a person reads it in a comparison, times in `zone`.
QString display(const Article &article, ArticleField field, const QTimeZone &zone);
// The field a validation Error names ("original_link" → OriginalLink).
std::optional<ArticleField> fromErrorField(const QString &name);
// True for fields edited by typing or stepping, whose consecutive edits merge into one undo step.
bool isTyped(ArticleField field);

} // namespace ArticleFields

} // namespace PortalDesk::Ui
