#include "core/store/articlestore.h"

#include "core/content/rules.h"
#include "core/exchange/contentjson.h"
#include "core/search/searchrows.h"
#include "core/store/articlelisting.h"
#include "core/store/articlerows.h"
#include "core/store/newsroom.h"
#include "core/store/portalstore.h"
#include "core/store/translationpairs.h"
#include "core/text/slug.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::ArticleStore", text);
}

std::unexpected<SaveError> refuse(const Error &error, std::optional<Article> current = std::nullopt)
{
    return std::unexpected(SaveError { error, std::move(current) });
}

ArticleSummary summaryFrom(const QSqlQuery &query)
{
    return ArticleSummary { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        languageFromTag(query.value(3).toString()).value_or(Language::ZhHantHK),
        statusFromKey(query.value(4).toString()).value_or(ArticleStatus::Draft), Sql::toTime(query.value(5)),
        query.value(6).toString(), query.value(7).toInt(), Sql::toTime(query.value(8)),
        Sql::toTime(query.value(9)), languageFromTag(query.value(10).toString()),
        std::max(0, query.value(11).toInt()) };
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// What History says of a save that moved the article along the workflow, when the
// editor gave no note of their own: "submitted for review", "scheduled for 18:00 HKT".
QString workflowNote(const Article &before, const Article &after, const DatabasePtr &database)
{
    if (before.status == after.status
        && (after.status != ArticleStatus::Scheduled || before.publishAt == after.publishAt))
        return {};
    switch (after.status) {
    case ArticleStatus::Draft:
        return before.status == ArticleStatus::InReview ? tr("sent back to draft")
                                                        : tr("unpublished, now a draft");
    case ArticleStatus::InReview:
        return tr("submitted for review");
    case ArticleStatus::Scheduled: {
        const QTimeZone zone = PortalStore(database).get().value_or(Portal()).zone();
        return tr("scheduled for %1").arg(workflowTime(after.publishAt, zone));
    }
    case ArticleStatus::Published:
        return tr("published");
    case ArticleStatus::Archived:
        return tr("archived");
    }
    return {};
}

bool hasBeenPublic(ArticleStatus status)
{
    return status == ArticleStatus::Published || status == ArticleStatus::Scheduled
        || status == ArticleStatus::Archived;
}

// The slug of the address readers have: the renderer makes one from the headline when an
// article has none (articles public before slugs were fixed, or brought in by an import).
QString publicSlug(const Article &article)
{
    return article.slug.isEmpty() ? Slug::make(article.headline, article.language, article.id) : article.slug;
}

// Publish times and URLs as a desk relies on them. "Published" with a publish time still
// ahead is a schedule and is stored as one. The slug is fixed the first time the article
// goes public and never again follows the headline: an empty slug takes the one readers'
// links already use (made from the headline as it was then), so fixing a typo in a live
// headline keeps the page where it is.
void settleWorkflow(const Article *before, Article &after, const QDateTime &moment)
{
    if (after.status == ArticleStatus::Published && after.publishAt.isValid() && after.publishAt > moment)
        after.status = ArticleStatus::Scheduled;
    if (!after.slug.isEmpty())
        return;
    if (before && hasBeenPublic(before->status))
        after.slug = publicSlug(*before);
    else if (hasBeenPublic(after.status))
        after.slug = Slug::make(after.headline, after.language, after.id);
}

// Every slug an article has been public under; the export redirects the retired ones.
Status rememberSlug(const QSqlDatabase &db, const Article &article)
{
    if (!hasBeenPublic(article.status) || article.slug.isEmpty())
        return {};
    auto done = Sql::run(db,
        QStringLiteral("INSERT INTO article_slugs (article_id, slug, live_since) VALUES (?, ?, ?)"
                       " ON CONFLICT DO NOTHING"),
        { article.id, article.slug, Sql::fromTime(article.updatedAt) });
    return done ? Status() : Status(std::unexpected(done.error()));
}

// A story has at most one version in each language: a second English version of a
// story is refused, naming the one it has.
Status checkOnePerLanguage(const QSqlDatabase &db, const Article &article)
{
    auto query = Sql::run(db,
        QStringLiteral(
            "SELECT headline FROM articles WHERE translation_group = ? AND language = ? AND id <> ?"),
        { article.translationGroup, languageTag(article.language), article.id });
    if (!query)
        return std::unexpected(query.error());
    if (query->next())
        return fail(Error::Code::Conflict,
            tr("this story already has a version in %1: “%2”; unlink that one first")
                .arg(languageName(article.language), query->value(0).toString()));
    return {};
}

} // namespace

