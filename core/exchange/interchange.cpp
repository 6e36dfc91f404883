#include "core/exchange/interchange.h"

#include "core/content/rules.h"
#include "core/exchange/contentjson.h"
#include "core/search/searchrows.h"
#include "core/store/articlerows.h"
#include "core/store/categorystore.h"
#include "core/store/mediastore.h"
#include "core/store/portalstore.h"
#include "core/store/promostore.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace PortalDesk::Interchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Interchange", text);
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

struct Parsed
{
    Portal portal;
    QList<Category> sections;
    QList<Category> columns;
    QList<Article> articles;
    QList<Promo> promos;
    QMap<QString, QByteArray> media; // content name → bytes
};

Result<QJsonArray> listOf(const QJsonObject &root, const char *key)
{
    const QJsonValue value = root.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return std::unexpected(Error::invalid(QString::fromLatin1(key), tr("must be a list")));
    return value.toArray();
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
    QFile in(resolved);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error::invalid(QStringLiteral("photos"), tr("cannot read “%1”: %2").arg(path, in.errorString())));
    return in.readAll();
}

Result<Parsed> parse(const QByteArray &json, const QString &baseFolder)
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
    if (root.contains(QStringLiteral("portal"))) {
        auto portal = ContentJson::portalFromJson(root.value(QStringLiteral("portal")).toObject());
        if (!portal)
            return std::unexpected(Error { portal.error().code, portal.error().message,
                QStringLiteral("portal, ") + portal.error().field });
        parsed.portal = *portal;
    }

    for (const auto &[key, target] :
        { std::pair { "sections", &parsed.sections }, std::pair { "columns", &parsed.columns } }) {
        auto list = listOf(root, key);
        if (!list)
            return std::unexpected(list.error());
        QSet<QString> keys;
        for (qsizetype i = 0; i < list->size(); ++i) {
            auto category = ContentJson::categoryFromJson(list->at(i).toObject());
            const QString id = list->at(i).toObject().value(QStringLiteral("key")).toString();
            if (!category)
                return std::unexpected(inRecord(QString::fromLatin1(key), i, id, category.error()));
            if (keys.contains(category->key))
                return std::unexpected(inRecord(QString::fromLatin1(key), i, id,
                    Error::invalid(QStringLiteral("key"), tr("the key is used twice"))));
            keys.insert(category->key);
            target->append(*category);
        }
    }

    auto articles = listOf(root, "articles");
    if (!articles)
        return std::unexpected(articles.error());
    QSet<QString> ids;
    for (qsizetype i = 0; i < articles->size(); ++i) {
        const QJsonObject object = articles->at(i).toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        if (!articles->at(i).isObject())
            return std::unexpected(
                inRecord(QStringLiteral("articles"), i, {}, Error::invalid({}, tr("must be an object"))));
        auto article = ContentJson::articleFromJson(object);
        if (!article)
            return std::unexpected(inRecord(QStringLiteral("articles"), i, id, article.error()));
        if (id.isEmpty() || !Rules::isSafeKey(id.toLower()))
            return std::unexpected(inRecord(QStringLiteral("articles"), i, id,
                Error::invalid(
                    QStringLiteral("id"), tr("every article needs an id of letters, digits and '-'"))));
        if (ids.contains(id))
            return std::unexpected(inRecord(QStringLiteral("articles"), i, id,
                Error::invalid(QStringLiteral("id"), tr("this id is used by an earlier article too"))));
        ids.insert(id);
        for (Photo &photo : article->photos) {
            if (!photo.hasPicture())
                continue;
            auto bytes = readPhoto(baseFolder, photo.file);
            if (!bytes)
                return std::unexpected(inRecord(QStringLiteral("articles"), i, id, bytes.error()));
            photo.file = MediaStore::nameFor(*bytes, photo.file);
            parsed.media.insert(photo.file, *bytes);
        }
        parsed.articles.append(*article);
    }

    auto promos = listOf(root, "promos");
    if (!promos)
        return std::unexpected(promos.error());
    QSet<QString> promoIds;
    for (qsizetype i = 0; i < promos->size(); ++i) {
        const QString id = promos->at(i).toObject().value(QStringLiteral("id")).toString();
        auto promo = ContentJson::promoFromJson(promos->at(i).toObject());
        if (!promo)
            return std::unexpected(inRecord(QStringLiteral("promos"), i, id, promo.error()));
        if (id.isEmpty() || promoIds.contains(id))
            return std::unexpected(inRecord(QStringLiteral("promos"), i, id,
                Error::invalid(QStringLiteral("id"), tr("every promo needs its own id"))));
        promoIds.insert(id);
        parsed.promos.append(*promo);
    }
    return parsed;
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
    auto parsed = parse(json, baseFolder);
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

    // The stores below run single statements on this thread's connection, inside our transaction.
    const DatabasePtr &shared = database;
    LoadReport report;
    if (auto put = PortalStore(shared).put(parsed->portal); !put)
        return std::unexpected(
            Error { put.error().code, put.error().message, QStringLiteral("portal, ") + put.error().field });
    for (const auto &[list, kind, count] :
        { std::tuple { &parsed->sections, CategoryStore::Kind::Sections, &report.sections },
            std::tuple { &parsed->columns, CategoryStore::Kind::Columns, &report.columns } }) {
        CategoryStore store(shared, kind);
        for (const Category &category : *list) {
            if (auto put = store.put(category); !put)
                return std::unexpected(put.error());
            ++*count;
        }
    }
    MediaStore media(shared);
    for (auto it = parsed->media.cbegin(); it != parsed->media.cend(); ++it) {
        if (auto put = media.put(it.value(), it.key()); !put)
            return std::unexpected(put.error());
        ++report.photos;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString note = options.note.isEmpty() ? tr("loaded from a portaldesk/1 file") : options.note;
    for (qsizetype i = 0; i < parsed->articles.size(); ++i) {
        Article article = parsed->articles.at(i);
        auto fail = [&](const Error &error) {
            return std::unexpected(inRecord(QStringLiteral("articles"), i, article.id, error));
        };
        if (auto checked = ArticleRows::checkReferences(db, article); !checked)
            return fail(checked.error());
        auto stored = ArticleRows::read(db, article.id);
        if (!stored)
            return fail(stored.error());
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

    for (qsizetype i = 0; i < parsed->promos.size(); ++i) {
        const Promo &promo = parsed->promos.at(i);
        if (promo.link.startsWith(u"article:")) {
            auto target = ArticleRows::read(db, promo.link.mid(8));
            if (!target || !*target)
                return std::unexpected(inRecord(QStringLiteral("promos"), i, promo.id,
                    Error::invalid(
                        QStringLiteral("link"), tr("there is no article “%1”").arg(promo.link.mid(8)))));
        }
        auto done = Sql::run(db,
            QStringLiteral(
                "INSERT INTO promos (id, slot, kicker, text, call_to_action, link, image, language, "
                "start_at, end_at, position, enabled, version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET slot = "
                "excluded.slot,"
                " kicker = excluded.kicker, text = excluded.text, call_to_action = excluded.call_to_action, "
                "link = excluded.link,"
                " image = excluded.image, language = excluded.language, start_at = excluded.start_at, end_at "
                "= excluded.end_at,"
                " position = excluded.position, enabled = excluded.enabled, version = promos.version + 1"),
            { promo.id, promo.slot, Sql::notNull(promo.kicker), promo.text, Sql::notNull(promo.callToAction),
                promo.link, Sql::nullIfEmpty(promo.image), languageTag(promo.language),
                Sql::fromTime(promo.startsAt), Sql::fromTime(promo.endsAt), promo.position,
                promo.enabled ? 1 : 0 });
        if (!done)
            return std::unexpected(inRecord(QStringLiteral("promos"), i, promo.id, done.error()));
        if (auto indexed = SearchRows::putPromo(db, promo); !indexed)
            return std::unexpected(inRecord(QStringLiteral("promos"), i, promo.id, indexed.error()));
        ++report.promos;
    }

    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    QStringList ids;
    for (const Article &article : std::as_const(parsed->articles))
        ids.append(article.id);
    emit database->articlesChanged(ids);
    emit database->promosChanged();
    return report;
}

Result<LoadReport> loadFile(const DatabasePtr &database, const QString &path, const LoadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
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
    MediaStore media(shared);
    for (const QString &id : std::as_const(articleIds)) {
        auto article = ArticleRows::read(db, id);
        if (!article || !*article)
            return std::unexpected(article ? Error::of(Error::Code::NotFound, id) : article.error());
        for (Photo &photo : (*article)->photos) {
            if (!photo.hasPicture())
                continue;
            if (!mediaFolder.isEmpty()) {
                auto bytes = media.get(photo.file);
                if (!bytes)
                    return std::unexpected(bytes.error());
                const QString target = QDir(mediaFolder).filePath(QStringLiteral("media/") + photo.file);
                QDir().mkpath(QFileInfo(target).absolutePath());
                QSaveFile out(target);
                if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit())
                    return fail(Error::Code::Io, tr("cannot write %1: %2").arg(target, out.errorString()));
            }
            photo.file = QStringLiteral("media/") + photo.file;
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
