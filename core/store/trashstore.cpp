#include "core/store/trashstore.h"

#include "core/exchange/contentjson.h"
#include "core/search/searchrows.h"
#include "core/store/articlerows.h"
#include "core/store/editlocks.h"
#include "core/store/newsroom.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::TrashStore", text);
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The rows `sql` reads, each an object with `keys` for its columns in order: whole numbers
// stay numbers, the rest is kept as stored text.
Result<QJsonArray> rowsOf(
    const QSqlDatabase &db, const QString &sql, const QVariantList &bindings, const QStringList &keys)
{
    auto query = Sql::run(db, sql, bindings);
    if (!query)
        return std::unexpected(query.error());
    QJsonArray rows;
    while (query->next()) {
        QJsonObject row;
        for (int i = 0; i < int(keys.size()); ++i) {
            const QVariant value = query->value(i);
            const int type = value.typeId();
            const bool number = type == QMetaType::Int || type == QMetaType::LongLong;
            row.insert(keys.at(i), number ? QJsonValue(value.toLongLong()) : QJsonValue(value.toString()));
        }
        rows.append(row);
    }
    return rows;
}

// What the trash keeps of an article: its fields (as a portaldesk/1 file holds them),
// what a file leaves out (version, who and when), its revisions, its live slugs and its
// place in a translation pair (how far it has been edited, and the links either way).
Result<QJsonObject> snapshot(const QSqlDatabase &db, const Article &article)
{
    QJsonObject kept { { QStringLiteral("article"), ContentJson::toJson(article) },
        { QStringLiteral("version"), article.version }, { QStringLiteral("created_by"), article.createdBy },
        { QStringLiteral("created_at"), Sql::fromTime(article.createdAt).toString() },
        { QStringLiteral("updated_by"), article.updatedBy },
        { QStringLiteral("updated_at"), Sql::fromTime(article.updatedAt).toString() } };
    const QVariantList id { article.id };
    auto revisions = rowsOf(db,
        QStringLiteral("SELECT version, saved_by, saved_at, note, snapshot FROM article_revisions"
                       " WHERE article_id = ? ORDER BY id"),
        id,
        { QStringLiteral("version"), QStringLiteral("saved_by"), QStringLiteral("saved_at"),
            QStringLiteral("note"), QStringLiteral("snapshot") });
    auto slugs = rowsOf(db,
        QStringLiteral("SELECT slug, live_since FROM article_slugs WHERE article_id = ? ORDER BY live_since"),
        id, { QStringLiteral("slug"), QStringLiteral("live_since") });
    auto edits = rowsOf(db, QStringLiteral("SELECT text_edits FROM articles WHERE id = ?"), id,
        { QStringLiteral("text_edits") });
    auto links = rowsOf(db,
        QStringLiteral(
            "SELECT translation_id, original_id, synced_edits, synced_version, synced_by, synced_at"
            " FROM translation_links WHERE translation_id = ? OR original_id = ?"),
        { article.id, article.id },
        { QStringLiteral("translation_id"), QStringLiteral("original_id"), QStringLiteral("synced_edits"),
            QStringLiteral("synced_version"), QStringLiteral("synced_by"), QStringLiteral("synced_at") });
    for (const auto *read : { &revisions, &slugs, &edits, &links }) {
        if (!*read)
            return std::unexpected(read->error());
    }
    kept.insert(QStringLiteral("revisions"), *revisions);
    kept.insert(QStringLiteral("slugs"), *slugs);
    kept.insert(QStringLiteral("text_edits"),
        edits->isEmpty() ? QJsonValue(0) : edits->first().toObject().value(QStringLiteral("text_edits")));
    kept.insert(QStringLiteral("translation_links"), *links);
    return kept;
}

Result<Article> articleFrom(const QString &id, const QJsonObject &kept)
{
    auto article = ContentJson::articleFromJson(kept.value(QStringLiteral("article")).toObject());
    if (!article)
        return fail(Error::Code::Format,
            tr("the trash's copy of article “%1” is damaged: %2").arg(id, article.error().text()));
    article->version = kept.value(QStringLiteral("version")).toInt();
    article->createdBy = text(kept, "created_by");
    article->createdAt = Sql::toTime(text(kept, "created_at"));
    article->updatedBy = text(kept, "updated_by");
    article->updatedAt = Sql::toTime(text(kept, "updated_at"));
    return article;
}

