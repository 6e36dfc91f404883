#include "core/exchange/contentjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace PortalDesk::ContentJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::ContentJson", text);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Reads fields of one object, remembering the first problem.
class Reader
{
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    { }

    QString text(const char *key, bool required = false)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                problem(key, tr("is required"));
            return {};
        }
        if (!value.isString()) {
            problem(key, tr("must be a string"));
            return {};
        }
        if (required && value.toString().trimmed().isEmpty())
            problem(key, tr("must not be empty"));
        return value.toString();
    }

    int integer(const char *key, int fallback)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isDouble() || value.toDouble() != double(value.toInt())) {
            problem(key, tr("must be a whole number"));
            return fallback;
        }
        return value.toInt();
    }

    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool()) {
            problem(key, tr("must be true or false"));
            return fallback;
        }
        return value.toBool();
    }

    QDateTime time(const char *key)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDateTime parsed = QDateTime::fromString(value, Qt::ISODate);
        if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
            problem(key, tr("“%1” is not a time like 2024-11-11T12:47:00Z").arg(value));
            return {};
        }
        return parsed.toUTC();
    }

    Language language(const char *key)
    {
        const QString tag = text(key, true);
        if (tag.isEmpty())
            return Language::ZhHantHK;
        const auto language = languageFromTag(tag);
        if (!language)
            problem(key, tr("“%1” is not one of zh-Hant-HK, zh-Hans, en").arg(tag));
        return language.value_or(Language::ZhHantHK);
    }

    LocalizedText names(const char *key)
    {
        LocalizedText names;
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isObject()) {
            problem(key, tr("must be an object such as {\"zh-Hant-HK\": \"…\", \"en\": \"…\"}"));
            return names;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const auto language = languageFromTag(it.key());
            if (!language)
                problem(key, tr("“%1” is not one of zh-Hant-HK, zh-Hans, en").arg(it.key()));
            else if (!it.value().isString())
                problem(key, tr("the %1 name must be a string").arg(it.key()));
            else
                names.insert(*language, it.value().toString());
        }
        return names;
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            problem(key, tr("must be an object"));
        return value.toObject();
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            problem(key, tr("must be a list"));
        return value.toArray();
    }

    void problem(const char *key, const QString &message)
    {
        if (!m_error)
            m_error = Error::invalid(QString::fromLatin1(key), message);
    }
    void problem(const QString &key, const QString &message)
    {
        if (!m_error)
            m_error = Error::invalid(key, message);
    }

    template<typename T> Result<T> finish(T value, const QList<Error> &validation)
    {
        if (m_error)
            return std::unexpected(*m_error);
        if (!validation.isEmpty())
            return std::unexpected(validation.first());
        return value;
    }

private:
    QJsonObject m_object;
    std::optional<Error> m_error;
};

} // namespace

QJsonObject toJson(const LocalizedText &text)
{
    QJsonObject object;
    for (auto it = text.begin(); it != text.end(); ++it)
        object.insert(languageTag(it.key()), it.value());
    return object;
}

QJsonObject toJson(const Article &article)
{
    QJsonArray photos;
    for (const Photo &photo : article.photos) {
        photos.append(QJsonObject { { QStringLiteral("file"), orNull(photo.file) },
            { QStringLiteral("caption"), photo.caption }, { QStringLiteral("credit"), photo.credit },
            { QStringLiteral("alt"), photo.alt } });
    }
    return QJsonObject {
        { QStringLiteral("id"), article.id },
        { QStringLiteral("language"), languageTag(article.language) },
        { QStringLiteral("translation_group"), orNull(article.translationGroup) },
        { QStringLiteral("section"), orNull(article.section) },
        { QStringLiteral("columns"), QJsonArray::fromStringList(article.columns) },
        { QStringLiteral("kicker"), article.kicker },
        { QStringLiteral("headline"), article.headline },
        { QStringLiteral("standfirst"), article.standfirst },
        { QStringLiteral("byline"), article.byline },
        { QStringLiteral("source"), article.source },
        { QStringLiteral("dateline"), article.dateline },
        { QStringLiteral("body"), article.body },
        { QStringLiteral("photos"), photos },
        { QStringLiteral("original_link"), orNull(article.originalLink) },
        { QStringLiteral("credit"), article.credit },
        { QStringLiteral("notes"), article.notes },
        { QStringLiteral("slug"), orNull(article.slug) },
        { QStringLiteral("status"), statusKey(article.status) },
        { QStringLiteral("publish_at"), timeOrNull(article.publishAt) },
        { QStringLiteral("embargo_until"), timeOrNull(article.embargoUntil) },
        { QStringLiteral("wire_time"), timeOrNull(article.wireTime) },
        { QStringLiteral("zh_hans_override"), orNull(article.simplifiedOverride) },
    };
}

