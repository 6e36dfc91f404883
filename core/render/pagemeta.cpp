#include "core/render/pagemeta.h"

#include "core/render/edition.h"
#include "core/render/markdown.h"
#include "core/text/displaywidth.h"
#include "core/text/editionformat.h"
#include "core/text/segmenter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalDesk {

namespace {

QJsonObject organisation(const PortalRenderer &renderer, Language edition, const QString &logo)
{
    QJsonObject organisation { { QStringLiteral("@type"), QStringLiteral("NewsMediaOrganization") },
        { QStringLiteral("@id"), QString(renderer.absoluteUrl(QString()) + QStringLiteral("#organization")) },
        { QStringLiteral("name"), Edition(edition).name(renderer.snapshot().portal.name) },
        { QStringLiteral("url"), renderer.absoluteUrl(renderer.frontPath(edition)) } };
    if (!logo.isEmpty())
        organisation.insert(QStringLiteral("logo"),
            QJsonObject { { QStringLiteral("@type"), QStringLiteral("ImageObject") },
                { QStringLiteral("url"), logo } });
    return organisation;
}

} // namespace

QString PageMeta::ogLocale(Language edition)
{
    switch (edition) {
    case Language::ZhHantHK:
        return QStringLiteral("zh_HK");
    case Language::ZhHans:
        return QStringLiteral("zh_CN");
    case Language::En:
        break;
    }
    return QStringLiteral("en_US");
}

QString PageMeta::fitted(const QString &text, int columns)
{
    const QString simple = text.simplified();
    if (DisplayWidth::of(simple) <= columns)
        return simple;
    const qsizetype fits = DisplayWidth::fit(simple, columns - 1); // one column for the ellipsis
    qsizetype cut = Segmenter::boundaryBefore(simple, fits);
    if (cut < fits / 2) // one very long word: cut inside it rather than lose most of the text
        cut = fits;
    QString shown = simple.left(cut);
    while (!shown.isEmpty() && (shown.back().isSpace() || shown.back().isPunct()))
        shown.chop(1);
    return shown + u'…';
}

QString PageMeta::describe(const Article &article)
{
    const QString standfirst = article.standfirst.simplified();
    return fitted(standfirst.isEmpty() ? Markdown::firstParagraph(article.body) : standfirst);
}

QString PageMeta::scriptJson(const QJsonValue &value)
{
    const QByteArray json = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(json);
    // Outside strings JSON never holds these three, so escaping every one keeps the data.
    text.replace(u'&', QStringLiteral("\\u0026"))
        .replace(u'<', QStringLiteral("\\u003c"))
        .replace(u'>', QStringLiteral("\\u003e"));
    return text;
}

