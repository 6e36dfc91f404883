#pragma once

// A new translation of an article (issue 15): it starts with the original's structure —
// section, columns, photos, original link and the pair's group — and none of the text a
// translator writes anew. Fields that name things (source agency, dateline, credit, a
// photo's caption, credit and alt text) are kept only when they are already in the
// translation's language: "PR Newswire" goes into an English translation, "美通社" does not.

#include "core/content/article.h"

namespace PortalDesk {

// `original` must have a translation group; the draft is new (version 0) with `id`.
Article translationDraft(const Article &original, Language target, const QString &id);
// Whether `text` reads as written in `language`: English text has no Han characters,
// Chinese text has some. Empty text fits any language.
bool fitsLanguage(const QString &text, Language language);

} // namespace PortalDesk
