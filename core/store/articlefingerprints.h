#pragma once

// Each article's near-duplicate sketch (core/search/storyfingerprint.h) and original-link
// key (core/content/originallink.h), kept in a table of their own so that looking for the
// story behind a piece of wire copy reads a few hundred bytes an article, never the bodies.
// Rows are made when they are needed: refresh() fingerprints every article saved since its
// row was made (its version moved on), and every article that has none yet (saved before
// schema 9, or copied in by `migrate`), so no save pays for it and no path of writing
// articles can leave a stale row behind.

#include "core/content/article.h"
#include "core/store/database.h"

#include <QList>

namespace PortalDesk {

struct FingerprintCandidate
{
    QString articleId;
    bool sameLink = false; // its original link leads to the same page
    double estimate = 0; // StoryFingerprint::estimate() of the two texts
};

class ArticleFingerprints
{
public:
    explicit ArticleFingerprints(DatabasePtr database);

    // The text of an article that is fingerprinted: headline, standfirst and body.
    static QString storyText(const Article &article);

    // Brings every article's row up to date.
    Status refresh();
    // Articles whose link key is `linkKey` (when not empty), then those whose sketch
    // estimates at least `atLeast` against `sketch`; most alike first, at most `limit`.
    // Reads the rows as they are: refresh() first.
    Result<QList<FingerprintCandidate>> candidates(
        const QString &linkKey, const QList<quint64> &sketch, double atLeast, int limit) const;

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
