#pragma once

// The trash: articles taken out of the portal without losing them. Moving an article to
// the trash removes its row (and with it every list, count, search, export and feed
// entry) and keeps a whole snapshot beside it — the article, its revision history, the
// slugs it was live under and its translation links — with who moved it and when, in one
// transaction. Restoring
// puts it back under the same id and version; emptying the trash forgets it for good.
// A trashed live article leaves the portal at the next export, with no redirect left
// behind (its slugs are kept in the trash and come back with it).

#include "core/content/article.h"
#include "core/store/database.h"

#include <QList>

namespace PortalDesk {

struct TrashedArticle
{
    QString id;
    QString headline;
    Language language = Language::ZhHantHK;
    ArticleStatus status = ArticleStatus::Draft; // as stored when it was trashed
    QDateTime publishAt; // UTC; invalid = not set
    QString trashedBy; // the newsroom's display name for the login when it has one
    QDateTime trashedAt; // UTC
};

class TrashStore
{
public:
    explicit TrashStore(DatabasePtr database);

    // Newest first.
    Result<QList<TrashedArticle>> list() const;
    Result<int> count() const;
    Result<TrashedArticle> get(const QString &id) const;

    // Takes the article out of every list; refused when there is no such article, this
    // person's role may not delete it, or a colleague has it open to edit.
    Status moveToTrash(const QString &id);
    // Puts it back as it was (same id, version and history). Refused, with the reason,
    // when its id or address has been taken again, another article in its language has
    // joined its translation pair, or its section is gone.
    Result<Article> restore(const QString &id);
    Status deleteForever(const QString &id);
    // Deletes everything in the trash; how many articles went.
    Result<int> empty();

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
