#include "core/store/editiontextstore.h"

#include "core/content/article.h"
#include "core/store/sql.h"
#include "core/store/sqlrows.h"

#include <QDataStream>
#include <QIODevice>

namespace PortalDesk {

namespace {

// A binary list of strings: read back without parsing, which matters at 5,000 articles.
QByteArray pack(const QStringList &texts)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << texts;
    return bytes;
}

QStringList unpack(const QByteArray &bytes)
{
    QStringList texts;
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    in >> texts;
    return in.status() == QDataStream::Ok ? texts : QStringList();
}

} // namespace

EditionTextStore::EditionTextStore(DatabasePtr database)
    : m_database(std::move(database))
{ }

namespace {

// Adds the texts kept for the articles' current versions that `condition` picks.
Status readInto(QHash<QString, EditionText> &found, const QSqlDatabase &db, const QString &condition,
    const QVariantList &bindings)
{
    auto query = Sql::Rows::run(db,
        QStringLiteral("SELECT e.article_id, e.version, e.texts FROM edition_texts e JOIN articles a")
            + Sql::indexedBy(db, QLatin1StringView("articles_summaries"))
            + QStringLiteral(" ON a.id = e.article_id AND a.version = e.version"
                             " WHERE e.edition = ? AND e.converter = ?")
            + condition,
        bindings);
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        EditionText text { query->text(0), int(query->integer(1)), unpack(query->bytes(2)) };
        if (!text.texts.isEmpty())
            found.insert(text.articleId, text);
    }
    if (const std::optional<Error> error = query->error())
        return std::unexpected(*error);
    return {};
}

} // namespace

Result<QHash<QString, EditionText>> EditionTextStore::load(
    Language edition, const QString &converter, const QStringList &articleIds) const
{
    QHash<QString, EditionText> found;
    const QSqlDatabase db = Sql::connection(*m_database);
    for (qsizetype from = 0; from < articleIds.size(); from += Sql::IdBatch) {
        const QStringList batch = articleIds.mid(from, Sql::IdBatch);
        QVariantList bindings { languageTag(edition), converter };
        for (const QString &id : batch)
            bindings.append(id);
        const QString condition
            = QStringLiteral(" AND e.article_id IN (") + Sql::placeholders(batch.size()) + u')';
        if (auto read = readInto(found, db, condition, bindings); !read)
            return std::unexpected(read.error());
    }
    return found;
}

Result<QHash<QString, EditionText>> EditionTextStore::loadAll(
    Language edition, const QString &converter) const
{
    QHash<QString, EditionText> found;
    if (auto read = readInto(found, Sql::connection(*m_database), {}, { languageTag(edition), converter });
        !read)
        return std::unexpected(read.error());
    return found;
}

Result<int> EditionTextStore::missing(
    Language edition, const QString &converter, const QDateTime &moment) const
{
    const QString at = Sql::fromTime(moment).toString();
    auto query = Sql::Rows::run(Sql::connection(*m_database),
        QStringLiteral("SELECT count(*) FROM articles a")
            + Sql::indexedBy(Sql::connection(*m_database), QLatin1StringView("articles_summaries"))
            + QStringLiteral(" WHERE a.language = ? AND a.status IN (?, ?) AND a.publish_at IS NOT NULL"
                             " AND a.publish_at <= ? AND (a.embargo_until IS NULL OR a.embargo_until <= ?)"
                             " AND NOT EXISTS (SELECT 1 FROM edition_texts e WHERE e.article_id = a.id"
                             " AND e.edition = ? AND e.converter = ? AND e.version = a.version)"),
        { languageTag(Language::ZhHantHK), statusKey(ArticleStatus::Published),
            statusKey(ArticleStatus::Scheduled), at, at, languageTag(edition), converter });
    if (!query)
        return std::unexpected(query.error());
    const int count = query->next() ? int(query->integer(0)) : 0;
    if (const std::optional<Error> error = query->error())
        return std::unexpected(*error);
    return count;
}

Status EditionTextStore::save(Language edition, const QString &converter, const QList<EditionText> &texts)
{
    if (texts.isEmpty())
        return {};
    const QSqlDatabase db = Sql::connection(*m_database);
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return transaction.begun();
    for (const EditionText &text : texts) {
        // An article deleted since the export read it is simply not cached.
        auto done = Sql::run(db,
            QStringLiteral("INSERT INTO edition_texts (article_id, edition, version, converter, texts)"
                           " SELECT id, ?, ?, ?, ? FROM articles WHERE id = ?"
                           " ON CONFLICT (article_id, edition) DO UPDATE SET version = excluded.version,"
                           " converter = excluded.converter, texts = excluded.texts"),
            { languageTag(edition), text.version, converter, pack(text.texts), text.articleId });
        if (!done)
            return std::unexpected(done.error());
    }
    return transaction.commit();
}

} // namespace PortalDesk