TemplateValues PageMeta::values(const PortalRenderer &renderer, Language edition) const
{
    const PortalSnapshot &snapshot = renderer.snapshot();
    const QString siteName = Edition(edition).name(snapshot.portal.name);
    const QString canonical = path.isEmpty() ? QString() : renderer.absoluteUrl(path);
    const QString logoPath = renderer.assetPaths().value(QStringLiteral("logo.png"));
    const QString logo = logoPath.isEmpty() ? QString() : renderer.absoluteUrl(logoPath);
    const QString image = imagePath.isEmpty() ? logo : renderer.absoluteUrl(imagePath);

    TemplateValues out;
    TemplateValues alternateLinks = TemplateValues::list();
    TemplateValues otherLocales = TemplateValues::list();
    for (Language language : renderer.editions()) {
        const QString &target = alternates[int(language)];
        if (target.isEmpty())
            continue;
        alternateLinks.append(
            TemplateValues { { "lang", languageTag(language) }, { "href", renderer.absoluteUrl(target) } });
        if (language != edition)
            otherLocales.append(TemplateValues(ogLocale(language)));
    }
    if (const QString fallback = renderer.defaultAlternate(alternates); !fallback.isEmpty()) {
        alternateLinks.append(TemplateValues {
            { "lang", QStringLiteral("x-default") }, { "href", renderer.absoluteUrl(fallback) } });
    }
    out.insert("alternates", alternateLinks);

    TemplateValues meta { { "canonical", canonical }, { "title", title.isEmpty() ? siteName : title },
        { "description", description }, { "site_name", siteName },
        { "og_type", kind == Kind::Article ? QStringLiteral("article") : QStringLiteral("website") },
        { "locale", ogLocale(edition) }, { "locale_alternates", otherLocales }, { "image", image },
        { "image_alt", imagePath.isEmpty() ? QString() : imageAlt },
        { "twitter_card",
            imagePath.isEmpty() ? QStringLiteral("summary") : QStringLiteral("summary_large_image") } };
    if (kind == Kind::Article && article) {
        meta.insert("published", EditionFormat::isoUtc(article->publishAt));
        meta.insert("modified", EditionFormat::isoUtc(std::max(article->publishAt, article->updatedAt)));
    }
    out.insert("meta", meta);

    const QJsonObject publisher = organisation(renderer, edition, logo);
    const QString website = renderer.absoluteUrl(QString()) + QStringLiteral("#website");
    QJsonArray graph;
    if (kind == Kind::Article && article) {
        QJsonObject news { { QStringLiteral("@type"), QStringLiteral("NewsArticle") },
            { QStringLiteral("headline"), article->headline.simplified() },
            { QStringLiteral("description"), description }, { QStringLiteral("url"), canonical },
            { QStringLiteral("mainEntityOfPage"), canonical },
            { QStringLiteral("datePublished"), EditionFormat::isoUtc(article->publishAt) },
            { QStringLiteral("dateModified"),
                EditionFormat::isoUtc(std::max(article->publishAt, article->updatedAt)) },
            { QStringLiteral("inLanguage"), languageTag(edition) },
            { QStringLiteral("isPartOf"), QJsonObject { { QStringLiteral("@id"), website } } },
            { QStringLiteral("publisher"), publisher } };
        if (!image.isEmpty())
            news.insert(QStringLiteral("image"), QJsonArray { image });
        news.insert(QStringLiteral("author"),
            article->byline.trimmed().isEmpty()
                ? QJsonValue(
                    QJsonObject { { QStringLiteral("@id"), publisher.value(QStringLiteral("@id")) } })
                : QJsonValue(QJsonObject { { QStringLiteral("@type"), QStringLiteral("Person") },
                    { QStringLiteral("name"), article->byline.simplified() } }));
        if (breadcrumbs.size() > 1)
            news.insert(QStringLiteral("articleSection"), breadcrumbs.at(1).first);
        graph.append(news);
    } else if (path == renderer.frontPath(edition)) {
        graph.append(QJsonObject { { QStringLiteral("@type"), QStringLiteral("WebSite") },
            { QStringLiteral("@id"), website }, { QStringLiteral("name"), siteName },
            { QStringLiteral("url"), canonical }, { QStringLiteral("inLanguage"), languageTag(edition) },
            { QStringLiteral("publisher"),
                QJsonObject { { QStringLiteral("@id"), publisher.value(QStringLiteral("@id")) } } } });
        graph.append(publisher);
    }
    if (breadcrumbs.size() > 1) {
        QJsonArray items;
        for (qsizetype i = 0; i < breadcrumbs.size(); ++i) {
            items.append(QJsonObject { { QStringLiteral("@type"), QStringLiteral("ListItem") },
                { QStringLiteral("position"), int(i + 1) },
                { QStringLiteral("name"), breadcrumbs.at(i).first },
                { QStringLiteral("item"), renderer.absoluteUrl(breadcrumbs.at(i).second) } });
        }
        graph.append(QJsonObject { { QStringLiteral("@type"), QStringLiteral("BreadcrumbList") },
            { QStringLiteral("itemListElement"), items } });
    }
    if (!graph.isEmpty()) {
        out.insert("json_ld",
            scriptJson(QJsonObject { { QStringLiteral("@context"), QStringLiteral("https://schema.org") },
                { QStringLiteral("@graph"), graph } }));
    }
    return out;
}

} // namespace PortalDesk
