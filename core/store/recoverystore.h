#pragma once

// Unsaved editor work kept on disk so it survives a crash: one JSON file per
// open article in a folder the caller chooses, written atomically (QSaveFile),
// removed once the article is saved or its changes are discarded.

#include "core/content/article.h"
#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace PortalDesk {

struct RecoveredArticle
{
    Article article; // as typed; `version` is the version the editor started from
    QString databaseAddress; // which portal it belongs to
    QDateTime writtenAt; // UTC
    QString file;
};

class RecoveryStore
{
public:
    explicit RecoveryStore(const QString &folder);

    QString folder() const { return m_folder; }

    // Replaces the recovery file of `article.id` (which must not be empty).
    Status write(const Article &article, const QString &databaseAddress);
    // Removes the recovery file of `articleId`; no file is not an error.
    Status remove(const QString &articleId);
    bool contains(const QString &articleId) const;
    // Every readable recovery file, oldest first; unreadable files are skipped.
    QList<RecoveredArticle> list() const;
    // Only the files that belong to the portal at `databaseAddress`.
    QList<RecoveredArticle> list(const QString &databaseAddress) const;

private:
    QString fileFor(const QString &articleId) const;
    QString m_folder;
};

} // namespace PortalDesk
