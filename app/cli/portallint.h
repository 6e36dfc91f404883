#pragma once

// `portaldesk-cli lint`'s output, and its --db mode: every text readers see of every
// article, promo, section and column of a portal, each finding naming its record and field.

#include "core/store/database.h"
#include "core/text/lint.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace PortalDesk::Cli {

// The findings as JSON objects (rule, severity, line, column, length, message, replacement),
// each with the keys of `record` added.
QJsonArray findingsJson(const QList<LintFinding> &findings, const QJsonObject &record = {});

// One line a finding, as compilers write them: "WHERE:LINE:COLUMN: SEVERITY: RULE: MESSAGE".
// WHERE is `where`, or the finding's field when `where` is empty.
QString findingsText(const QString &where, const QList<LintFinding> &findings);

// True when a finding is more than a note: what makes lint exit 1.
bool needsAttention(const QList<LintFinding> &findings);

// Lints the whole portal in `database`; articles and promos only in `language` when given.
// Prints the findings and returns the exit code.
int lintPortal(
    const DatabasePtr &database, const LintOptions &house, std::optional<Language> language, bool json);

} // namespace PortalDesk::Cli