// The revisions and slugs the article had, back under its id.
Status restoreHistory(const QSqlDatabase &db, const QString &id, const QJsonObject &kept)
{
    for (const QJsonValue &value : kept.value(QStringLiteral("revisions")).toArray()) {
        const QJsonObject revision = value.toObject();
        auto done = Sql::run(db,
            QStringLiteral("INSERT INTO article_revisions (article_id, version, saved_by, saved_at, note,"
                           " snapshot) VALUES (?, ?, ?, ?, ?, ?)"),
            { id, revision.value(QStringLiteral("version")).toInt(), text(revision, "saved_by"),
                text(revision, "saved_at"), text(revision, "note"), text(revision, "snapshot") });
        if (!done)
            return std::unexpected(done.error());
    }
    for (const QJsonValue &value : kept.value(QStringLiteral("slugs")).toArray()) {
        const QJsonObject slug = value.toObject();
        auto done = Sql::run(db,
            QStringLiteral("INSERT INTO article_slugs (article_id, slug, live_since) VALUES (?, ?, ?)"
                           " ON CONFLICT DO NOTHING"),
            { id, text(slug, "slug"), text(slug, "live_since") });
        if (!done)
            return std::unexpected(done.error());
    }
    auto edits = Sql::run(db, QStringLiteral("UPDATE articles SET text_edits = ? WHERE id = ?"),
        { kept.value(QStringLiteral("text_edits")).toInt(), id });
    if (!edits)
        return std::unexpected(edits.error());
    // A link comes back when its partner is still there (and not paired again meanwhile).
    for (const QJsonValue &value : kept.value(QStringLiteral("translation_links")).toArray()) {
        const QJsonObject link = value.toObject();
        const QString translation = text(link, "translation_id");
        const QString original = text(link, "original_id");
        auto done = Sql::run(db,
            QStringLiteral("INSERT INTO translation_links (translation_id, original_id, synced_edits,"
                           " synced_version, synced_by, synced_at) SELECT ?, ?, ?, ?, ?, ?"
                           " WHERE (SELECT count(*) FROM articles WHERE id IN (?, ?)) = 2"
                           " ON CONFLICT DO NOTHING"),
            { translation, original, link.value(QStringLiteral("synced_edits")).toInt(),
                link.value(QStringLiteral("synced_version")).toInt(), text(link, "synced_by"),
                text(link, "synced_at"), translation, original });
        if (!done)
            return std::unexpected(done.error());
    }
    return {};
}

// Who else saved versions kept with a trashed article, as lists name them (display names).
QStringList otherSavers(const QSqlDatabase &db, const QJsonObject &kept, const QString &me)
{
    QStringList logins; // each once, in the order of the history, so each is looked up once
    for (const QJsonValue &value : kept.value(QStringLiteral("revisions")).toArray()) {
        const QString by = text(value.toObject(), "saved_by");
        if (by != me && !logins.contains(by))
            logins << by;
    }
    QStringList others;
    for (const QString &by : std::as_const(logins)) {
        auto named = Sql::run(db, QStringLiteral("SELECT display_name FROM people WHERE login = ?"), { by });
        const QString name = named && named->next() ? named->value(0).toString() : by;
        if (!others.contains(name))
            others << name;
    }
    return others;
}

// Another article now in its language in its translation group (one per language).
Result<QString> pairTaken(const QSqlDatabase &db, const Article &article)
{
    if (article.translationGroup.isEmpty())
        return QString();
    auto query = Sql::run(db,
        QStringLiteral("SELECT id FROM articles WHERE translation_group = ? AND language = ? AND id <> ?"
                       " LIMIT 1"),
        { article.translationGroup, languageTag(article.language), article.id });
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toString() : QString();
}

const QString listColumns = QStringLiteral(
    "SELECT article_id, headline, language, status, publish_at,"
    " COALESCE((SELECT p.display_name FROM people p WHERE p.login = trashed_by), trashed_by), trashed_at"
    " FROM trash");

TrashedArticle trashedFrom(const QSqlQuery &query)
{
    return TrashedArticle { query.value(0).toString(), query.value(1).toString(),
        languageFromTag(query.value(2).toString()).value_or(Language::ZhHantHK),
        statusFromKey(query.value(3).toString()).value_or(ArticleStatus::Draft), Sql::toTime(query.value(4)),
        query.value(5).toString(), Sql::toTime(query.value(6)) };
}

Error notInTrash(const QString &id)
{
    return Error::of(Error::Code::NotFound, tr("article “%1” is not in the trash").arg(id));
}

} // namespace

