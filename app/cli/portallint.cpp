#include "app/cli/portallint.h"

#include "app/cli/cliio.h"
#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/promostore.h"
#include "core/text/lintcontent.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace PortalDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Cli", text);
}

// What the portal's lint found so far, as text and JSON.
struct Report
{
    QString text;
    QJsonArray json;
    bool attention = false;

    void add(const QList<LintFinding> &findings, const QString &kind, const QString &id)
    {
        text += findingsText({}, findings);
        const QJsonArray found
            = findingsJson(findings, { { QStringLiteral("record"), kind }, { QStringLiteral("id"), id } });
        for (const QJsonValue &finding : found)
            json.append(finding);
        attention = attention || needsAttention(findings);
    }
};

} // namespace

QJsonArray findingsJson(const QList<LintFinding> &findings, const QJsonObject &record)
{
    QJsonArray array;
    for (const LintFinding &finding : findings) {
        QJsonObject object {
            { QStringLiteral("rule"), finding.rule },
            { QStringLiteral("severity"), severityKey(finding.severity) },
            { QStringLiteral("line"), qint64(finding.line) },
            { QStringLiteral("column"), qint64(finding.column) },
            { QStringLiteral("length"), qint64(finding.length) },
            { QStringLiteral("message"), finding.message },
            { QStringLiteral("replacement"),
                finding.replacement ? QJsonValue(*finding.replacement) : QJsonValue(QJsonValue::Null) },
        };
        if (!finding.fieldKey.isEmpty()) {
            object.insert(QStringLiteral("field"), finding.field);
            object.insert(QStringLiteral("field_key"), finding.fieldKey);
        }
        for (auto it = record.begin(); it != record.end(); ++it)
            object.insert(it.key(), it.value());
        array.append(object);
    }
    return array;
}

QString findingsText(const QString &where, const QList<LintFinding> &findings)
{
    QString out;
    for (const LintFinding &finding : findings) {
        out += QStringLiteral("%1:%2:%3: %4: %5: %6")
                   .arg(where.isEmpty() ? finding.field : where)
                   .arg(finding.line)
                   .arg(finding.column)
                   .arg(severityKey(finding.severity), finding.rule, finding.message);
        out += u'\n';
    }
    return out;
}

bool needsAttention(const QList<LintFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
        [](const LintFinding &finding) { return finding.severity != LintSeverity::Note; });
}

int lintPortal(
    const DatabasePtr &database, const LintOptions &house, std::optional<Language> language, bool json)
{
    Report report;
    auto articles = ArticleStore(database).withStatus(allStatuses());
    if (!articles)
        return fail(articles.error());
    for (const Article &article : std::as_const(*articles)) {
        if (language && article.language != *language)
            continue;
        report.add(ContentLint::check(ContentLint::fields(article, house), tr("article %1").arg(article.id)),
            QStringLiteral("article"), article.id);
    }
    auto promos = PromoStore(database).list();
    if (!promos)
        return fail(promos.error());
    for (const Promo &promo : std::as_const(*promos)) {
        if (language && promo.language != *language)
            continue;
        const QString name = tr("promo %1 (%2 %3)").arg(promo.id, promo.slot).arg(promo.position);
        report.add(
            ContentLint::check(ContentLint::fields(promo, house), name), QStringLiteral("promo"), promo.id);
    }
    for (const auto &[kind, key, name] :
        { std::tuple { CategoryStore::Kind::Sections, "section", tr("section") },
            std::tuple { CategoryStore::Kind::Columns, "column", tr("column") } }) {
        auto categories = CategoryStore(database, kind).list();
        if (!categories)
            return fail(categories.error());
        for (const Category &category : std::as_const(*categories))
            report.add(ContentLint::check(ContentLint::fields(category, name, house)), QLatin1String(key),
                category.key);
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(report.json).toJson(QJsonDocument::Indented)));
    else
        printOut(report.text);
    return report.attention ? Findings : Ok;
}

} // namespace PortalDesk::Cli
