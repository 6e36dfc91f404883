#include "core/render/pagemeta.h"

#include "core/render/edition.h"
#include "core/text/displaywidth.h"
#include "core/text/editionformat.h"
#include "core/text/segmenter.h"

#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortalDesk {

namespace {

// One JSON object written straight into text, its members in the order given. Pages are made
// by the thousand; building QJsonObjects and serialising them cost more than the rest of
// their metadata together.
class JsonObject
{
public:
    JsonObject &text(QLatin1StringView key, QStringView value)
    {
        PageMeta::appendJsonString(name(key), value);
        return *this;
    }
    JsonObject &number(QLatin1StringView key, int value) { return raw(key, QString::number(value)); }
    JsonObject &object(QLatin1StringView key, const JsonObject &value) { return raw(key, value.json()); }
    JsonObject &raw(QLatin1StringView key, const QString &json)
    {
        name(key) += json;
        return *this;
    }
    QString json() const { return m_json + u'}'; }

private:
    QString &name(QLatin1StringView key) // the member's name and colon: its value comes next
    {
        m_json += (m_json.size() == 1 ? u"\""_s : u",\""_s) + key + u"\":"_s;
        return m_json;
    }
    QString m_json = QStringLiteral("{");
};

QString jsonArray(const QStringList &items) // items: JSON already
{
    return u'[' + items.join(u',') + u']';
}

} // namespace

SiteMeta PageMeta::site(const PortalRenderer &renderer, Language edition)
{
    SiteMeta site;
    site.name = Edition(edition).name(renderer.snapshot().portal.name);
    const QString logoPath = renderer.assetPaths().value(u"logo.png"_s);
    site.logo = logoPath.isEmpty() ? QString() : renderer.absoluteUrl(logoPath);
    site.website = renderer.absoluteUrl(QString()) + u"#website"_s;
    const QString id = renderer.absoluteUrl(QString()) + u"#organization"_s;
    JsonObject organisation;
    organisation.text("@type"_L1, u"NewsMediaOrganization")
        .text("@id"_L1, id)
        .text("name"_L1, site.name)
        .text("url"_L1, renderer.absoluteUrl(renderer.frontPath(edition)));
    if (!site.logo.isEmpty())
        organisation.object(
            "logo"_L1, JsonObject().text("@type"_L1, u"ImageObject").text("url"_L1, site.logo));
    site.organisation = organisation.json();
    site.organisationRef = JsonObject().text("@id"_L1, id).json();
    return site;
}

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

QString PageMeta::describe(const Article &article, const QString &firstParagraph)
{
    const QString standfirst = article.standfirst.simplified();
    return fitted(standfirst.isEmpty() ? firstParagraph : standfirst);
}

QString PageMeta::jsonString(QStringView text)
{
    QString out;
    appendJsonString(out, text);
    return out;
}

void PageMeta::appendJsonString(QString &out, QStringView text)
{
    const auto plain = [](QChar c) {
        return c.unicode() >= 0x20 && c != u'"' && c != u'\\' && c != u'<' && c != u'>' && c != u'&'
            && !c.isSurrogate();
    };
    out += u'"';
    if (std::all_of(text.begin(), text.end(), plain)) { // nearly always
        out += text;
    } else {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (plain(c)) {
                out += c;
            } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += text.sliced(i, 2); // a character beyond the BMP, as it is
                ++i;
            } else if (c == u'"' || c == u'\\') {
                out += u'\\' + QString(c);
            } else {
                // Control characters, a surrogate without its pair (UTF-8 has no way to write it),
                // and < > &: those never stand outside a string in JSON, so escaping each one
                // keeps the data, and no text can end the element or start a comment.
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            }
        }
    }
    out += u'"';
}

TemplateValues PageMeta::values(const PortalRenderer &renderer, Language edition) const
{
    const SiteMeta &site = renderer.siteMeta(edition);
    const QString &siteName = site.name;
    const QString canonical = path.isEmpty() ? QString() : renderer.absoluteUrl(path);
    const QString &logo = site.logo;
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
    out.insert("alternates", std::move(alternateLinks));

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
    out.insert("meta", std::move(meta));

    const QString &publisherId = site.organisationRef;
    const QString &website = site.website;
    QStringList graph;
    if (kind == Kind::Article && article) {
        JsonObject news;
        news.text("@type"_L1, u"NewsArticle")
            .text("headline"_L1, article->headline.simplified())
            .text("description"_L1, description)
            .text("url"_L1, canonical)
            .text("mainEntityOfPage"_L1, canonical)
            .text("datePublished"_L1, EditionFormat::isoUtc(article->publishAt))
            .text("dateModified"_L1, EditionFormat::isoUtc(std::max(article->publishAt, article->updatedAt)))
            .text("inLanguage"_L1, languageTag(edition))
            .object("isPartOf"_L1, JsonObject().text("@id"_L1, website))
            .raw("publisher"_L1, site.organisation);
        if (!image.isEmpty())
            news.raw("image"_L1, jsonArray({ jsonString(image) }));
        if (article->byline.trimmed().isEmpty())
            news.raw("author"_L1, publisherId);
        else
            news.object("author"_L1,
                JsonObject().text("@type"_L1, u"Person").text("name"_L1, article->byline.simplified()));
        if (breadcrumbs.size() > 1)
            news.text("articleSection"_L1, breadcrumbs.at(1).first);
        graph.append(news.json());
    } else if (path == renderer.frontPath(edition)) {
        graph.append(JsonObject()
                         .text("@type"_L1, u"WebSite")
                         .text("@id"_L1, website)
                         .text("name"_L1, siteName)
                         .text("url"_L1, canonical)
                         .text("inLanguage"_L1, languageTag(edition))
                         .raw("publisher"_L1, publisherId)
                         .json());
        graph.append(site.organisation);
    }
    if (breadcrumbs.size() > 1) {
        QStringList items;
        for (qsizetype i = 0; i < breadcrumbs.size(); ++i) {
            items.append(JsonObject()
                             .text("@type"_L1, u"ListItem")
                             .number("position"_L1, int(i + 1))
                             .text("name"_L1, breadcrumbs.at(i).first)
                             .text("item"_L1, renderer.absoluteUrl(breadcrumbs.at(i).second))
                             .json());
        }
        graph.append(JsonObject()
                         .text("@type"_L1, u"BreadcrumbList")
                         .raw("itemListElement"_L1, jsonArray(items))
                         .json());
    }
    if (!graph.isEmpty()) {
        out.insert("json_ld",
            JsonObject()
                .text("@context"_L1, u"https://schema.org")
                .raw("@graph"_L1, jsonArray(graph))
                .json());
    }
    return out;
}

} // namespace PortalDesk
