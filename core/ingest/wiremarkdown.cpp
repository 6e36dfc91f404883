#include "core/ingest/wiremarkdown.h"

#include <QRegularExpression>
#include <optional>

namespace PortalDesk {

namespace {

struct ListItem
{
    QString text;
    int number = 0; // 0 = bullet
};

std::optional<ListItem> listItem(QStringView line)
{
    static const QStringView bullets[]
        = { u"• ", u"•", u"● ", u"●", u"▪ ", u"▪", u"■ ", u"■", u"◆ ", u"◆", u"・", u"- ", u"* ", u"– " };
    for (QStringView bullet : bullets) {
        if (line.startsWith(bullet) && line.size() > bullet.size())
            return ListItem { line.sliced(bullet.size()).trimmed().toString(), 0 };
    }
    static const QRegularExpression numbered(
        QStringLiteral(R"(^(?:(\d{1,2})[.)、]\s+|[（(](\d{1,2})[)）]\s*))"));
    const QRegularExpressionMatch match = numbered.match(line.left(8));
    if (match.hasMatch() && line.size() > match.capturedLength(0)) {
        const int number
            = (match.capturedView(1).isEmpty() ? match.capturedView(2) : match.capturedView(1)).toInt();
        return ListItem { line.sliced(match.capturedLength(0)).trimmed().toString(), qMax(number, 1) };
    }
    return std::nullopt;
}

// Cells of a tab- or pipe-separated row; empty when `line` is not a row.
QStringList tableCells(QStringView line)
{
    QStringList cells;
    if (line.contains(u'\t')) {
        for (QStringView cell : line.split(u'\t', Qt::SkipEmptyParts))
            cells.append(cell.trimmed().toString());
    } else if (line.count(u'|') >= 2 || (line.contains(u'|') && !line.startsWith(u'|'))) {
        QStringView inner = line;
        if (inner.startsWith(u'|'))
            inner = inner.sliced(1);
        if (inner.endsWith(u'|'))
            inner.chop(1);
        for (QStringView cell : inner.split(u'|'))
            cells.append(cell.trimmed().toString());
    }
    return cells.size() >= 2 ? cells : QStringList();
}

// "---|:---:" rows of a table that is already Markdown.
bool isSeparatorRow(const QStringList &cells)
{
    static const QRegularExpression dashes(QStringLiteral(R"(^:?-{2,}:?$)"));
    for (const QString &cell : cells) {
        if (!dashes.match(cell).hasMatch())
            return false;
    }
    return true;
}

QString tableCell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|"));
}

} // namespace

void WireMarkdown::addLine(QStringView line)
{
    if (const QStringList cells = tableCells(line); !cells.isEmpty()) {
        if (m_open != Kind::Table)
            flush();
        m_open = Kind::Table;
        if (!isSeparatorRow(cells)) {
            m_rows.append(cells);
            m_rowLines.append(line.toString());
        }
        return;
    }
    if (const std::optional<ListItem> item = listItem(line)) {
        if (m_open != Kind::List)
            flush();
        m_open = Kind::List;
        if (!m_list.isEmpty())
            m_list += u'\n';
        m_list += (item->number > 0 ? QString::number(item->number) + QStringLiteral(". ")
                                    : QStringLiteral("- "))
            + escapeParagraph(item->text);
        return;
    }
    addParagraph(line);
}

void WireMarkdown::addRow(const QStringList &cells)
{
    if (m_open != Kind::Table)
        flush();
    m_open = Kind::Table;
    m_rows.append(cells);
    m_rowLines.append(cells.join(u' ').trimmed());
}

void WireMarkdown::addParagraph(QStringView text)
{
    flush();
    QString paragraph = text.toString();
    paragraph.replace(u'\t', u' ');
    m_blocks.append(escapeParagraph(paragraph));
}

void WireMarkdown::addHeading(QStringView text, int level)
{
    flush();
    QString heading = QString(qBound(1, level, 6), u'#') + u' ' + text.toString().replace(u'\t', u' ');
    // A closing run of # would be read as the heading's own closing sequence.
    if (heading.endsWith(u'#'))
        heading.insert(heading.size() - 1, u'\\');
    m_blocks.append(heading);
}

void WireMarkdown::endBlock()
{
    flush();
}

QString WireMarkdown::markdown()
{
    flush();
    return m_blocks.join(QStringLiteral("\n\n"));
}

void WireMarkdown::flush()
{
    if (m_open == Kind::List && !m_list.isEmpty())
        m_blocks.append(m_list);
    if (m_open == Kind::Table)
        flushTable();
    m_list.clear();
    m_rows.clear();
    m_rowLines.clear();
    m_open = Kind::None;
}

void WireMarkdown::flushTable()
{
    // One row is not a table: keep the line as it was.
    if (m_rows.size() == 1) {
        m_blocks.append(escapeParagraph(QString(m_rowLines.constFirst()).replace(u'\t', u' ')));
        return;
    }
    if (m_rows.isEmpty())
        return;
    qsizetype columns = 0;
    for (const QStringList &row : std::as_const(m_rows))
        columns = qMax(columns, row.size());
    QString table;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        QString line = QStringLiteral("|");
        for (qsizetype c = 0; c < columns; ++c)
            line += u' ' + tableCell(m_rows.at(r).value(c)) + QStringLiteral(" |");
        table += line + u'\n';
        if (r == 0) {
            table += u'|';
            for (qsizetype c = 0; c < columns; ++c)
                table += QStringLiteral(" --- |");
            table += u'\n';
        }
    }
    table.chop(1);
    m_blocks.append(table);
}

// Copy is text, not Markdown: a line that happens to start like a heading, a quote or
// a numbered list item must stay a paragraph.
QString WireMarkdown::escapeParagraph(QStringView text)
{
    static const QRegularExpression marker(QStringLiteral(R"(^(?:#|>|=+\s*$|\d{1,9}[.)](?:\s|$)))"));
    QString out = text.toString();
    const QRegularExpressionMatch match = marker.match(text.left(12));
    if (!match.hasMatch())
        return out;
    if (out.at(0).isDigit()) {
        const qsizetype dot = match.capturedLength(0) - (match.captured(0).endsWith(u' ') ? 2 : 1);
        out.insert(dot, u'\\');
    } else {
        out.prepend(u'\\');
    }
    return out;
}

} // namespace PortalDesk
