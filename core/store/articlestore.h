#pragma once

// Reads and saves articles. Every save writes a revision (who, when, a full
// snapshot) and carries the version it started from: if someone saved in
// between, the save is refused with a conflict that holds their version.

#include "core/content/article.h"
#include "core/store/database.h"

#include <QHash>
#include <QList>
#include <optional>

namespace PortalDesk {

struct ArticleFilter
{
    // As editors see it (shownStatus): Published holds stories whose publish time has
    // come, Scheduled those whose time is still ahead, whichever of the two is stored.
    std::optional<ArticleStatus> status;
    std::optional<Language> language;
    QString section;
    QString text; // searched for through the search index (see ArticleSearch), words as prefixes
    QString translationGroup; // the versions of one story in other languages
    QDateTime moment; // "now" for the status filter (UTC); invalid = the current time
};

// The order of list(): the column a reader sorts the article list by. Ties go
// newest change first, so equal headlines or statuses still read as a news list.
struct ArticleOrder
{
    enum class Key { Updated, Headline, Section, Language, Status, UpdatedBy };
    Key key = Key::Updated;
    bool descending = true;
};

struct ArticleSummary
{
    QString id;
    QString headline;
    QString section;
    Language language = Language::ZhHantHK;
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0;
    QDateTime publishAt; // UTC; invalid = not set
    QDateTime embargoUntil; // UTC; invalid = no embargo
    // Its translation pair (core/store/translationpairs.h): a partner's language (when it
    // has partners in two, the first by tag), and for a translation the edits of its
    // original it has not caught up with.
    std::optional<Language> partnerLanguage;
    int behind = 0;
};

// Where a page of the article list ended: the sort key of its last row, as the
// database computed it, so the next page starts right after that row.
struct ArticleCursor
{
    QVariant key; // lower(headline), a status rank, … (null when sorted by update)
    QVariant updatedAt; // as stored
    QString id;
};

struct ArticlePage
{
    QList<ArticleSummary> rows;
    std::optional<ArticleCursor> last; // where the next page starts; none when `rows` is empty
};

struct Revision
{
    qint64 id = 0;
    QString articleId;
    int version = 0;
    QString savedBy;
    QDateTime savedAt;
    QString note;
    QString headline;
};

// A refused save. `current` is what is in the database now when the refusal
// was a version conflict, so the editor can compare and merge.
struct SaveError
{
    Error error;
    std::optional<Article> current;
};

using SaveResult = std::expected<Article, SaveError>;

class ArticleStore
{
public:
    explicit ArticleStore(DatabasePtr database);

    Result<int> count(const ArticleFilter &filter = {}) const;
    // Newest first; `limit` < 0 means all.
    Result<QList<ArticleSummary>> list(
        const ArticleFilter &filter = {}, int offset = 0, int limit = -1) const;
    // Sections sort by their position on the portal (no section first), statuses along the workflow,
    // languages as allLanguages() lists them, text case-insensitively.
    Result<QList<ArticleSummary>> list(
        const ArticleFilter &filter, const ArticleOrder &order, int offset = 0, int limit = -1) const;
    // Up to `limit` rows in `order` right after `after` (from the top without one).
    // Each page costs the same however far down it starts: the list's lazy loading.
    Result<ArticlePage> page(const ArticleFilter &filter, const ArticleOrder &order,
        const std::optional<ArticleCursor> &after, int limit) const;
    Result<Article> get(const QString &id) const;
    // Articles in any of `statuses`, read in a few queries (for exports). Summaries
    // hold what lists, cards and export plans show (no body, byline, source, dateline,
    // credit, original link, columns, authors or creation time), for reading thousands at once;
    // whole() reads the rest.
    enum class Reading { Whole, Summaries };
    Result<QList<Article>> withStatus(
        const QList<ArticleStatus> &statuses, Reading reading = Reading::Whole) const;
    Result<QList<Article>> whole(const QStringList &ids) const;
    // The id of an article whose original link is `link` (a wire item imported before);
    // empty when there is none.
    Result<QString> idWithOriginalLink(const QString &link) const;
    // Slugs articles were public under before an editor changed them (article id → its
    // retired slugs, oldest first): the export keeps those addresses answering.
    Result<QHash<QString, QStringList>> retiredSlugs() const;

    // Stores a new article (id assigned when empty) at version 1.
    SaveResult create(Article draft, const QString &note = {});
    // `edited.version` is the version the editor started from.
    SaveResult save(const Article &edited, const QString &note = {});
    // save() inside a Sql::Transaction the caller has begun on this database and commits,
    // for changes to several articles at once; the caller announces them (articlesChanged).
    SaveResult saveInTransaction(const Article &edited, const QString &note = {});
    Status remove(const QString &id);

    Result<QList<Revision>> revisions(const QString &articleId) const; // newest first
    Result<Article> revision(qint64 revisionId) const;
    // Makes a revision the current text again, as a new save on top of `baseVersion`.
    SaveResult restore(const QString &articleId, qint64 revisionId, int baseVersion);

    static QString newId();

private:
    DatabasePtr m_database;

public:
    const DatabasePtr &database() const { return m_database; }
};

} // namespace PortalDesk
