#pragma once

// Lint over whole records: every text of an article, promo, section or column that
// reaches readers, each in its record's language, and each finding naming its field
// ("standfirst", "photo 2 caption", "call to action"). The editor's lint panel, the
// promo dialog and `portaldesk-cli lint --db` all read records through here.
//
// Where a zh-Hant-HK text has its own hand-written Simplified version (an article's
// Simplified body, a promo's 简 texts, a section's zh-Hans name), the 简 edition shows
// that instead of converting, so the Traditional text is not checked for Cantonese
// and the Simplified one is linted as zh-Hans.

#include "core/content/article.h"
#include "core/content/category.h"
#include "core/content/promo.h"
#include "core/text/lint.h"

#include <QList>
#include <QString>

namespace PortalDesk {

// One text of a record, and how to lint it.
struct LintField
{
    QString key; // stable: "headline", "photos/2/caption", "call_to_action", "names/en"
    QString name; // for people, translated: "headline", "photo 2 caption"
    QString text;
    LintOptions options;
};

class ContentLint
{
public:
    // `house` carries the newsroom's settings (CJK–Latin spacing, rules turned off);
    // each field's language comes from its record.
    static QList<LintField> fields(const Article &article, const LintOptions &house = {});
    static QList<LintField> fields(const Promo &promo, const LintOptions &house = {});
    // `kind` names the list for people: "section" or "column".
    static QList<LintField> fields(
        const Category &category, const QString &kind, const LintOptions &house = {});

    // The findings of every field, in field order, each with fieldKey and field set;
    // `record`, when given, goes before each field's name ("promo 3" → "promo 3 text").
    static QList<LintFinding> check(const QList<LintField> &fields, const QString &record = {});

    // The current text of the field `key` in `fields`, or nothing when it has gone.
    static const LintField *find(const QList<LintField> &fields, const QString &key);
};

} // namespace PortalDesk