Result<Article> articleFromJson(const QJsonObject &object)
{
    Reader read(object);
    Article article;
    article.id = read.text("id");
    article.language = read.language("language");
    article.translationGroup = read.text("translation_group");
    article.section = read.text("section");
    const QJsonArray columns = read.array("columns");
    for (const QJsonValue &column : columns) {
        if (!column.isString())
            read.problem("columns", tr("each column must be a key string"));
        article.columns.append(column.toString());
    }
    article.kicker = read.text("kicker");
    article.headline = read.text("headline", true);
    article.standfirst = read.text("standfirst");
    article.byline = read.text("byline");
    article.source = read.text("source");
    article.dateline = read.text("dateline");
    article.body = read.text("body");
    const QJsonArray photos = read.array("photos");
    for (qsizetype i = 0; i < photos.size(); ++i) {
        if (!photos.at(i).isObject()) {
            read.problem("photos", tr("photo %1 must be an object").arg(i + 1));
            continue;
        }
        Reader photo(photos.at(i).toObject());
        // No file (null or absent): a caption waiting for its picture.
        Photo value { photo.text("file"), photo.text("caption"), photo.text("credit"), photo.text("alt") };
        if (auto checked = photo.finish(value, {}); !checked)
            read.problem(
                QStringLiteral("photos[%1].%2").arg(i).arg(checked.error().field), checked.error().message);
        article.photos.append(value);
    }
    article.originalLink = read.text("original_link");
    article.credit = read.text("credit");
    article.notes = read.text("notes");
    article.slug = read.text("slug");
    const QString status = read.text("status");
    if (!status.isEmpty()) {
        const auto parsed = statusFromKey(status);
        if (!parsed)
            read.problem("status",
                tr("“%1” is not one of draft, in_review, scheduled, published, archived").arg(status));
        article.status = parsed.value_or(ArticleStatus::Draft);
    }
    article.publishAt = read.time("publish_at");
    article.embargoUntil = read.time("embargo_until");
    article.wireTime = read.time("wire_time");
    article.simplifiedOverride = read.text("zh_hans_override");
    return read.finish(article, validate(article));
}

QJsonObject toJson(const Promo &promo)
{
    // The 简 edition's own texts: only those written, null when there are none.
    QJsonObject simplified;
    const PromoSimplified &own = promo.simplifiedOverride;
    for (const auto &[key, text] : { std::pair { "kicker", &own.kicker }, std::pair { "text", &own.text },
             std::pair { "call_to_action", &own.callToAction } }) {
        if (!text->isEmpty())
            simplified.insert(QLatin1String(key), *text);
    }
    return QJsonObject {
        { QStringLiteral("id"), promo.id },
        { QStringLiteral("slot"), promo.slot },
        { QStringLiteral("kicker"), promo.kicker },
        { QStringLiteral("text"), promo.text },
        { QStringLiteral("call_to_action"), promo.callToAction },
        { QStringLiteral("link"), promo.link },
        { QStringLiteral("image"), orNull(promo.image) },
        { QStringLiteral("language"), languageTag(promo.language) },
        { QStringLiteral("start_at"), timeOrNull(promo.startsAt) },
        { QStringLiteral("end_at"), timeOrNull(promo.endsAt) },
        { QStringLiteral("position"), promo.position },
        { QStringLiteral("enabled"), promo.enabled },
        { QStringLiteral("zh_hans_override"),
            simplified.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(simplified) },
    };
}

