#include "ui/editor/markdownhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace PortalDesk::Ui {

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor accent = dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
    const QColor muted = dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x6b, 0x6b, 0x6b);

    m_heading.setFontWeight(QFont::Bold);
    m_heading.setForeground(accent);
    m_quote.setForeground(muted);
    m_quote.setFontItalic(true);
    m_marker.setForeground(accent);
    m_marker.setFontWeight(QFont::Bold);

    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat italic;
    italic.setFontItalic(true);
    QTextCharFormat link;
    link.setForeground(accent);
    link.setFontUnderline(true);
    QTextCharFormat code;
    code.setFontFamilies({ QStringLiteral("monospace") });
    code.setForeground(muted);
    m_inline = { { QRegularExpression(QStringLiteral("\\*\\*[^*\\n]+\\*\\*")), bold },
        { QRegularExpression(QStringLiteral("(?<![*\\w])[*_][^*_\\n]+[*_](?![*\\w])")), italic },
        { QRegularExpression(QStringLiteral("!?\\[[^\\]\\n]*\\]\\([^)\\s]*\\)")), link },
        { QRegularExpression(QStringLiteral("`[^`\\n]+`")), code } };
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s"));
    static const QRegularExpression quote(QStringLiteral("^\\s*>"));
    static const QRegularExpression marker(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s"));

    if (heading.match(text).hasMatch()) {
        setFormat(0, text.size(), m_heading);
        return;
    }
    if (quote.match(text).hasMatch())
        setFormat(0, text.size(), m_quote);
    if (const auto found = marker.match(text); found.hasMatch())
        setFormat(found.capturedStart(1), found.capturedLength(1), m_marker);
    for (const Rule &rule : std::as_const(m_inline)) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            setFormat(match.capturedStart(), match.capturedLength(), rule.format);
        }
    }
}

} // namespace PortalDesk::Ui
