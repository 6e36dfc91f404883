#pragma once

// Paragraphs of a Markdown body by line, so two versions of one story in different
// languages can be read side by side paragraph for paragraph (the translation view):
// the third paragraph of the translation sits beside the third of its original.
// A paragraph is a run of lines that are not blank; a fenced code block counts as one
// paragraph whatever blank lines it holds.

#include <QList>
#include <QString>

namespace PortalDesk::Paragraphs {

// The line (0-based, as QTextDocument numbers blocks) each paragraph starts on.
QList<int> starts(const QString &text);
// The paragraph (0-based) `line` belongs to; a blank line belongs to the paragraph
// before it, a line before the first paragraph to the first. 0 for an empty list.
int atLine(const QList<int> &starts, int line);

} // namespace PortalDesk::Paragraphs
