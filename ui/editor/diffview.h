#pragma once

// Changes between two versions of an article as people read them, in a read-only text
// view: History's comparison of versions, and what changed in a translation's original.

#include "core/content/article.h"

#include <QTimeZone>

class QPlainTextEdit;

namespace PortalDesk::Ui::DiffView {

// Each field that has a value as "Label: value", then a blank line and the body.
QString articleText(const Article &article, const QTimeZone &zone);
// Replaces `view`'s text with `after`, what `before` had and `after` has not struck
// through on red, what `after` added underlined on green.
void show(QPlainTextEdit *view, const QString &before, const QString &after);

} // namespace PortalDesk::Ui::DiffView
