#include "searchtesting.h"

#include <catch2/catch.hpp>

namespace PortalDesk::Testing {

Article textArticle(const QString &id, const QString &headline, const QString &body, Language language)
{
    Article article;
    article.id = id;
    article.language = language;
    article.headline = headline;
    article.body = body;
    article.status = ArticleStatus::Draft;
    return article;
}

QStringList ids(const Result<QList<SearchHit>> &hits)
{
    INFO((hits ? QString() : hits.error().text()).toStdString());
    REQUIRE(hits.has_value());
    QStringList found;
    for (const SearchHit &hit : *hits)
        found.append(hit.id);
    return found;
}

QStringList find(const DatabasePtr &database, const QString &text)
{
    SearchRequest request;
    request.text = text;
    request.limit = 100;
    QStringList found = ids(ArticleSearch(database).search(request));
    found.sort();
    return found;
}

} // namespace PortalDesk::Testing
