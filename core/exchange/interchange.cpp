#include "core/exchange/interchange.h"

#include "core/content/limits.h"
#include "core/content/rules.h"
#include "core/exchange/contentjson.h"
#include "core/render/siteicons.h"
#include "core/search/searchrows.h"
#include "core/store/articlerows.h"
#include "core/store/categorystore.h"
#include "core/store/mediastore.h"
#include "core/store/portalstore.h"
#include "core/store/promostore.h"
#include "core/store/sql.h"
#include "core/store/translationpairs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <optional>

namespace PortalDesk::Interchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Interchange", text);
}

// A story has at most one version per language (issue 15): a file that pairs two English
// articles is refused, naming them. The pairs it makes are recorded, the Traditional Chinese
// version the original when the file does not say which came first.
Status checkPairs(const QSqlDatabase &db)
{
    auto doubled = Sql::run(db,
        QStringLiteral("SELECT translation_group, language, min(headline), max(headline) FROM articles"
                       " WHERE translation_group IS NOT NULL GROUP BY translation_group, language"
                       " HAVING count(*) > 1 ORDER BY translation_group"));
    if (!doubled)
        return std::unexpected(doubled.error());
    if (doubled->next()) {
        const QString language
            = languageName(languageFromTag(doubled->value(1).toString()).value_or(Language::ZhHantHK));
        return std::unexpected(Error::invalid(QStringLiteral("translation_group"),
            tr("translation group “%1” has two articles in %2 (“%3” and “%4”); a story has at most one "
               "version per language")
                .arg(doubled->value(0).toString(), language, doubled->value(2).toString(),
                    doubled->value(3).toString())));
    }
    auto recorded = Sql::run(db, TranslationPairs::recordPairsStatement());
    return recorded ? Status() : Status(std::unexpected(recorded.error()));
}

// "articles[3] (id “a-x”), headline: …" — which record, which field.
Error inRecord(const QString &list, qsizetype index, const QString &id, const Error &inner)
{
    QString where = QStringLiteral("%1[%2]").arg(list).arg(index);
    if (!id.isEmpty())
        where += QStringLiteral(" (id “%1”)").arg(id);
    if (!inner.field.isEmpty())
        where += QStringLiteral(", ") + inner.field;
    return Error { inner.code, inner.message, where };
}

Error syntaxError(const QByteArray &json, const QJsonParseError &parseError)
{
    int line = 1;
    int column = 1;
    const QByteArray before = json.left(parseError.offset);
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto byte = static_cast<unsigned char>(before.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return Error::of(Error::Code::Format,
        tr("line %1, column %2: %3 (the file is not valid JSON)")
            .arg(line)
            .arg(column)
            .arg(parseError.errorString()));
}

// The file's records, checked for shape and ids; their fields are read in load(), where
// a merge lays each one over what the database holds.
struct Parsed
{
    std::optional<QJsonObject> portal;
    QList<QJsonObject> sections;
    QList<QJsonObject> columns;
    QList<QJsonObject> articles;
    QList<QJsonObject> promos;
};

Result<QList<QJsonObject>> objectsOf(const QJsonObject &root, const char *key, const char *idKey)
{
    const QJsonValue value = root.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return QList<QJsonObject>();
    if (!value.isArray())
        return std::unexpected(Error::invalid(QString::fromLatin1(key), tr("must be a list")));
    const QString list = QString::fromLatin1(key);
    QList<QJsonObject> objects;
    QSet<QString> ids;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return std::unexpected(inRecord(list, i, {}, Error::invalid({}, tr("must be an object"))));
        const QJsonObject object = array.at(i).toObject();
        const QJsonValue idValue = object.value(QLatin1String(idKey));
        const QString id = idValue.toString();
        if (!idValue.isString() || id.trimmed().isEmpty())
            return std::unexpected(inRecord(list, i, {},
                Error::invalid(QString::fromLatin1(idKey),
                    tr("every record needs its own “%1”").arg(QLatin1String(idKey)))));
        if (ids.contains(id))
            return std::unexpected(inRecord(list, i, id,
                Error::invalid(QString::fromLatin1(idKey), tr("this is used by an earlier record too"))));
        ids.insert(id);
        objects.append(object);
    }
    return objects;
}

