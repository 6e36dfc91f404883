#include "core/store/translationpairs.h"

#include "core/store/articlerows.h"
#include "core/store/articlestore.h"
#include "core/store/sql.h"

#include <QCoreApplication>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::TranslationPairs", text);
}

Result<Article> readArticle(const QSqlDatabase &db, const QString &id)
{
    auto row = ArticleRows::read(db, id);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, tr("there is no article “%1”; it may have been deleted").arg(id));
    return **row;
}

// The headlines of the other articles in `group`.
Result<QStringList> othersIn(const QSqlDatabase &db, const QString &group, const QString &id)
{
    auto query = Sql::run(db,
        QStringLiteral("SELECT headline FROM articles WHERE translation_group = ? AND id <> ? ORDER BY id"),
        { group, id });
    if (!query)
        return std::unexpected(query.error());
    QStringList headlines;
    while (query->next())
        headlines.append(query->value(0).toString());
    return headlines;
}

Status saved(const SaveResult &result)
{
    return result ? Status() : Status(std::unexpected(result.error().error));
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

TranslationPairs::TranslationPairs(DatabasePtr database)
    : m_database(std::move(database))
{ }

bool TranslationPairs::changesText(const Article &before, const Article &after)
{
    if (before.kicker != after.kicker || before.headline != after.headline
        || before.standfirst != after.standfirst || before.body != after.body
        || before.photos.size() != after.photos.size())
        return true;
    for (qsizetype i = 0; i < before.photos.size(); ++i) {
        if (before.photos.at(i).caption != after.photos.at(i).caption
            || before.photos.at(i).alt != after.photos.at(i).alt)
            return true;
    }
    return false;
}

Status TranslationPairs::countEdit(const QSqlDatabase &db, const Article &before, const Article &after)
{
    if (!changesText(before, after))
        return {};
    auto counted = Sql::run(
        db, QStringLiteral("UPDATE articles SET text_edits = text_edits + 1 WHERE id = ?"), { after.id });
    return counted ? Status() : Status(std::unexpected(counted.error()));
}

Status TranslationPairs::linkNewTranslation(
    const QSqlDatabase &db, const Article &created, const QString &userName)
{
    auto done = Sql::run(db,
        QStringLiteral(
            "INSERT INTO translation_links"
            " (translation_id, original_id, synced_edits, synced_version, synced_by, synced_at)"
            " SELECT ?, o.id, o.text_edits, o.version, ?, ? FROM articles o"
            " WHERE o.translation_group = ? AND o.id <> ? AND o.language <> ?"
            " ORDER BY CASE o.language WHEN 'zh-Hant-HK' THEN 0 ELSE 1 END, o.created_at, o.id LIMIT 1"),
        { created.id, userName, Sql::fromTime(created.createdAt.isValid() ? created.createdAt : now()),
            created.translationGroup, created.id, languageTag(created.language) });
    return done ? Status() : Status(std::unexpected(done.error()));
}

QString TranslationPairs::recordPairsStatement()
{
    return QStringLiteral(
        "INSERT INTO translation_links (translation_id, original_id, synced_edits, synced_version, synced_at)"
        " SELECT t.id, o.id, o.text_edits, o.version, t.updated_at FROM articles t JOIN articles o"
        " ON o.translation_group = t.translation_group AND o.id <> t.id AND o.language <> t.language"
        " WHERE (o.created_at < t.created_at OR (o.created_at = t.created_at AND (o.language = 'zh-Hant-HK'"
        " OR (t.language <> 'zh-Hant-HK' AND o.id < t.id))))"
        " AND (SELECT count(*) FROM articles g WHERE g.translation_group = t.translation_group) = 2"
        " AND NOT EXISTS (SELECT 1 FROM translation_links x WHERE x.translation_id IN (t.id, o.id))");
}

Status TranslationPairs::link(const QString &originalId, const QString &translationId)
{
    if (originalId == translationId)
        return fail(Error::Code::Invalid, tr("an article cannot be its own translation"));
    const QSqlDatabase db = Sql::connection(*m_database);
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto original = readArticle(db, originalId);
    if (!original)
        return std::unexpected(original.error());
    auto translation = readArticle(db, translationId);
    if (!translation)
        return std::unexpected(translation.error());
    if (original->language == translation->language)
        return fail(Error::Code::Invalid,
            tr("“%1” and “%2” are both in %3; a translation is in another language")
                .arg(original->headline, translation->headline, languageName(original->language)));
    if (!translation->translationGroup.isEmpty()
        && translation->translationGroup != original->translationGroup) {
        auto others = othersIn(db, translation->translationGroup, translation->id);
        if (!others)
            return std::unexpected(others.error());
        if (!others->isEmpty())
            return fail(Error::Code::Conflict,
                tr("“%1” is already paired with “%2”; unlink it first")
                    .arg(translation->headline, others->join(QStringLiteral("”, “"))));
    }

    // The pair's group is the original's, or named after the original when it has none.
    const QString group = original->translationGroup.isEmpty() ? original->id : original->translationGroup;
    ArticleStore store(m_database);
    if (original->translationGroup != group) {
        Article edited = *original;
        edited.translationGroup = group;
        auto result = store.saveInTransaction(edited,
            tr("paired with its %1 translation “%2”")
                .arg(languageName(translation->language), translation->headline));
        if (!result)
            return saved(result);
        *original = *result;
    }
    if (translation->translationGroup != group) {
        Article edited = *translation;
        edited.translationGroup = group;
        if (Status done = saved(store.saveInTransaction(edited,
                tr("paired as the %1 translation of “%2”")
                    .arg(languageName(translation->language), original->headline)));
            !done)
            return done;
    }
    // Neither may stay recorded the other way round, or as another story's translation.
    if (auto cleared
        = Sql::run(db, QStringLiteral("DELETE FROM translation_links WHERE translation_id IN (?, ?)"),
            { originalId, translationId });
        !cleared)
        return std::unexpected(cleared.error());
    auto linked = Sql::run(db,
        QStringLiteral("INSERT INTO translation_links"
                       " (translation_id, original_id, synced_edits, synced_version, synced_by, synced_at)"
                       " SELECT ?, id, text_edits, version, ?, ? FROM articles WHERE id = ?"),
        { translationId, m_database->userName(), Sql::fromTime(now()), originalId });
    if (!linked)
        return std::unexpected(linked.error());
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit m_database->articlesChanged({ originalId, translationId });
    return {};
}

Status TranslationPairs::unlink(const QString &articleId)
{
    const QSqlDatabase db = Sql::connection(*m_database);
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto article = readArticle(db, articleId);
    if (!article)
        return std::unexpected(article.error());
    if (article->translationGroup.isEmpty())
        return fail(Error::Code::Invalid, tr("“%1” is not paired with a translation").arg(article->headline));
    auto query
        = Sql::run(db, QStringLiteral("SELECT id FROM articles WHERE translation_group = ? AND id <> ?"),
            { article->translationGroup, articleId });
    if (!query)
        return std::unexpected(query.error());
    QStringList partners;
    while (query->next())
        partners.append(query->value(0).toString());
    // A partner left alone leaves the group too; two or more stay paired with each other.
    const QString partnerId = partners.size() == 1 ? partners.constFirst() : QString();
    QStringList changed { articleId };

    ArticleStore store(m_database);
    Article edited = *article;
    edited.translationGroup.clear();
    if (Status done = saved(store.saveInTransaction(edited, tr("unpaired from its translation"))); !done)
        return done;
    if (!partnerId.isEmpty()) {
        auto partner = readArticle(db, partnerId);
        if (!partner)
            return std::unexpected(partner.error());
        partner->translationGroup.clear();
        if (Status done
            = saved(store.saveInTransaction(*partner, tr("unpaired from “%1”").arg(article->headline)));
            !done)
            return done;
        changed.append(partnerId);
    }
    auto cleared = Sql::run(db,
        QStringLiteral("DELETE FROM translation_links WHERE translation_id = ? OR original_id = ?"),
        { articleId, articleId });
    if (!cleared)
        return std::unexpected(cleared.error());
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit m_database->articlesChanged(changed);
    return {};
}

Result<std::optional<TranslationLink>> TranslationPairs::linkOf(const QString &articleId) const
{
    auto query = Sql::run(Sql::connection(*m_database),
        QStringLiteral(
            "SELECT l.original_id, l.synced_version, o.text_edits - l.synced_edits,"
            " COALESCE((SELECT p.display_name FROM people p WHERE p.login = l.synced_by), l.synced_by),"
            " l.synced_at FROM translation_links l"
            " JOIN articles o ON o.id = l.original_id JOIN articles t ON t.id = l.translation_id"
            " WHERE l.translation_id = ? AND o.translation_group = t.translation_group"),
        { articleId });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<TranslationLink>();
    return TranslationLink { articleId, query->value(0).toString(), query->value(1).toInt(),
        std::max(0, query->value(2).toInt()), query->value(3).toString(), Sql::toTime(query->value(4)) };
}

Status TranslationPairs::markUpToDate(const QString &translationId)
{
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral("UPDATE translation_links SET"
                       " synced_edits = (SELECT o.text_edits FROM articles o WHERE o.id = original_id),"
                       " synced_version = (SELECT o.version FROM articles o WHERE o.id = original_id),"
                       " synced_by = ?, synced_at = ? WHERE translation_id = ?"),
        { m_database->userName(), Sql::fromTime(now()), translationId });
    if (!done)
        return std::unexpected(done.error());
    if (done->numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("this article is not recorded as a translation of another"));
    emit m_database->articlesChanged({ translationId });
    return {};
}

Result<OriginalChanges> TranslationPairs::originalChanges(const QString &translationId) const
{
    auto link = linkOf(translationId);
    if (!link)
        return std::unexpected(link.error());
    if (!*link)
        return fail(Error::Code::NotFound, tr("this article is not recorded as a translation of another"));
    const QSqlDatabase db = Sql::connection(*m_database);
    auto now = readArticle(db, (*link)->originalId);
    if (!now)
        return std::unexpected(now.error());
    auto revision = Sql::run(db,
        QStringLiteral(
            "SELECT id FROM article_revisions WHERE article_id = ? AND version = ? ORDER BY id DESC"),
        { (*link)->originalId, (*link)->syncedVersion });
    if (!revision)
        return std::unexpected(revision.error());
    if (!revision->next())
        return fail(Error::Code::NotFound,
            tr("version %1 of the original is no longer in its history").arg((*link)->syncedVersion));
    auto then = ArticleStore(m_database).revision(revision->value(0).toLongLong());
    if (!then)
        return std::unexpected(then.error());
    return OriginalChanges { *then, *now, **link };
}

} // namespace PortalDesk
