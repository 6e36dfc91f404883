#pragma once

// Articles with chosen text, and the ids a search returns, for the search tests.

#include "core/content/article.h"
#include "core/search/articlesearch.h"

#include <QStringList>

namespace PortalDesk::Testing {

Article textArticle(
    const QString &id, const QString &headline, const QString &body, Language language = Language::ZhHantHK);

// Ids of the hits, best first; fails the test on an error.
QStringList ids(const Result<QList<SearchHit>> &hits);
QStringList find(const DatabasePtr &database, const QString &text);

} // namespace PortalDesk::Testing
