#include "core/text/lintcontent.h"

#include <QCoreApplication>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::ContentLint", text);
}

const QString cantoneseRule = QStringLiteral("word.cantonese");

LintOptions inLanguage(const LintOptions &house, Language language)
{
    LintOptions options = house;
    options.language = language;
    return options;
}

// For a Traditional text the 简 edition does not show: Cantonese in it is for 繁 readers only.
LintOptions notShownSimplified(LintOptions options)
{
    if (!options.disabledRules.contains(cantoneseRule))
        options.disabledRules.append(cantoneseRule);
    return options;
}

// Adds `text` as `key` unless it is empty; with an own Simplified text `own`, the
// Traditional one is not read as Cantonese and `own` is linted as zh-Hans.
void addWithOwn(QList<LintField> &fields, const LintOptions &options, const QString &key, const QString &name,
    const QString &text, const QString &own = {}, const QString &ownName = {})
{
    const bool hasOwn = !own.isEmpty() && options.language == Language::ZhHantHK;
    if (!text.isEmpty())
        fields.append({ key, name, text, hasOwn ? notShownSimplified(options) : options });
    if (hasOwn)
        fields.append(
            { QStringLiteral("zh_hans/") + key, ownName, own, inLanguage(options, Language::ZhHans) });
}

} // namespace

QList<LintField> ContentLint::fields(const Article &article, const LintOptions &house)
{
    const LintOptions options = inLanguage(house, article.language);
    QList<LintField> fields;
    const auto add = [&](const char *key, const QString &name, const QString &text) {
        addWithOwn(fields, options, QLatin1String(key), name, text);
    };
    add("kicker", tr("kicker"), article.kicker);
    add("headline", tr("headline"), article.headline);
    add("standfirst", tr("standfirst"), article.standfirst);
    add("byline", tr("byline"), article.byline);
    add("source", tr("source"), article.source);
    add("dateline", tr("dateline"), article.dateline);
    addWithOwn(fields, options, QStringLiteral("body"), tr("body"), article.body, article.simplifiedOverride,
        tr("Simplified edition body"));
    for (qsizetype i = 0; i < article.photos.size(); ++i) {
        const Photo &photo = article.photos.at(i);
        const QString key = QStringLiteral("photos/%1/").arg(i + 1);
        addWithOwn(fields, options, key + QStringLiteral("caption"), tr("photo %1 caption").arg(i + 1),
            photo.caption);
        addWithOwn(
            fields, options, key + QStringLiteral("credit"), tr("photo %1 credit").arg(i + 1), photo.credit);
        addWithOwn(
            fields, options, key + QStringLiteral("alt"), tr("photo %1 alt text").arg(i + 1), photo.alt);
    }
    add("credit", tr("credit line"), article.credit);
    return fields;
}

QList<LintField> ContentLint::fields(const Promo &promo, const LintOptions &house)
{
    const LintOptions options = inLanguage(house, promo.language);
    const PromoSimplified &own = promo.simplifiedOverride;
    QList<LintField> fields;
    addWithOwn(fields, options, QStringLiteral("kicker"), tr("kicker"), promo.kicker, own.kicker,
        tr("Simplified kicker"));
    addWithOwn(
        fields, options, QStringLiteral("text"), tr("text"), promo.text, own.text, tr("Simplified text"));
    addWithOwn(fields, options, QStringLiteral("call_to_action"), tr("call to action"), promo.callToAction,
        own.callToAction, tr("Simplified call to action"));
    return fields;
}

QList<LintField> ContentLint::fields(const Category &category, const QString &kind, const LintOptions &house)
{
    const QString title = pick(category.names, Language::ZhHantHK);
    const bool ownSimplified = !category.names.value(Language::ZhHans).isEmpty();
    QList<LintField> fields;
    for (auto it = category.names.cbegin(); it != category.names.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        LintOptions options = inLanguage(house, it.key());
        if (it.key() == Language::ZhHantHK && ownSimplified)
            options = notShownSimplified(options);
        const QString name = it.key() == Language::ZhHantHK
            ? tr("%1 %2 name").arg(kind, title)
            : tr("%1 %2 name (%3)").arg(kind, title, languageTag(it.key()));
        fields.append({ QStringLiteral("names/") + languageTag(it.key()), name, it.value(), options });
    }
    return fields;
}

QList<LintFinding> ContentLint::check(const QList<LintField> &fields, const QString &record)
{
    QList<LintFinding> findings;
    for (const LintField &field : fields) {
        for (LintFinding &finding : Lint::check(field.text, field.options)) {
            finding.fieldKey = field.key;
            finding.field = record.isEmpty() ? field.name : record + u' ' + field.name;
            findings.append(std::move(finding));
        }
    }
    return findings;
}

const LintField *ContentLint::find(const QList<LintField> &fields, const QString &key)
{
    for (const LintField &field : fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

} // namespace PortalDesk