Result<Parsed> parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(syntaxError(json, parseError));
    if (!document.isObject())
        return fail(
            Error::Code::Format, tr("the file must hold one JSON object with \"format\": \"portaldesk/1\""));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != format) {
        return fail(Error::Code::Format,
            tr("this is not a portaldesk/1 file (its \"format\" is “%1”)")
                .arg(root.value(QStringLiteral("format")).toVariant().toString()));
    }

    Parsed parsed;
    const QJsonValue portal = root.value(QStringLiteral("portal"));
    if (portal.isObject())
        parsed.portal = portal.toObject();
    else if (!portal.isUndefined() && !portal.isNull())
        return std::unexpected(Error::invalid(QStringLiteral("portal"), tr("must be an object")));
    for (const auto &[key, idKey, target] : { std::tuple { "sections", "key", &parsed.sections },
             std::tuple { "columns", "key", &parsed.columns },
             std::tuple { "articles", "id", &parsed.articles },
             std::tuple { "promos", "id", &parsed.promos } }) {
        auto objects = objectsOf(root, key, idKey);
        if (!objects)
            return std::unexpected(objects.error());
        *target = std::move(*objects);
    }
    if (parsed.promos.size() > Limits::promosPerFile)
        return std::unexpected(Error::invalid(QStringLiteral("promos"),
            tr("the file has %1 promos; a portal file may hold at most %2")
                .arg(Limits::count(parsed.promos.size()), Limits::count(Limits::promosPerFile))));
    for (qsizetype i = 0; i < parsed.articles.size(); ++i) {
        const QString id = parsed.articles.at(i).value(QStringLiteral("id")).toString();
        if (!Rules::isSafeKey(id.toLower()))
            return std::unexpected(inRecord(QStringLiteral("articles"), i, id,
                Error::invalid(
                    QStringLiteral("id"), tr("every article needs an id of letters, digits and '-'"))));
    }
    return parsed;
}

Result<QByteArray> readPhoto(const QString &baseFolder, const QString &path)
{
    if (!Rules::isSafeRelativePath(path))
        return std::unexpected(Error::invalid(QStringLiteral("photos"),
            tr("“%1” must be a path inside the file's folder, without ..").arg(path)));
    const QString base = QFileInfo(baseFolder).canonicalFilePath();
    const QFileInfo file(QDir(baseFolder).filePath(path));
    const QString resolved = file.canonicalFilePath();
    if (!file.exists() || resolved.isEmpty())
        return std::unexpected(
            Error::invalid(QStringLiteral("photos"), tr("the photo file “%1” does not exist").arg(path)));
    if (!resolved.startsWith(base + u'/'))
        return std::unexpected(
            Error::invalid(QStringLiteral("photos"), tr("“%1” points outside the file's folder").arg(path)));
    return MediaStore::readPicture(resolved, path);
}

// Writes the stored picture `name` as mediaFolder/media/NAME (nothing without a folder) and
// returns the path the dumped file names it by.
Result<QString> dumpMedia(const MediaStore &media, const QString &mediaFolder, const QString &name)
{
    if (!mediaFolder.isEmpty()) {
        auto bytes = media.get(name);
        if (!bytes)
            return std::unexpected(bytes.error());
        const QString target = QDir(mediaFolder).filePath(QStringLiteral("media/") + name);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit())
            return fail(Error::Code::Io, tr("cannot write %1: %2").arg(target, out.errorString()));
    }
    return QStringLiteral("media/") + name;
}

// What a merge keeps: a field the file leaves out keeps the stored value; an object
// inside a record (names per language) merges key by key, where null removes a key;
// lists and plain values, null included, replace the stored ones.
QJsonObject overlay(QJsonObject stored, const QJsonObject &file, bool nested = false)
{
    for (auto it = file.begin(); it != file.end(); ++it) {
        const QJsonValue mine = stored.value(it.key());
        if (it.value().isObject() && mine.isObject())
            stored.insert(it.key(), overlay(mine.toObject(), it.value().toObject(), true));
        else if (nested && it.value().isNull())
            stored.remove(it.key());
        else
            stored.insert(it.key(), it.value());
    }
    return stored;
}

