#pragma once

// Wire copy cut into lines the parser can compare: CR, no-break, figure, ideographic and
// zero-width spaces made plain or removed, the ends trimmed. A line whose columns were
// lined up with runs of spaces (a government statistics table) also keeps those runs, as
// tabs, so the table can become a Markdown table. Internal to the wire parser.

#include <QList>
#include <QString>
#include <QStringView>

namespace PortalDesk {

struct WireLines
{
    QList<QString> lines; // cleaned, one per line of copy; trailing blank lines removed
    QList<QString> aligned; // the same lines with runs of two or more spaces as one tab

    static WireLines split(QStringView text);

    // One cleaned line: invisible differences removed, runs of spaces as one, ends trimmed.
    // Tabs stay: they separate table cells.
    static QString clean(QStringView raw);

    // A row of a table of figures: cells (tab-separated) after the first are numbers,
    // percentages or "N.A."-like fillers.
    static bool isFigureRow(QStringView aligned);
    // Two or more cells: a table's header row when figures follow.
    static bool hasCells(QStringView aligned);
    // "--------      --------": a rule under a table's header, one run of dashes per column.
    static bool isRuleRow(QStringView aligned);

    // "Background" over "----------": a line made only of - = * ＊ －, three or more.
    static bool isUnderline(QStringView line);
};

} // namespace PortalDesk
