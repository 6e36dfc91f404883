#pragma once

// Translation pairs (issue 15): the Chinese and English versions of one story share a
// translation group (Article::translationGroup), at most one article per language. One
// of a pair is the original, the other its translation, and the translation remembers
// how far it has caught up: the store counts every save that changes the original's
// text readers see (text_edits, schema 11 of SQLite and 13 of PostgreSQL), so the
// translation knows it is "behind by 3 edits" and which version of the original it
// was last brought up to date with, for a diff of what changed since.

#include "core/content/article.h"
#include "core/store/database.h"

#include <QDateTime>
#include <optional>

class QSqlDatabase;

namespace PortalDesk {

struct TranslationLink
{
    QString translationId;
    QString originalId;
    int syncedVersion = 0; // the original's version the translation last caught up with
    int behind = 0; // saves of the original that changed its text since
    QString syncedBy;
    QDateTime syncedAt; // UTC

    bool operator==(const TranslationLink &) const = default;
};

// What a translation has not caught up with: its original then and now.
struct OriginalChanges
{
    Article then; // the original at syncedVersion (from its history)
    Article now;
    TranslationLink link;
};

class TranslationPairs
{
public:
    explicit TranslationPairs(DatabasePtr database);

    // Makes `translationId` the translation of `originalId`, up to date with it as it is
    // now. Both are saved as a new version with the group they now share. Refused, saying
    // which article is in the way, when they are in the same language, when the original
    // already has a version in the translation's language, or when the translation is
    // paired with another story.
    Status link(const QString &originalId, const QString &translationId);
    // Takes the article out of its pair; a partner left alone leaves the group too.
    Status unlink(const QString &articleId);

    // The link that makes `articleId` a translation; none for an original or an article
    // without a partner.
    Result<std::optional<TranslationLink>> linkOf(const QString &articleId) const;
    // The translation has caught up with its original as the original is now.
    Status markUpToDate(const QString &translationId);
    Result<OriginalChanges> originalChanges(const QString &translationId) const;

    // Whether `after` changes text readers see that a translation carries: the kicker,
    // headline, standfirst, body, or a photo's caption or alt text.
    static bool changesText(const Article &before, const Article &after);
    // Inside a save's transaction: counts the save as an edit of the article's text
    // (articles.text_edits) when changesText says it is one.
    static Status countEdit(const QSqlDatabase &db, const Article &before, const Article &after);
    // For ArticleStore::create, inside its transaction: a new article in a group with a
    // partner in another language becomes that partner's translation (the Traditional
    // Chinese one first), up to date with it.
    static Status linkNewTranslation(const QSqlDatabase &db, const Article &created, const QString &userName);
    // SQL that records the pairs nothing says more about (two articles in a group, no link):
    // the one written first is the original, the Traditional Chinese one when both were
    // written at once (a portal file's load), and the translation counts as up to date.
    static QString recordPairsStatement();

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
