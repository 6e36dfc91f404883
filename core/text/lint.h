#pragma once

// Typography lint for Chinese and English copy, the checks a Hong Kong sub-editor makes
// by eye: half-width punctuation in Chinese (多強?亞洲 → 多強？亞洲), quote style per
// edition, Simplified characters in Traditional text, repeated paragraphs, invisible
// characters, CJK–Latin spacing, lines too wide for their slot, ellipses and dashes,
// and Cantonese words that the Simplified (简) edition's readers would not expect.
// Most findings carry their fix; Lint::fix() applies them all in one call.
// Lint::check() reads one text; core/text/lintcontent.h reads every field of an
// article, promo, section or column and says which field each finding is in.
// URLs, code and Markdown link targets are never reported or changed.

#include "core/content/language.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace PortalDesk {

// House setting for the gap between Chinese and Latin letters or digits.
enum class CjkLatinSpacing {
    None, // 香港HKEX2023年 (Hong Kong default)
    Pangu, // 香港 HKEX 2023 年
};

struct LintOptions
{
    Language language = Language::ZhHantHK;
    CjkLatinSpacing spacing = CjkLatinSpacing::None;
    qsizetype widthLimit = 0; // display columns a line may take (headlines, promos); 0 = no limit
    QStringList disabledRules; // rule ids to skip
};

// How much a finding matters. Nothing blocks a save; the lists sort and count by it.
enum class LintSeverity {
    Error, // wrong for the house style (half-width punctuation in Chinese, …)
    Warning, // probably wrong where it will be read (Cantonese in the 简 edition)
    Note, // usually right, worth a look (Cantonese inside a quotation)
};

QString severityKey(LintSeverity severity); // "error", "warning", "note"

struct LintFinding
{
    QString rule; // e.g. "punct.halfwidth"
    qsizetype line = 0; // 1-based
    qsizetype column = 0; // 1-based, in characters (code points)
    qsizetype length = 0; // in characters
    QString message; // in the UI language
    std::optional<QString> replacement; // the fix; none when only a person can fix it
    qsizetype offset = 0; // UTF-16 index of the text the fix replaces
    qsizetype size = 0; // UTF-16 units the fix replaces
    LintSeverity severity = LintSeverity::Error;
    // Set when the text is one field of a record (see lintcontent.h): a stable key for
    // programs ("standfirst", "photos/2/caption", "promo/call_to_action") and its name for
    // people ("standfirst", "photo 2 caption", "promo 3 call to action"). Empty for a lone text.
    QString fieldKey;
    QString field;

    friend bool operator==(const LintFinding &, const LintFinding &) = default;
};

class Lint
{
public:
    // Every rule id, in the order findings are reported for one position.
    static const QStringList &rules();

    // Findings sorted by position.
    static QList<LintFinding> check(QStringView text, const LintOptions &options);

    // `text` with the fixes of `findings` applied; a fix overlapping an earlier one is skipped.
    static QString apply(QStringView text, const QList<LintFinding> &findings);

    // Checks and applies every fix until nothing fixable is left (at most a few passes).
    static QString fix(QStringView text, const LintOptions &options);
};

} // namespace PortalDesk
