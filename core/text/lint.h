#pragma once

// Typography lint for Chinese and English copy, the checks a Hong Kong sub-editor makes
// by eye: half-width punctuation in Chinese (多強?亞洲 → 多強？亞洲), quote style per
// edition, Simplified characters in Traditional text, repeated paragraphs, invisible
// characters, CJK–Latin spacing, lines too wide for their slot, ellipses and dashes.
// Each finding carries its fix; Lint::fix() applies them all in one call.
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
