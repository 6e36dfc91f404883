// libFuzzer target for the typography lint and its fixes (issue 19): arbitrary text, in
// each edition's language and spacing setting, through Lint::check, Lint::apply and
// Lint::fix. Fix All must settle (a second Fix All finds nothing to change), never grow
// the text without bound, and every finding must point inside the text it was made for.

#include "core/text/lint.h"
#include "core/text/normaliser.h"
#include "fuzzcheck.h"

using namespace PortalDesk;
using PortalDesk::Fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the options; the rest is the text, cleaned as every text is on its way in.
    LintOptions options;
    options.language = std::array { Language::ZhHantHK, Language::ZhHans, Language::En }[data[0] % 3];
    options.spacing = (data[0] & 4) != 0 ? CjkLatinSpacing::Pangu : CjkLatinSpacing::None;
    options.widthLimit = (data[0] & 8) != 0 ? 8 + (data[0] >> 4) : 0;
    const QString text = Normaliser::normalise(Fuzz::textOf(data + 1, size - 1)).text;

    const QList<LintFinding> findings = Lint::check(text, options);
    for (const LintFinding &finding : findings) {
        require(finding.offset >= 0 && finding.size >= 0 && finding.offset + finding.size <= text.size(),
            "a finding lies inside the text");
        require(finding.line >= 1 && finding.column >= 1, "lines and columns count from 1");
        require(
            !finding.rule.isEmpty() && Lint::rules().contains(finding.rule), "a finding names a known rule");
        require(!finding.message.isEmpty(), "a finding says what is wrong");
    }
    const QString applied = Lint::apply(text, findings);
    const QString fixed = Lint::fix(text, options);
    // Bounded growth: a fix adds a space or widens a mark, it never multiplies the text.
    require(applied.size() <= 2 * text.size() + 16, "one pass of fixes grows the text at most twice");
    require(fixed.size() <= 2 * text.size() + 16, "Fix All grows the text at most twice");
    // Idempotent: what Fix All leaves has nothing left to fix.
    require(Lint::fix(fixed, options) == fixed, "Fix All twice is Fix All once");
    for (const LintFinding &finding : Lint::check(fixed, options))
        require(!finding.replacement.has_value() || Lint::apply(fixed, { finding }) == fixed,
            "no fixable finding is left after Fix All");
    return 0;
}
