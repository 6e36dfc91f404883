#include "core/publish/feeds.h"
#include "core/render/edition.h"
#include "core/render/markdown.h"
#include "core/render/pagemeta.h"
#include "core/text/editionformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalDesk::Feeds {

QString jsonFeedPath(Language edition)
{
    return editionFolder(edition) + QStringLiteral("/feed.json");
}

QByteArray jsonFeed(const PortalRenderer &renderer, Language edition)
{
    const Edition shown(edition);
    const PortalSnapshot &snapshot = renderer.snapshot();
    const QString siteName = shown.name(snapshot.portal.name);
    const QList<const Article *> articles = renderer.articlesOf(edition);
    QJsonArray items;
    for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), FeedLength); ++i) {
        auto article = shown.localise(*articles.at(i));
        if (!article)
            continue;
        const QString url = renderer.absoluteUrl(renderer.articlePath(*articles.at(i), edition));
        QString firstParagraph; // the body is parsed once, for the summary and the content
        const QString content = Markdown::toHtml(article->body, &firstParagraph);
        QJsonObject item { { QStringLiteral("id"), url }, { QStringLiteral("url"), url },
            { QStringLiteral("title"), article->headline }, { QStringLiteral("content_html"), content },
            { QStringLiteral("date_published"), EditionFormat::isoUtc(article->publishAt) },
            { QStringLiteral("date_modified"),
                EditionFormat::isoUtc(std::max(article->publishAt, article->updatedAt)) },
            { QStringLiteral("language"), languageTag(edition) } };
        if (const QString summary = PageMeta::describe(*article, firstParagraph); !summary.isEmpty())
            item.insert(QStringLiteral("summary"), summary);
        if (!article->byline.trimmed().isEmpty())
            item.insert(QStringLiteral("authors"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), article->byline.simplified() } } });
        if (!article->photos.isEmpty() && !article->photos.first().file.isEmpty())
            item.insert(QStringLiteral("image"),
                renderer.absoluteUrl(QStringLiteral("assets/media/") + article->photos.first().file));
        items.append(item);
    }
    const QJsonObject feed { { QStringLiteral("version"),
                                 QStringLiteral("https://jsonfeed.org/version/1.1") },
        { QStringLiteral("title"), siteName },
        { QStringLiteral("home_page_url"), renderer.absoluteUrl(renderer.frontPath(edition)) },
        { QStringLiteral("feed_url"), renderer.absoluteUrl(jsonFeedPath(edition)) },
        { QStringLiteral("language"), languageTag(edition) },
        { QStringLiteral("authors"), QJsonArray { QJsonObject { { QStringLiteral("name"), siteName } } } },
        { QStringLiteral("items"), items } };
    return QJsonDocument(feed).toJson(QJsonDocument::Indented);
}

} // namespace PortalDesk::Feeds
