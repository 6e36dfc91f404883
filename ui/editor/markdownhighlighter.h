#pragma once

// Light Markdown colouring for the body editor: headings, quotes, list
// markers, emphasis, links and code stand out; the text stays the text.

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace PortalDesk::Ui {

class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_inline;
    QTextCharFormat m_heading;
    QTextCharFormat m_quote;
    QTextCharFormat m_marker;
};

} // namespace PortalDesk::Ui
