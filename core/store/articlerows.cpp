#include "core/store/articlerows.h"

#include "core/exchange/contentjson.h"
#include "core/search/searchrows.h"
#include "core/store/sqlrows.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace PortalDesk::ArticleRows {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::ArticleStore", text);
}

const QString columnsList = QStringLiteral(
    "id, language, translation_group, section, kicker, headline, standfirst, byline, source, dateline, body,"
    " original_link, credit, slug, zh_hans_override, status, publish_at, embargo_until, wire_time, "
    "created_by, "
    "updated_by,"
    " created_at, updated_at, notes, version");

QVariantList values(const Article &a)
{
    using Sql::fromTime;
    using Sql::notNull;
    using Sql::nullIfEmpty;
    return { a.id, languageTag(a.language), nullIfEmpty(a.translationGroup), nullIfEmpty(a.section),
        notNull(a.kicker), notNull(a.headline), notNull(a.standfirst), notNull(a.byline), notNull(a.source),
        notNull(a.dateline), notNull(a.body), nullIfEmpty(a.originalLink), notNull(a.credit),
        nullIfEmpty(a.slug), nullIfEmpty(a.simplifiedOverride), statusKey(a.status), fromTime(a.publishAt),
        fromTime(a.embargoUntil), fromTime(a.wireTime), notNull(a.createdBy), notNull(a.updatedBy),
        fromTime(a.createdAt), fromTime(a.updatedAt), notNull(a.notes), a.version };
}

Status writeChildren(const QSqlDatabase &db, const Article &article)
{
    for (const char *sql : { "DELETE FROM article_columns WHERE article_id = ?",
             "DELETE FROM article_photos WHERE article_id = ?" }) {
        if (auto done = Sql::run(db, QString::fromLatin1(sql), { article.id }); !done)
            return std::unexpected(done.error());
    }
    for (qsizetype i = 0; i < article.columns.size(); ++i) {
        auto done = Sql::run(db,
            QStringLiteral("INSERT INTO article_columns (article_id, column_key, position) VALUES (?, ?, ?)"
                           " ON CONFLICT DO NOTHING"),
            { article.id, article.columns.at(i), int(i) });
        if (!done)
            return std::unexpected(done.error());
    }
    for (qsizetype i = 0; i < article.photos.size(); ++i) {
        const Photo &p = article.photos.at(i);
        auto done = Sql::run(db,
            QStringLiteral("INSERT INTO article_photos (article_id, position, file, caption, credit, alt)"
                           " VALUES (?, ?, ?, ?, ?, ?)"),
            { article.id, int(i), Sql::notNull(p.file), Sql::notNull(p.caption), Sql::notNull(p.credit),
                Sql::notNull(p.alt) });
        if (!done)
            return std::unexpected(done.error());
    }
    return {};
}

} // namespace

namespace {

// `whole`: false for summaries, whose long texts, authors and creation time come as
// empty columns and are skipped; section keys repeat, so each is made once (`sections`).
Article fromRow(const Sql::Rows &row, bool whole, QList<QString> &sections)
{
    Article a;
    int i = 0;
    auto text = [&]() { return row.text(i++); };
    auto skipOr = [&]() { return whole ? text() : (++i, QString()); };
    a.id = text();
    a.language = languageFromTag(text()).value_or(Language::ZhHantHK);
    a.translationGroup = text();
    QString section = text();
    const auto known = std::find(sections.cbegin(), sections.cend(), section);
    if (known != sections.cend())
        a.section = *known;
    else if (sections.size() < 64)
        sections.append(a.section = section);
    else
        a.section = section;
    a.kicker = text();
    a.headline = text();
    a.standfirst = text();
    a.byline = skipOr();
    a.source = skipOr();
    a.dateline = skipOr();
    a.body = skipOr();
    a.originalLink = skipOr();
    a.credit = skipOr();
    a.slug = text();
    a.simplifiedOverride = skipOr();
    a.status = statusFromKey(text()).value_or(ArticleStatus::Draft);
    a.publishAt = row.time(i++);
    a.embargoUntil = row.time(i++);
    a.wireTime = whole ? row.time(i) : QDateTime();
    ++i;
    a.createdBy = skipOr();
    a.updatedBy = skipOr();
    a.createdAt = whole ? row.time(i) : QDateTime();
    ++i;
    a.updatedAt = row.time(i++);
    a.notes = skipOr();
    a.version = int(row.integer(i++));
    return a;
}

} // namespace