Result<int> countRows(const QSqlDatabase &db, const QString &table)
{
    auto query = Sql::run(db, QStringLiteral("SELECT count(*) FROM ") + table);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace

Result<LoadReport> load(const DatabasePtr &database, const QByteArray &json, const QString &baseFolder,
    const LoadOptions &options)
{
    auto parsed = parse(json);
    if (!parsed)
        return std::unexpected(parsed.error());

    const QSqlDatabase db = Sql::connection(*database);
    Sql::Transaction transaction(*database);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    if (!options.merge) {
        auto articles = countRows(db, QStringLiteral("articles"));
        auto promos = countRows(db, QStringLiteral("promos"));
        if (!articles || !promos)
            return std::unexpected(!articles ? articles.error() : promos.error());
        if (*articles + *promos > 0)
            return fail(Error::Code::Invalid,
                tr("%1 already has content (%2 articles, %3 promos); load with --merge to add to it")
                    .arg(database->address())
                    .arg(*articles)
                    .arg(*promos));
    }

    // The stores below run single statements on this thread's connection, inside our
    // transaction. Every record the file carries is laid over the stored one, if any:
    // what the file leaves out stays as it was (a portal object left out keeps the
    // portal's settings; an article without "photos" keeps its photos).
    const DatabasePtr &shared = database;
    LoadReport report;
    if (parsed->portal) {
        auto stored = PortalStore(shared).get();
        if (!stored)
            return std::unexpected(stored.error());
        QJsonObject given = *parsed->portal;
        // The logo, like a photo, is a file beside the portal file: it goes into the media store.
        if (const QJsonValue logo = given.value(QStringLiteral("logo"));
            logo.isString() && !logo.toString().isEmpty()) {
            auto bytes = readPhoto(baseFolder, logo.toString());
            if (bytes && SiteIcons::logoPng(*bytes).isEmpty()) // else every export would stop on it
                bytes = std::unexpected(Error::invalid(QStringLiteral("logo"),
                    tr("“%1” is not a picture PortalDesk can read").arg(logo.toString())));
            auto name = bytes ? MediaStore(shared).put(*bytes, logo.toString())
                              : Result<QString>(std::unexpected(bytes.error()));
            if (!name)
                return std::unexpected(
                    Error { name.error().code, name.error().message, QStringLiteral("portal, logo") });
            given.insert(QStringLiteral("logo"), *name);
        }
        const auto portal = ContentJson::portalFromJson(overlay(ContentJson::toJson(*stored), given));
        const Status put
            = portal ? PortalStore(shared).put(*portal) : Status(std::unexpected(portal.error()));
        if (!put)
            return std::unexpected(Error {
                put.error().code, put.error().message, QStringLiteral("portal, ") + put.error().field });
    }
    for (const auto &[list, name, kind, count] :
        { std::tuple { &parsed->sections, "sections", CategoryStore::Kind::Sections, &report.sections },
            std::tuple { &parsed->columns, "columns", CategoryStore::Kind::Columns, &report.columns } }) {
        CategoryStore store(shared, kind);
        auto existing = store.list();
        if (!existing)
            return std::unexpected(existing.error());
        QHash<QString, QJsonObject> stored;
        for (const Category &category : std::as_const(*existing))
            stored.insert(category.key, ContentJson::toJson(category));
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QJsonObject &object = list->at(i);
            const QString key = object.value(QStringLiteral("key")).toString();
            auto category = ContentJson::categoryFromJson(
                stored.contains(key) ? overlay(stored.value(key), object) : object);
            Status put = category ? store.put(*category) : Status(std::unexpected(category.error()));
            if (!put)
                return std::unexpected(inRecord(QString::fromLatin1(name), i, key, put.error()));
            ++*count;
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString note = options.note.isEmpty() ? tr("loaded from a portaldesk/1 file") : options.note;
    MediaStore media(shared);
    QSet<QString> mediaStored;
    for (qsizetype i = 0; i < parsed->articles.size(); ++i) {
        const QJsonObject &object = parsed->articles.at(i);
        const QString id = object.value(QStringLiteral("id")).toString();
        auto fail = [&](const Error &error) {
            return std::unexpected(inRecord(QStringLiteral("articles"), i, id, error));
        };
        auto stored = ArticleRows::read(db, id);
        if (!stored)
            return fail(stored.error());
        auto read
            = ContentJson::articleFromJson(*stored ? overlay(ContentJson::toJson(**stored), object) : object);
        if (!read)
            return fail(read.error());
        Article article = *read;
        // Pictures named in the file are read from beside it; kept photos are in the database.
        if (object.contains(QStringLiteral("photos"))) {
            for (Photo &photo : article.photos) {
                if (!photo.hasPicture())
                    continue;
                auto bytes = readPhoto(baseFolder, photo.file);
                if (!bytes)
                    return fail(bytes.error());
                const QString name = MediaStore::nameFor(*bytes, photo.file);
                if (!mediaStored.contains(name)) {
                    if (auto put = media.put(*bytes, name); !put)
                        return fail(put.error());
                    mediaStored.insert(name);
                    ++report.photos;
                }
                photo.file = name;
            }
        }
        if (auto checked = ArticleRows::checkReferences(db, article); !checked)
            return fail(checked.error());
        article.updatedAt = now;
        article.updatedBy = database->userName();
        if (*stored) {
            article.version = (*stored)->version + 1;
            article.createdAt = (*stored)->createdAt;
            article.createdBy = (*stored)->createdBy;
            auto updated = ArticleRows::update(db, article);
            if (!updated || !*updated)
                return fail(updated ? Error::of(Error::Code::Conflict, tr("changed while loading"))
                                    : updated.error());
            // A translation of it is behind now, as after an editor's save.
            if (auto counted = TranslationPairs::countEdit(db, **stored, article); !counted)
                return fail(counted.error());
            ++report.articlesUpdated;
        } else {
            article.version = 1;
            article.createdAt = now;
            article.createdBy = database->userName();
            if (auto inserted = ArticleRows::insert(db, article); !inserted)
                return fail(inserted.error());
            ++report.articlesAdded;
        }
        if (auto revised = ArticleRows::writeRevision(db, article, note); !revised)
            return fail(revised.error());
    }

    if (Status paired = checkPairs(db); !paired)
        return std::unexpected(paired.error());

    PromoStore promos(shared);
    for (qsizetype i = 0; i < parsed->promos.size(); ++i) {
        const QJsonObject &object = parsed->promos.at(i);
        const QString id = object.value(QStringLiteral("id")).toString();
        auto fail = [&](const Error &error) {
            return std::unexpected(inRecord(QStringLiteral("promos"), i, id, error));
        };
        auto stored = promos.get(id);
        if (!stored && stored.error().code != Error::Code::NotFound)
            return fail(stored.error());
        auto read
            = ContentJson::promoFromJson(stored ? overlay(ContentJson::toJson(*stored), object) : object);
        if (!read)
            return fail(read.error());
        const Promo &promo = *read;
        if (promo.link.startsWith(u"article:")) {
            auto target = ArticleRows::read(db, promo.link.mid(8));
            if (!target || !*target)
                return fail(Error::invalid(
                    QStringLiteral("link"), tr("there is no article “%1”").arg(promo.link.mid(8))));
        }
        auto done = Sql::run(db,
            QStringLiteral(
                "INSERT INTO promos (id, slot, kicker, text, call_to_action, link, image, language, "
                "start_at, end_at, position, enabled, zh_hans_kicker, zh_hans_text, zh_hans_call_to_action, "
                "version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET "
                "slot = "
                "excluded.slot,"
                " kicker = excluded.kicker, text = excluded.text, call_to_action = excluded.call_to_action, "
                "link = excluded.link,"
                " image = excluded.image, language = excluded.language, start_at = excluded.start_at, end_at "
                "= excluded.end_at,"
                " position = excluded.position, enabled = excluded.enabled,"
                " zh_hans_kicker = excluded.zh_hans_kicker, zh_hans_text = excluded.zh_hans_text,"
                " zh_hans_call_to_action = excluded.zh_hans_call_to_action, version = promos.version + 1"),
            { promo.id, promo.slot, Sql::notNull(promo.kicker), promo.text, Sql::notNull(promo.callToAction),
                promo.link, Sql::nullIfEmpty(promo.image), languageTag(promo.language),
                Sql::fromTime(promo.startsAt), Sql::fromTime(promo.endsAt), promo.position,
                promo.enabled ? 1 : 0, Sql::nullIfEmpty(promo.simplifiedOverride.kicker),
                Sql::nullIfEmpty(promo.simplifiedOverride.text),
                Sql::nullIfEmpty(promo.simplifiedOverride.callToAction) });
        if (!done)
            return fail(done.error());
        if (auto indexed = SearchRows::putPromo(db, promo); !indexed)
            return fail(indexed.error());
        ++report.promos;
    }

    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    QStringList ids;
    for (const QJsonObject &article : std::as_const(parsed->articles))
        ids.append(article.value(QStringLiteral("id")).toString());
    emit database->articlesChanged(ids);
    emit database->promosChanged();
    if (parsed->portal)
        emit database->portalChanged();
    if (!parsed->sections.isEmpty() || !parsed->columns.isEmpty())
        emit database->categoriesChanged();
    return report;
}

Result<LoadReport> loadFile(const DatabasePtr &database, const QString &path, const LoadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > Limits::interchangeFileBytes)
        return fail(Error::Code::Invalid,
            tr("%1 is %2 bytes; a portal file may be at most %3 (use migrate to move a larger portal "
               "between databases)")
                .arg(path, Limits::count(file.size()), Limits::count(Limits::interchangeFileBytes)));
    auto report = load(database, file.readAll(), QFileInfo(path).absolutePath(), options);
    if (!report)
        return std::unexpected(Error { report.error().code, report.error().message,
            report.error().field.isEmpty() ? path : path + QStringLiteral(": ") + report.error().field });
    return report;
}

Result<QByteArray> dump(const DatabasePtr &database, const QString &mediaFolder)
{
    const QSqlDatabase db = Sql::connection(*database);
    const DatabasePtr &shared = database;
    QJsonObject root { { QStringLiteral("format"), QString(format) } };

    auto portal = PortalStore(shared).get();
    if (!portal)
        return std::unexpected(portal.error());
    MediaStore media(shared);
    if (!portal->logo.isEmpty()) {
        auto path = dumpMedia(media, mediaFolder, portal->logo);
        if (!path)
            return std::unexpected(path.error());
        portal->logo = *path;
    }
    root.insert(QStringLiteral("portal"), ContentJson::toJson(*portal));

    for (const auto &[key, kind] : { std::pair { "sections", CategoryStore::Kind::Sections },
             std::pair { "columns", CategoryStore::Kind::Columns } }) {
        auto list = CategoryStore(shared, kind).list();
        if (!list)
            return std::unexpected(list.error());
        QJsonArray array;
        for (const Category &category : std::as_const(*list))
            array.append(ContentJson::toJson(category));
        root.insert(QString::fromLatin1(key), array);
    }

    auto ids = Sql::run(db, QStringLiteral("SELECT id FROM articles ORDER BY id"));
    if (!ids)
        return std::unexpected(ids.error());
    QStringList articleIds;
    while (ids->next())
        articleIds.append(ids->value(0).toString());
    QJsonArray articles;
    for (const QString &id : std::as_const(articleIds)) {
        auto article = ArticleRows::read(db, id);
        if (!article || !*article)
            return std::unexpected(article ? Error::of(Error::Code::NotFound, id) : article.error());
        for (Photo &photo : (*article)->photos) {
            if (!photo.hasPicture())
                continue;
            auto path = dumpMedia(media, mediaFolder, photo.file);
            if (!path)
                return std::unexpected(path.error());
            photo.file = *path;
        }
        articles.append(ContentJson::toJson(**article));
    }
    root.insert(QStringLiteral("articles"), articles);

    auto promos = Sql::run(db, QStringLiteral("SELECT id FROM promos ORDER BY slot, position, id"));
    if (!promos)
        return std::unexpected(promos.error());
    QJsonArray promoArray;
    PromoStore promoStore(shared);
    while (promos->next()) {
        auto promo = promoStore.get(promos->value(0).toString());
        if (!promo)
            return std::unexpected(promo.error());
        promoArray.append(ContentJson::toJson(*promo));
    }
    root.insert(QStringLiteral("promos"), promoArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace PortalDesk::Interchange