Result<Promo> promoFromJson(const QJsonObject &object)
{
    Reader read(object);
    Promo promo;
    promo.id = read.text("id");
    promo.slot = read.text("slot", true);
    promo.kicker = read.text("kicker");
    promo.text = read.text("text", true);
    promo.callToAction = read.text("call_to_action");
    promo.link = read.text("link", true);
    promo.image = read.text("image");
    promo.language = read.language("language");
    promo.startsAt = read.time("start_at");
    promo.endsAt = read.time("end_at");
    promo.position = read.integer("position", 0);
    promo.enabled = read.boolean("enabled", true);
    Reader simplified(read.object("zh_hans_override"));
    promo.simplifiedOverride.kicker = simplified.text("kicker");
    promo.simplifiedOverride.text = simplified.text("text");
    promo.simplifiedOverride.callToAction = simplified.text("call_to_action");
    if (auto checked = simplified.finish(promo.simplifiedOverride, {}); !checked)
        read.problem(
            QStringLiteral("zh_hans_override.%1").arg(checked.error().field), checked.error().message);
    return read.finish(promo, validate(promo));
}

QJsonObject toJson(const Category &category)
{
    return QJsonObject { { QStringLiteral("key"), category.key },
        { QStringLiteral("names"), toJson(category.names) },
        { QStringLiteral("position"), category.position } };
}

Result<Category> categoryFromJson(const QJsonObject &object)
{
    Reader read(object);
    Category category;
    category.key = read.text("key", true);
    category.names = read.names("names");
    category.position = read.integer("position", 0);
    return read.finish(category, validate(category));
}

QJsonObject toJson(const Portal &portal)
{
    QJsonObject object { { QStringLiteral("name"), toJson(portal.name) },
        { QStringLiteral("base_url"), portal.baseUrl }, { QStringLiteral("time_zone"), portal.timeZone },
        { QStringLiteral("default_edition"), languageTag(portal.defaultEdition) },
        { QStringLiteral("theme"), portal.theme } };
    if (!portal.logo.isEmpty()) // absent otherwise, as the targets: older files stay byte-identical
        object.insert(QStringLiteral("logo"), portal.logo);
    if (!portal.publishTargets.isEmpty()) { // absent otherwise: older files stay byte-identical
        QJsonArray targets;
        for (const PublishDestination &target : portal.publishTargets)
            targets.append(QJsonObject { { QStringLiteral("name"), target.name },
                { QStringLiteral("address"), target.address }, { QStringLiteral("keep"), target.keep } });
        object.insert(QStringLiteral("publish_targets"), targets);
    }
    return object;
}

Result<Portal> portalFromJson(const QJsonObject &object)
{
    Reader read(object);
    Portal portal;
    portal.name = read.names("name");
    portal.baseUrl = read.text("base_url", true);
    if (const QString zone = read.text("time_zone"); !zone.isEmpty())
        portal.timeZone = zone;
    portal.defaultEdition = object.contains(QStringLiteral("default_edition"))
        ? read.language("default_edition")
        : Language::ZhHantHK;
    if (const QString theme = read.text("theme"); !theme.isEmpty())
        portal.theme = theme;
    portal.logo = read.text("logo");
    const QJsonArray targets = read.array("publish_targets");
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (!targets.at(i).isObject()) {
            read.problem("publish_targets", tr("target %1 must be an object").arg(i + 1));
            continue;
        }
        Reader target(targets.at(i).toObject());
        PublishDestination value { target.text("name", true), target.text("address", true),
            target.integer("keep", 5) };
        if (auto checked = target.finish(value, {}); !checked)
            read.problem(QStringLiteral("publish_targets[%1].%2").arg(i).arg(checked.error().field),
                checked.error().message);
        portal.publishTargets.append(value);
    }
    return read.finish(portal, validate(portal));
}

} // namespace PortalDesk::ContentJson
