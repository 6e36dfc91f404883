#pragma once

// The rules behind Lint, one function each; internal to the text library.

#include "core/text/lint.h"
#include "core/text/verbatim.h"

#include <QList>

namespace PortalDesk::LintRules {

// What every rule reads, and where it reports.
class Context
{
public:
    Context(QStringView text, const LintOptions &options);

    QStringView text() const { return m_text; }
    const LintOptions &options() const { return m_options; }
    const QList<TextRange> &verbatim() const { return m_verbatim; }
    bool chinese() const { return m_options.language != Language::En; }

    // Adds a finding replacing [offset, offset + size), reported at `anchor` (default: offset).
    void report(const QString &rule, qsizetype offset, qsizetype size, const QString &message,
        std::optional<QString> replacement, qsizetype anchor = -1,
        LintSeverity severity = LintSeverity::Error);

    QList<LintFinding> takeFindings() { return std::move(m_findings); }

private:
    QStringView m_text;
    const LintOptions &m_options;
    QList<TextRange> m_verbatim;
    QList<qsizetype> m_lineStarts;
    QList<LintFinding> m_findings;
    // The last column worked out, so a rule walking a long line counts each character once.
    qsizetype m_lastLine = -1;
    qsizetype m_lastAnchor = 0;
    qsizetype m_lastColumn = 0;
};

// Chinese punctuation (lintpunctuation.cpp).
void halfwidthPunctuation(Context &context); // punct.halfwidth
void quoteStyle(Context &context); // quotes.style
void ellipsis(Context &context); // ellipsis
void dash(Context &context); // dash

// Characters, spacing and layout (lintlayout.cpp).
void mixedScript(Context &context); // script.mixed
void duplicateParagraphs(Context &context); // para.duplicate
void invisibleCharacters(Context &context); // char.invisible
void cjkLatinSpacing(Context &context); // space.cjk-latin
void widthLimit(Context &context); // width.limit
void offsiteImage(Context &context); // image.offsite

// Words (lintcantonese.cpp).
void cantonese(Context &context); // word.cantonese

} // namespace PortalDesk::LintRules
