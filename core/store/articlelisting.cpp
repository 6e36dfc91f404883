#include "core/store/articlelisting.h"

#include "core/search/articlesearch.h"
#include "core/store/sql.h"

namespace PortalDesk::ArticleListing {

namespace {

// CASE column WHEN 'first' THEN 0 … ELSE n END: the same text as the indexes of
// schema 6 (migrations.cpp), so both engines see the index expression here.
QString rank(const QStringList &values, const QString &column)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (qsizetype i = 0; i < values.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(values.at(i)).arg(i);
    return sql + QStringLiteral(" ELSE %1 END").arg(values.size());
}

QString orderBy(const ArticleOrder &order, Part part)
{
    const QString key = sortKey(order.key);
    if (!key.isEmpty() && part == Part::SameKey) {
        // The key is one value here. Said again in the ORDER BY, SQLite would sort:
        // it drops ORDER BY terms fixed by the WHERE only for plain columns.
        return QStringLiteral(" ORDER BY updated_at DESC, id");
    }
    if (key.isEmpty()) {
        // Oldest first is the newest-first index read backwards, ties included.
        return order.descending ? QStringLiteral(" ORDER BY updated_at DESC, id")
                                : QStringLiteral(" ORDER BY updated_at ASC, id DESC");
    }
    // Ties newest change first in both directions: each direction has its own index.
    return QStringLiteral(" ORDER BY ") + key + (order.descending ? QStringLiteral(" DESC") : QString())
        + QStringLiteral(", updated_at DESC, id");
}

// After (updated_at, id) in the order ties are listed; the first term is a plain
// range on updated_at, so the index seeks to the cursor instead of filtering up to it.
QString afterTie(bool oldestFirst)
{
    return oldestFirst ? QStringLiteral("updated_at >= ? AND (updated_at > ? OR id < ?)")
                       : QStringLiteral("updated_at <= ? AND (updated_at < ? OR id > ?)");
}

QString seek(const ArticleOrder &order, Part part)
{
    const QString key = sortKey(order.key);
    switch (part) {
    case Part::FromTop:
        return {};
    case Part::SameKey:
        if (key.isEmpty())
            return afterTie(!order.descending);
        return key + QStringLiteral(" = ? AND ") + afterTie(false);
    case Part::LaterKeys:
        return key + (order.descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
    }
    return {};
}

} // namespace

Result<QString> where(
    const DatabasePtr &database, const ArticleFilter &filter, QVariantList &bindings, Use use)
{
    QStringList conditions;
    if (filter.status) {
        // Without statistics SQLite takes the status index for any status, then sorts
        // every match for each page (120 ms at 100,000 articles). Kept off it, a page
        // walks the order's index past other statuses: 1–2 ms, and for a rare status
        // at most one pass over the index for the whole list. A count wants the index.
        const bool offIndex = use == Use::Listing && database->kind() == Database::Kind::Sqlite;
        const QString status = offIndex ? QStringLiteral("+status") : QStringLiteral("status");
        // The state editors see (shownStatus): a story published or scheduled is Scheduled
        // while its publish time is ahead and Published from then on, whatever is stored.
        const bool goingLive
            = *filter.status == ArticleStatus::Published || *filter.status == ArticleStatus::Scheduled;
        if (goingLive) {
            const QString time = *filter.status == ArticleStatus::Scheduled
                ? QStringLiteral("publish_at > ?")
                : QStringLiteral("(publish_at IS NULL OR publish_at <= ?)");
            conditions << status + QStringLiteral(" IN ('published', 'scheduled') AND ") + time;
            bindings << Sql::fromTime(
                filter.moment.isValid() ? filter.moment : QDateTime::currentDateTimeUtc());
        } else {
            conditions << status + QStringLiteral(" = ?");
            bindings << statusKey(*filter.status);
        }
    }
    if (filter.language) {
        conditions << QStringLiteral("language = ?");
        bindings << languageTag(*filter.language);
    }
    if (!filter.section.isEmpty()) {
        conditions << QStringLiteral("section = ?");
        bindings << filter.section;
    }
    if (!filter.translationGroup.isEmpty()) {
        conditions << QStringLiteral("translation_group = ?");
        bindings << filter.translationGroup;
    }
    if (!filter.text.trimmed().isEmpty()) {
        auto matching = ArticleSearch::articleCondition(database, filter.text, bindings);
        if (!matching)
            return std::unexpected(matching.error());
        conditions << *matching;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString sortKey(ArticleOrder::Key key)
{
    switch (key) {
    case ArticleOrder::Key::Updated:
        return {};
    case ArticleOrder::Key::Headline:
        return QStringLiteral("lower(headline)");
    case ArticleOrder::Key::UpdatedBy:
        return QStringLiteral("lower(updated_by)");
    case ArticleOrder::Key::Section:
        return QStringLiteral("section_position");
    case ArticleOrder::Key::Language: {
        QStringList tags;
        for (Language language : allLanguages())
            tags.append(languageTag(language));
        return rank(tags, QStringLiteral("language"));
    }
    case ArticleOrder::Key::Status: {
        QStringList keys;
        for (ArticleStatus status : allStatuses())
            keys.append(statusKey(status));
        return rank(keys, QStringLiteral("status"));
    }
    }
    return {};
}

QString query(const ArticleOrder &order, const QString &where, Part part)
{
    const QString key = sortKey(order.key);
    // Who saved last, by the newsroom's display name for the login when it has one.
    QString sql
        = QStringLiteral("SELECT id, headline, section, language, status, updated_at,"
                         " COALESCE((SELECT p.display_name FROM people p WHERE p.login = updated_by),"
                         " updated_by), version, publish_at, embargo_until,"
                         // The pair: a partner's language, and how far a translation is behind.
                         " (SELECT min(p.language) FROM articles p WHERE p.translation_group"
                         " = articles.translation_group AND p.id <> articles.id),"
                         " (SELECT o.text_edits - l.synced_edits FROM translation_links l"
                         " JOIN articles o ON o.id = l.original_id WHERE l.translation_id = articles.id"
                         " AND o.translation_group = articles.translation_group), ")
        + (key.isEmpty() ? QStringLiteral("NULL") : key) + QStringLiteral(", updated_at, id FROM articles")
        + where;
    if (const QString condition = seek(order, part); !condition.isEmpty())
        sql += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
    return sql + orderBy(order, part) + QStringLiteral(" LIMIT ?");
}

QVariantList seekBindings(const ArticleOrder &order, const ArticleCursor &after, Part part)
{
    const bool byUpdate = sortKey(order.key).isEmpty();
    switch (part) {
    case Part::FromTop:
        return {};
    case Part::SameKey:
        if (byUpdate)
            return { after.updatedAt, after.updatedAt, after.id };
        return { after.key, after.updatedAt, after.updatedAt, after.id };
    case Part::LaterKeys:
        return { after.key };
    }
    return {};
}

} // namespace PortalDesk::ArticleListing
