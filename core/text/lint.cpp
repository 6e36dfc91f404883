#include "core/text/lint.h"

#include "core/text/lintrules.h"

#include <algorithm>

namespace PortalDesk {

namespace LintRules {

Context::Context(QStringView text, const LintOptions &options)
    : m_text(text)
    , m_options(options)
    , m_verbatim(Verbatim::find(text))
{
    m_lineStarts.append(0);
    for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
        m_lineStarts.append(i + 1);
}

void Context::report(const QString &rule, qsizetype offset, qsizetype size, const QString &message,
    std::optional<QString> replacement, qsizetype anchor, LintSeverity severity)
{
    if (anchor < 0)
        anchor = offset;
    const auto line = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), anchor) - 1;
    LintFinding finding;
    finding.rule = rule;
    finding.line = (line - m_lineStarts.cbegin()) + 1;
    // Columns and lengths count characters, so a surrogate pair (𨋢) is one.
    qsizetype from = *line;
    qsizetype column = 1;
    if (m_lastLine == finding.line && m_lastAnchor <= anchor) {
        from = m_lastAnchor;
        column = m_lastColumn;
    }
    const QStringView before = m_text.sliced(from, anchor - from);
    column += before.size();
    for (QChar c : before) {
        if (c.isLowSurrogate())
            --column;
    }
    finding.column = column;
    m_lastLine = finding.line;
    m_lastAnchor = anchor;
    m_lastColumn = column;
    const QStringView flagged = m_text.sliced(anchor, std::min(offset + size, m_text.size()) - anchor);
    finding.length = flagged.size();
    for (QChar c : flagged) {
        if (c.isLowSurrogate())
            --finding.length;
    }
    finding.message = message;
    finding.replacement = std::move(replacement);
    finding.offset = offset;
    finding.size = size;
    finding.severity = severity;
    m_findings.append(std::move(finding));
}

} // namespace LintRules

namespace {

struct Rule
{
    QString id;
    void (*run)(LintRules::Context &);
};

// Every rule, in the order its findings come for one position.
const QList<Rule> &allRules()
{
    static const QList<Rule> list {
        { QStringLiteral("char.invisible"), LintRules::invisibleCharacters },
        { QStringLiteral("punct.halfwidth"), LintRules::halfwidthPunctuation },
        { QStringLiteral("quotes.style"), LintRules::quoteStyle },
        { QStringLiteral("script.mixed"), LintRules::mixedScript },
        { QStringLiteral("space.cjk-latin"), LintRules::cjkLatinSpacing },
        { QStringLiteral("ellipsis"), LintRules::ellipsis },
        { QStringLiteral("dash"), LintRules::dash },
        { QStringLiteral("para.duplicate"), LintRules::duplicateParagraphs },
        { QStringLiteral("width.limit"), LintRules::widthLimit },
        { QStringLiteral("image.offsite"), LintRules::offsiteImage },
        { QStringLiteral("word.cantonese"), LintRules::cantonese },
    };
    return list;
}

} // namespace

QString severityKey(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Warning:
        return QStringLiteral("warning");
    case LintSeverity::Note:
        return QStringLiteral("note");
    case LintSeverity::Error:
        break;
    }
    return QStringLiteral("error");
}

const QStringList &Lint::rules()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const Rule &rule : allRules())
            list.append(rule.id);
        return list;
    }();
    return ids;
}

QList<LintFinding> Lint::check(QStringView text, const LintOptions &options)
{
    LintRules::Context context(text, options);
    for (const Rule &rule : allRules()) {
        if (!options.disabledRules.contains(rule.id))
            rule.run(context);
    }
    QList<LintFinding> findings = context.takeFindings();
    std::stable_sort(findings.begin(), findings.end(), [](const LintFinding &a, const LintFinding &b) {
        return a.offset != b.offset ? a.offset < b.offset : a.size < b.size;
    });
    return findings;
}

QString Lint::apply(QStringView text, const QList<LintFinding> &findings)
{
    QList<const LintFinding *> fixes;
    for (const LintFinding &finding : findings) {
        if (finding.replacement && finding.offset >= 0 && finding.offset + finding.size <= text.size())
            fixes.append(&finding);
    }
    std::stable_sort(fixes.begin(), fixes.end(),
        [](const LintFinding *a, const LintFinding *b) { return a->offset < b->offset; });
    QString out;
    out.reserve(text.size());
    qsizetype position = 0;
    for (const LintFinding *fix : std::as_const(fixes)) {
        if (fix->offset < position)
            continue; // overlaps a fix already applied; the next pass will see it again
        out += text.sliced(position, fix->offset - position);
        out += *fix->replacement;
        position = fix->offset + fix->size;
    }
    out += text.sliced(position);
    return out;
}

QString Lint::fix(QStringView text, const LintOptions &options)
{
    QString current = text.toString();
    for (int pass = 0; pass < 4; ++pass) {
        const QList<LintFinding> findings = check(current, options);
        const bool fixable = std::any_of(findings.cbegin(), findings.cend(),
            [](const LintFinding &finding) { return finding.replacement.has_value(); });
        if (!fixable)
            break;
        QString fixed = apply(current, findings);
        if (fixed == current)
            break;
        current = std::move(fixed);
    }
    return current;
}

} // namespace PortalDesk