QString selectSql(const QSqlDatabase &db, const QString &condition, bool whole)
{
    // Summaries read empty text in place of what cards and plans never show, so the
    // articles_summaries index (schema 5) answers them without reading the rows.
    static const QString summaryColumns = [] {
        QString columns = columnsList;
        for (const char *name : { "byline", "source", "dateline", "body", "original_link", "credit",
                 "zh_hans_override", "wire_time", "created_by", "updated_by", "created_at", "notes" })
            columns.replace(QRegularExpression(QStringLiteral("\\b%1,").arg(QLatin1StringView(name))),
                QStringLiteral("'' AS %1,").arg(QLatin1StringView(name)));
        return columns;
    }();
    // Named, as the planner would otherwise pick the status index and read every row.
    return QStringLiteral("SELECT ") + (whole ? columnsList : summaryColumns)
        + QStringLiteral(" FROM articles")
        + (whole ? QString() : Sql::indexedBy(db, QLatin1StringView("articles_summaries")))
        + QStringLiteral(" WHERE ") + condition + QStringLiteral(" ORDER BY id");
}

Result<QList<Article>> readWhere(
    const QSqlDatabase &db, const QString &condition, const QVariantList &bindings, bool whole)
{
    auto rows = Sql::Rows::run(db, selectSql(db, condition, whole), bindings);
    if (!rows)
        return std::unexpected(rows.error());
    QList<Article> articles;
    if (!whole) { // thousands: counted first (from the index), so the list is allocated once
        auto counted = Sql::Rows::run(db,
            QStringLiteral("SELECT count(*) FROM articles")
                + Sql::indexedBy(db, QLatin1StringView("articles_summaries")) + QStringLiteral(" WHERE ")
                + condition,
            bindings);
        if (counted && counted->next())
            articles.reserve(counted->integer(0));
    }
    QList<QString> sections;
    while (rows->next())
        articles.append(fromRow(*rows, whole, sections));
    if (const std::optional<Error> error = rows->error())
        return std::unexpected(*error);
    if (articles.isEmpty())
        return articles;
    // Columns and photos come in the articles' own order (by id), so each is matched
    // by walking forward; a row that finds no article there (one saved in between)
    // is looked up in an index made only then.
    QHash<QString, qsizetype> index;
    const auto owner = [&](const QString &id, qsizetype &cursor) -> Article * {
        while (cursor < articles.size() && articles.at(cursor).id != id)
            ++cursor;
        if (cursor < articles.size())
            return &articles[cursor];
        if (index.isEmpty()) {
            index.reserve(articles.size());
            for (qsizetype i = 0; i < articles.size(); ++i)
                index.insert(articles.at(i).id, i);
        }
        const auto at = index.constFind(id);
        if (at == index.cend())
            return nullptr;
        cursor = *at;
        return &articles[cursor];
    };

    // Photos (and for whole articles, columns) of all of them in a query each, not
    // one per article. Summaries, read for every live article, go through the photos
    // and look each one's article up in the summaries index.
    const QString chosen
        = QStringLiteral(" WHERE article_id IN (SELECT id FROM articles WHERE ") + condition + u')';
    const QString photoSql = whole
        ? QString(QStringLiteral("SELECT article_id, file, caption, credit, alt FROM article_photos") + chosen
            + QStringLiteral(" ORDER BY article_id, position"))
        : QStringLiteral("SELECT p.article_id, p.file, p.caption, p.credit, p.alt FROM article_photos p"
                         " JOIN articles")
            + Sql::indexedBy(db, QLatin1StringView("articles_summaries"))
            + QStringLiteral(" ON articles.id = p.article_id WHERE ") + condition
            + QStringLiteral(" ORDER BY p.article_id, p.position");
    qsizetype cursor = 0;
    if (whole) {
        auto columns = Sql::Rows::run(db,
            QStringLiteral("SELECT article_id, column_key FROM article_columns") + chosen
                + QStringLiteral(" ORDER BY article_id, position"),
            bindings);
        if (!columns)
            return std::unexpected(columns.error());
        while (columns->next()) {
            if (Article *article = owner(columns->text(0), cursor))
                article->columns.append(columns->text(1));
        }
        if (const std::optional<Error> error = columns->error())
            return std::unexpected(*error);
    }
    auto photos = Sql::Rows::run(db, photoSql, bindings);
    if (!photos)
        return std::unexpected(photos.error());
    cursor = 0;
    while (photos->next()) {
        if (Article *article = owner(photos->text(0), cursor))
            article->photos.append(
                Photo { photos->text(1), photos->text(2), photos->text(3), photos->text(4) });
    }
    if (const std::optional<Error> error = photos->error())
        return std::unexpected(*error);
    return articles;
}

Result<std::optional<Article>> read(const QSqlDatabase &db, const QString &id)
{
    auto found = readWhere(db, QStringLiteral("id = ?"), { id });
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::optional<Article>() : std::optional<Article>(found->constFirst());
}

