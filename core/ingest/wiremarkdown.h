#pragma once

// Builds the Markdown body of a wire draft line by line: paragraphs, headings, bullet and
// numbered lists, and tab- or pipe-separated rows as a Markdown table.
// Internal to the wire parser.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace PortalDesk {

class WireMarkdown
{
public:
    // Adds one cleaned line of copy; lists and tables continue until a blank line or a
    // line of another kind.
    void addLine(QStringView line);
    void addParagraph(QStringView text); // always a paragraph, whatever the line looks like
    void addRow(const QStringList &cells); // a row of a table the caller has already cut into cells
    void addHeading(QStringView text, int level); // "Background" under a setext underline: "## Background"
    void endBlock(); // a blank line in the copy

    bool isEmpty() const { return m_blocks.isEmpty() && m_rows.isEmpty(); }
    QString markdown();

private:
    enum class Kind { None, List, Table };

    void flush();
    void flushTable();
    static QString escapeParagraph(QStringView text);

    QStringList m_blocks;
    QString m_list; // the list being built
    QList<QStringList> m_rows; // the table being built
    QStringList m_rowLines; // its rows as they were written
    Kind m_open = Kind::None;
};

} // namespace PortalDesk