ArticleStore::ArticleStore(DatabasePtr database)
    : m_database(std::move(database))
{ }

QString ArticleStore::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

Result<int> ArticleStore::count(const ArticleFilter &filter) const
{
    QVariantList bindings;
    const auto where = ArticleListing::where(m_database, filter, bindings, ArticleListing::Use::Counting);
    if (!where)
        return std::unexpected(where.error());
    auto query = Sql::run(
        Sql::connection(*m_database), QStringLiteral("SELECT count(*) FROM articles") + *where, bindings);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QList<ArticleSummary>> ArticleStore::list(const ArticleFilter &filter, int offset, int limit) const
{
    return list(filter, ArticleOrder {}, offset, limit);
}

Result<QList<ArticleSummary>> ArticleStore::list(
    const ArticleFilter &filter, const ArticleOrder &order, int offset, int limit) const
{
    QVariantList bindings;
    const auto where = ArticleListing::where(m_database, filter, bindings, ArticleListing::Use::Listing);
    if (!where)
        return std::unexpected(where.error());
    bindings << Sql::limit(limit) << std::max(0, offset);
    auto query = Sql::run(Sql::connection(*m_database),
        ArticleListing::query(order, *where, ArticleListing::Part::FromTop) + QStringLiteral(" OFFSET ?"),
        bindings);
    if (!query)
        return std::unexpected(query.error());
    QList<ArticleSummary> summaries;
    while (query->next())
        summaries.append(summaryFrom(*query));
    return summaries;
}

Result<ArticlePage> ArticleStore::page(const ArticleFilter &filter, const ArticleOrder &order,
    const std::optional<ArticleCursor> &after, int limit) const
{
    using ArticleListing::Part;
    QVariantList filterBindings;
    const auto where
        = ArticleListing::where(m_database, filter, filterBindings, ArticleListing::Use::Listing);
    if (!where)
        return std::unexpected(where.error());
    const bool byUpdate = ArticleListing::sortKey(order.key).isEmpty();
    QList<Part> parts;
    if (!after)
        parts = { Part::FromTop };
    else
        parts = byUpdate ? QList<Part> { Part::SameKey } : QList<Part> { Part::SameKey, Part::LaterKeys };

    ArticlePage page;
    for (Part part : std::as_const(parts)) {
        const int wanted = limit - int(page.rows.size());
        if (limit >= 0 && wanted <= 0)
            break;
        QVariantList bindings = filterBindings;
        if (after)
            bindings += ArticleListing::seekBindings(order, *after, part);
        bindings << Sql::limit(limit < 0 ? -1 : wanted);
        auto query
            = Sql::run(Sql::connection(*m_database), ArticleListing::query(order, *where, part), bindings);
        if (!query)
            return std::unexpected(query.error());
        while (query->next()) {
            page.rows.append(summaryFrom(*query));
            constexpr int at = ArticleListing::SummaryColumns;
            page.last
                = ArticleCursor { query->value(at), query->value(at + 1), query->value(at + 2).toString() };
        }
    }
    return page;
}

Result<QString> ArticleStore::idWithOriginalLink(const QString &link) const
{
    if (link.isEmpty())
        return QString();
    auto query = Sql::run(Sql::connection(*m_database),
        QStringLiteral("SELECT id FROM articles WHERE original_link = ? ORDER BY id LIMIT 1"), { link });
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toString() : QString();
}

Result<QHash<QString, QStringList>> ArticleStore::retiredSlugs() const
{
    auto query = Sql::run(Sql::connection(*m_database),
        QStringLiteral(
            "SELECT s.article_id, s.slug FROM article_slugs s JOIN articles a ON a.id = s.article_id"
            " WHERE s.slug <> COALESCE(a.slug, '') ORDER BY s.article_id, s.live_since, s.slug"));
    if (!query)
        return std::unexpected(query.error());
    QHash<QString, QStringList> retired;
    while (query->next())
        retired[query->value(0).toString()].append(query->value(1).toString());
    return retired;
}

Result<Article> ArticleStore::get(const QString &id) const
{
    auto found = ArticleRows::read(Sql::connection(*m_database), id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(Error::Code::NotFound, tr("there is no article “%1”").arg(id));
    return **found;
}

Result<QList<Article>> ArticleStore::withStatus(const QList<ArticleStatus> &statuses, Reading reading) const
{
    if (statuses.isEmpty())
        return QList<Article>();
    QVariantList keys;
    for (ArticleStatus status : statuses)
        keys.append(statusKey(status));
    const QString placeholders = Sql::placeholders(keys.size());
    return ArticleRows::readWhere(Sql::connection(*m_database),
        QStringLiteral("status IN (") + placeholders + u')', keys, reading == Reading::Whole);
}

Result<QList<Article>> ArticleStore::whole(const QStringList &ids) const
{
    QList<Article> found;
    const QSqlDatabase db = Sql::connection(*m_database);
    for (qsizetype from = 0; from < ids.size(); from += Sql::IdBatch) {
        const QStringList batch = ids.mid(from, Sql::IdBatch);
        QVariantList bindings;
        for (const QString &id : batch)
            bindings.append(id);
        auto articles = ArticleRows::readWhere(
            db, QStringLiteral("id IN (") + Sql::placeholders(batch.size()) + u')', bindings);
        if (!articles)
            return std::unexpected(articles.error());
        found += *articles;
    }
    return found;
}

SaveResult ArticleStore::create(Article draft, const QString &note)
{
    if (draft.id.isEmpty())
        draft.id = newId();
    if (!Rules::isSafeKey(draft.id.toLower()) || draft.id.size() > 64)
        return refuse(
            Error::invalid(QStringLiteral("id"), tr("“%1” is not a usable article id").arg(draft.id)));
    if (const QList<Error> problems = validate(draft); !problems.isEmpty())
        return refuse(problems.first());

    const QSqlDatabase db = Sql::connection(*m_database);
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return refuse(transaction.begun().error());
    if (auto existing = ArticleRows::read(db, draft.id); !existing || *existing)
        return refuse(existing ? Error::invalid(
                          QStringLiteral("id"), tr("an article with id “%1” already exists").arg(draft.id))
                               : existing.error());
    if (auto checked = ArticleRows::checkReferences(db, draft); !checked)
        return refuse(checked.error());

    draft.version = 1;
    draft.createdAt = draft.updatedAt = now();
    draft.createdBy = draft.updatedBy = m_database->userName();
    settleWorkflow(nullptr, draft, draft.createdAt);
    if (auto inserted = ArticleRows::insert(db, draft); !inserted)
        return refuse(inserted.error());
    if (auto remembered = rememberSlug(db, draft); !remembered)
        return refuse(remembered.error());
    if (auto revised = ArticleRows::writeRevision(db, draft, note.isEmpty() ? tr("created") : note); !revised)
        return refuse(revised.error());
    if (!draft.translationGroup.isEmpty()) {
        if (auto alone = checkOnePerLanguage(db, draft); !alone)
            return refuse(alone.error());
        // A translation made from a partner starts up to date with it.
        if (auto linked = TranslationPairs::linkNewTranslation(db, draft, m_database->userName()); !linked)
            return refuse(linked.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return refuse(committed.error());
    emit m_database->articlesChanged({ draft.id });
    return draft;
}

SaveResult ArticleStore::save(const Article &edited, const QString &note)
{
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return refuse(transaction.begun().error());
    auto saved = saveInTransaction(edited, note);
    if (!saved)
        return saved;
    if (auto committed = transaction.commit(); !committed)
        return refuse(committed.error());
    emit m_database->articlesChanged({ saved->id });
    return saved;
}

SaveResult ArticleStore::saveInTransaction(const Article &edited, const QString &note)
{
    if (const QList<Error> problems = validate(edited); !problems.isEmpty())
        return refuse(problems.first());
    const QSqlDatabase db = Sql::connection(*m_database);
    auto stored = ArticleRows::read(db, edited.id);
    if (!stored)
        return refuse(stored.error());
    if (!*stored)
        return refuse(Error::of(
            Error::Code::NotFound, tr("article “%1” no longer exists; it was deleted").arg(edited.id)));
    if ((*stored)->version != edited.version) {
        const Article &theirs = **stored;
        return refuse(Error::of(Error::Code::Conflict,
                          tr("%1 saved this article (version %2) after you opened version %3")
                              .arg(theirs.updatedBy)
                              .arg(theirs.version)
                              .arg(edited.version)),
            theirs);
    }
    if (auto checked = ArticleRows::checkReferences(db, edited); !checked)
        return refuse(checked.error());

    Article saved = edited;
    saved.version = edited.version + 1;
    saved.createdAt = (*stored)->createdAt;
    saved.createdBy = (*stored)->createdBy;
    saved.updatedAt = now();
    saved.updatedBy = m_database->userName();
    settleWorkflow(&**stored, saved, saved.updatedAt);
    auto updated = ArticleRows::update(db, saved);
    if (!updated)
        return refuse(updated.error());
    if (!*updated) {
        // Row-level security hides a row this person may not change (core/store/newsroom.h).
        if (auto rights = Newsroom(m_database).rights(); rights) {
            if (const QString refusal = rights->mayEdit(**stored); !refusal.isEmpty())
                return refuse(Error::of(Error::Code::Denied, refusal));
        }
        return refuse(
            Error::of(Error::Code::Conflict, tr("someone saved this article at the same moment; try again")));
    }
    // The address it had counts too: it may never have been recorded (an import, or a
    // live article from before slugs were fixed).
    if (hasBeenPublic((*stored)->status)) {
        Article was = **stored;
        was.slug = publicSlug(was);
        if (auto remembered = rememberSlug(db, was); !remembered)
            return refuse(remembered.error());
    }
    if (auto remembered = rememberSlug(db, saved); !remembered)
        return refuse(remembered.error());
    if (auto revised = ArticleRows::writeRevision(
            db, saved, note.isEmpty() ? workflowNote(**stored, saved, m_database) : note);
        !revised)
        return refuse(revised.error());
    if (saved.translationGroup != (*stored)->translationGroup) {
        if (auto alone = checkOnePerLanguage(db, saved); !alone)
            return refuse(alone.error());
    }
    if (auto counted = TranslationPairs::countEdit(db, **stored, saved); !counted)
        return refuse(counted.error());
    return saved;
}

Status ArticleStore::remove(const QString &id)
{
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto done
        = Sql::run(Sql::connection(*m_database), QStringLiteral("DELETE FROM articles WHERE id = ?"), { id });
    if (!done)
        return std::unexpected(done.error());
    if (done->numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("there is no article “%1”").arg(id));
    if (auto unindexed = SearchRows::removeArticle(Sql::connection(*m_database), id); !unindexed)
        return unindexed;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit m_database->articlesChanged({ id });
    return {};
}

Result<QList<Revision>> ArticleStore::revisions(const QString &articleId) const
{
    auto query = Sql::run(Sql::connection(*m_database),
        QStringLiteral(
            "SELECT id, version,"
            " COALESCE((SELECT p.display_name FROM people p WHERE p.login = saved_by), saved_by),"
            " saved_at, note, snapshot FROM article_revisions WHERE article_id = ? ORDER BY id DESC"),
        { articleId });
    if (!query)
        return std::unexpected(query.error());
    QList<Revision> revisions;
    while (query->next()) {
        const QJsonObject snapshot = QJsonDocument::fromJson(query->value(5).toString().toUtf8()).object();
        revisions.append(Revision { query->value(0).toLongLong(), articleId, query->value(1).toInt(),
            query->value(2).toString(), Sql::toTime(query->value(3)), query->value(4).toString(),
            snapshot.value(QStringLiteral("headline")).toString() });
    }
    return revisions;
}

Result<Article> ArticleStore::revision(qint64 revisionId) const
{
    auto query = Sql::run(Sql::connection(*m_database),
        QStringLiteral("SELECT snapshot, version, saved_by, saved_at FROM article_revisions WHERE id = ?"),
        { revisionId });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(Error::Code::NotFound, tr("there is no revision %1").arg(revisionId));
    QJsonParseError parseError;
    const QJsonDocument snapshot = QJsonDocument::fromJson(query->value(0).toString().toUtf8(), &parseError);
    if (!snapshot.isObject())
        return fail(Error::Code::Format,
            tr("revision %1 is damaged: %2").arg(revisionId).arg(parseError.errorString()));
    auto article = ContentJson::articleFromJson(snapshot.object());
    if (!article)
        return std::unexpected(article.error());
    article->version = query->value(1).toInt();
    article->updatedBy = query->value(2).toString();
    article->updatedAt = Sql::toTime(query->value(3));
    return article;
}

SaveResult ArticleStore::restore(const QString &articleId, qint64 revisionId, int baseVersion)
{
    auto old = revision(revisionId);
    if (!old)
        return refuse(old.error());
    if (old->id != articleId)
        return refuse(
            Error::of(Error::Code::NotFound, tr("revision %1 belongs to another article").arg(revisionId)));
    Article restored = *old;
    restored.version = baseVersion;
    return save(restored, tr("restored version %1").arg(old->version));
}

} // namespace PortalDesk
