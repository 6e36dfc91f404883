#pragma once

// The lint panel's view of an open article: the findings in every field readers see
// (ContentLint), where each field is on screen, and fixes made through the document so
// they undo like typing. The panel lists; ArticleEditor asks these to show and fix.

#include "core/content/article.h"
#include "ui/editor/lintpanel.h"

namespace PortalDesk::Ui {

class ArticleDocument;
class ArticleEditor;

namespace ArticleLint {

// Every field's findings, in the order the fields stand in the editor.
QList<ArticleFinding> findings(const Article &article, const LintOptions &house);

// Brings the finding's field into view and selects the flagged text (a photo's row for
// its caption, credit or alt text, which the photo dialog edits).
void show(ArticleEditor *editor, const ArticleFinding &entry);

// Applies the finding's fix if the field still has it at the same place; true when it did.
// The body is changed through the body editor, which keeps the cursor where it was.
bool fix(ArticleEditor *editor, const ArticleFinding &entry, const LintOptions &house);

// Every field's fixes, as one undo step.
void fixAll(ArticleDocument *document, const LintOptions &house, const QString &actionText);

} // namespace ArticleLint

} // namespace PortalDesk::Ui