namespace {

// The position of the article's section; articles without one come first.
const QString sectionPosition
    = QStringLiteral("COALESCE((SELECT position FROM sections WHERE sections.key = articles.section), -1)");

// The article's copy of its section's position (see followSectionOrder).
Status placeInSection(const QSqlDatabase &db, const QString &id)
{
    auto done = Sql::run(db,
        QStringLiteral("UPDATE articles SET section_position = ") + sectionPosition
            + QStringLiteral(" WHERE id = ?"),
        { id });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace

Status followSectionOrder(const QSqlDatabase &db)
{
    auto done = Sql::run(db,
        QStringLiteral("UPDATE articles SET section_position = ") + sectionPosition
            + QStringLiteral(" WHERE section_position <> ") + sectionPosition);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status insert(const QSqlDatabase &db, const Article &article)
{
    const QVariantList bindings = values(article);
    const QString placeholders = Sql::placeholders(bindings.size());
    auto done = Sql::run(db,
        QStringLiteral("INSERT INTO articles (") + columnsList + QStringLiteral(") VALUES (") + placeholders
            + u')',
        bindings);
    if (!done)
        return std::unexpected(done.error());
    if (auto placed = placeInSection(db, article.id); !placed)
        return placed;
    if (auto children = writeChildren(db, article); !children)
        return children;
    return SearchRows::putArticle(db, article);
}

Result<bool> update(const QSqlDatabase &db, const Article &article)
{
    QVariantList bindings = values(article);
    bindings.removeFirst(); // id goes in the WHERE clause
    bindings << article.id << article.version - 1;
    auto done = Sql::run(db,
        QStringLiteral(
            "UPDATE articles SET language = ?, translation_group = ?, section = ?, kicker = ?, headline = ?,"
            " standfirst = ?, byline = ?, source = ?, dateline = ?, body = ?, original_link = ?, credit = ?, "
            "slug = ?,"
            " zh_hans_override = ?, status = ?, publish_at = ?, embargo_until = ?, wire_time = ?, created_by "
            "= ?, "
            "updated_by = ?,"
            " created_at = ?, updated_at = ?, notes = ?, version = ? WHERE id = ? AND version = ?"),
        bindings);
    if (!done)
        return std::unexpected(done.error());
    if (done->numRowsAffected() != 1)
        return false;
    if (auto placed = placeInSection(db, article.id); !placed)
        return std::unexpected(placed.error());
    if (auto children = writeChildren(db, article); !children)
        return std::unexpected(children.error());
    if (auto indexed = SearchRows::putArticle(db, article); !indexed)
        return std::unexpected(indexed.error());
    return true;
}

Status writeRevision(const QSqlDatabase &db, const Article &article, const QString &note)
{
    QJsonObject snapshot = ContentJson::toJson(article);
    snapshot.insert(QStringLiteral("version"), article.version);
    const QByteArray json = QJsonDocument(snapshot).toJson(QJsonDocument::Compact);
    auto done = Sql::run(db,
        QStringLiteral(
            "INSERT INTO article_revisions (article_id, version, saved_by, saved_at, note, snapshot)"
            " VALUES (?, ?, ?, ?, ?, ?)"),
        { article.id, article.version, Sql::notNull(article.updatedBy), Sql::fromTime(article.updatedAt),
            Sql::notNull(note), QString::fromUtf8(json) });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status checkReferences(const QSqlDatabase &db, const Article &article)
{
    if (!article.section.isEmpty()) {
        auto found
            = Sql::run(db, QStringLiteral("SELECT 1 FROM sections WHERE key = ?"), { article.section });
        if (!found)
            return std::unexpected(found.error());
        if (!found->next())
            return std::unexpected(Error::invalid(
                QStringLiteral("section"), tr("there is no section “%1”").arg(article.section)));
    }
    for (const QString &column : article.columns) {
        auto found = Sql::run(db, QStringLiteral("SELECT 1 FROM columns WHERE key = ?"), { column });
        if (!found)
            return std::unexpected(found.error());
        if (!found->next())
            return std::unexpected(
                Error::invalid(QStringLiteral("columns"), tr("there is no column “%1”").arg(column)));
    }
    if (!article.slug.isEmpty()) {
        auto taken = Sql::run(db,
            QStringLiteral("SELECT id FROM articles WHERE language = ? AND slug = ? AND id <> ?"),
            { languageTag(article.language), article.slug, article.id });
        if (!taken)
            return std::unexpected(taken.error());
        if (taken->next()) {
            return std::unexpected(Error::invalid(QStringLiteral("slug"),
                tr("the slug “%1” is already used by article %2")
                    .arg(article.slug, taken->value(0).toString())));
        }
    }
    return {};
}

} // namespace PortalDesk::ArticleRows