TrashStore::TrashStore(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QList<TrashedArticle>> TrashStore::list() const
{
    auto query = Sql::run(
        Sql::connection(*m_database), listColumns + QStringLiteral(" ORDER BY trashed_at DESC, article_id"));
    if (!query)
        return std::unexpected(query.error());
    QList<TrashedArticle> trashed;
    while (query->next())
        trashed.append(trashedFrom(*query));
    return trashed;
}

Result<int> TrashStore::count() const
{
    auto query = Sql::run(Sql::connection(*m_database), QStringLiteral("SELECT count(*) FROM trash"));
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toInt() : 0;
}

Result<TrashedArticle> TrashStore::get(const QString &id) const
{
    auto query = Sql::run(
        Sql::connection(*m_database), listColumns + QStringLiteral(" WHERE article_id = ?"), { id });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(notInTrash(id));
    return trashedFrom(*query);
}

Status TrashStore::moveToTrash(const QString &id)
{
    // A colleague's open editor would lose its article under their hands; one's own lock
    // goes with the row.
    auto lock = EditLocks(m_database).holder(id);
    if (!lock)
        return std::unexpected(lock.error());
    if (*lock && !(*lock)->mine)
        return fail(Error::Code::Conflict,
            tr("%1 is editing article “%2” on %3; it can go to the trash once they close it")
                .arg((*lock)->name, id, (*lock)->host));
    const QSqlDatabase db = Sql::connection(*m_database);
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto stored = ArticleRows::read(db, id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fail(Error::Code::NotFound, tr("there is no article “%1”").arg(id));
    const Article &article = **stored;
    auto kept = snapshot(db, article);
    if (!kept)
        return std::unexpected(kept.error());
    // Its photos, columns, revisions, slugs, lock and edition texts go with the row.
    auto deleted = Sql::run(db, QStringLiteral("DELETE FROM articles WHERE id = ?"), { id });
    if (!deleted)
        return std::unexpected(deleted.error());
    if (deleted->numRowsAffected() == 0) {
        // Row-level security hides a row this person may not delete (core/store/newsroom.h).
        if (auto rights = Newsroom(m_database).rights(); rights) {
            if (const QString refusal = rights->mayEdit(article); !refusal.isEmpty())
                return fail(Error::Code::Denied, refusal);
        }
        return fail(Error::Code::NotFound, tr("there is no article “%1”").arg(id));
    }
    if (auto unindexed = SearchRows::removeArticle(db, id); !unindexed)
        return unindexed;
    auto trashed = Sql::run(db,
        QStringLiteral("INSERT INTO trash (article_id, language, headline, status, publish_at, trashed_by,"
                       " trashed_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, languageTag(article.language), article.headline, statusKey(article.status),
            Sql::fromTime(article.publishAt), m_database->userName(),
            Sql::fromTime(QDateTime::currentDateTimeUtc()),
            QString::fromUtf8(QJsonDocument(*kept).toJson(QJsonDocument::Compact)) });
    if (!trashed)
        return std::unexpected(trashed.error());
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit m_database->articlesChanged({ id });
    return {};
}

Result<Article> TrashStore::restore(const QString &id)
{
    const QSqlDatabase db = Sql::connection(*m_database);
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto query = Sql::run(db, QStringLiteral("SELECT snapshot FROM trash WHERE article_id = ?"), { id });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(notInTrash(id));
    const QJsonObject kept = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
    auto article = articleFrom(id, kept);
    if (!article)
        return article;
    if (auto existing = ArticleRows::read(db, id); !existing || *existing)
        return fail(Error::Code::Conflict,
            existing
                ? tr("“%1” cannot come back: another article now has its id %2").arg(article->headline, id)
                : existing.error().message);
    if (auto checked = ArticleRows::checkReferences(db, *article); !checked)
        return fail(Error::Code::Conflict,
            tr("“%1” cannot come back as it was: %2").arg(article->headline, checked.error().message));
    auto paired = pairTaken(db, *article);
    if (!paired)
        return std::unexpected(paired.error());
    if (!paired->isEmpty())
        return fail(Error::Code::Conflict,
            tr("“%1” cannot come back into its translation pair: article %2 is its %3 version now")
                .arg(article->headline, *paired, languageTag(article->language)));
    if (auto inserted = ArticleRows::insert(db, *article); !inserted)
        return std::unexpected(inserted.error());
    // On a newsroom server a reporter may write only their own versions into History.
    const QStringList others = otherSavers(db, kept, m_database->userName());
    if (auto history = restoreHistory(db, id, kept); !history) {
        if (history.error().code == Error::Code::Denied && !others.isEmpty())
            return fail(Error::Code::Denied,
                tr("“%1” cannot come back by your hand: its history holds versions saved by %2, which "
                   "only a sub-editor or the chief editor may put back; ask one of them to restore it "
                   "from the trash")
                    .arg(article->headline, others.join(tr(", "))));
        return std::unexpected(history.error());
    }
    auto removed = Sql::run(db, QStringLiteral("DELETE FROM trash WHERE article_id = ?"), { id });
    if (!removed)
        return std::unexpected(removed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    emit m_database->articlesChanged({ id });
    return article;
}

Status TrashStore::deleteForever(const QString &id)
{
    auto removed = Sql::run(
        Sql::connection(*m_database), QStringLiteral("DELETE FROM trash WHERE article_id = ?"), { id });
    if (!removed)
        return std::unexpected(removed.error());
    if (removed->numRowsAffected() == 0)
        return std::unexpected(notInTrash(id));
    return {};
}

Result<int> TrashStore::empty()
{
    auto removed = Sql::run(Sql::connection(*m_database), QStringLiteral("DELETE FROM trash"));
    if (!removed)
        return std::unexpected(removed.error());
    return removed->numRowsAffected();
}

} // namespace PortalDesk
