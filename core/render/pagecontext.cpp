#include "core/render/pagecontext.h"

#include "core/content/rules.h"
#include "core/render/edition.h"
#include "core/render/markdown.h"
#include "core/render/pagemeta.h"
#include "core/render/photoset.h"
#include "core/render/portalrenderer.h"
#include "core/render/templatevalues.h"
#include "core/text/editionformat.h"

#include <QJsonArray>
#include <QUrl>

namespace PortalDesk {

namespace {

// A draft has no publish time yet: nothing to show, rather than "0年0月0日".
QString timeDisplay(const QDateTime &publishAt, Language edition, const QTimeZone &zone)
{
    return publishAt.isValid() ? EditionFormat::dateTime(publishAt, edition, zone) : QString();
}

// Dotted slot names become nested objects: "sidebar.feature" → slots.sidebar.feature.
void insertDotted(QJsonObject &root, const QStringList &parts, const QJsonValue &value)
{
    if (parts.size() == 1) {
        root.insert(parts.first(), value);
        return;
    }
    QJsonObject child = root.value(parts.first()).toObject();
    insertDotted(child, parts.mid(1), value);
    root.insert(parts.first(), child);
}

} // namespace

PageContext::PageContext(
    const PortalRenderer &renderer, Language edition, const QString &pagePath, Links links)
    : m_renderer(renderer)
    , m_edition(edition)
    , m_path(pagePath)
    , m_root(links == Links::Absolute ? renderer.absoluteUrl(QString())
                                      : QStringLiteral("../").repeated(pagePath.count(u'/')))
    , m_links(links)
{ }

QString PageContext::sectionPath(Language edition, const QString &key, int page)
{
    return editionFolder(edition) + QStringLiteral("/sections/") + key
        + (page <= 1 ? QStringLiteral("/index.html") : QStringLiteral("/page-%1.html").arg(page));
}

QString PageContext::href(const QString &target) const
{
    return m_root + target;
}

QString PageContext::mediaHref(const QString &file) const
{
    return Rules::isSafeFileName(file) ? href(QStringLiteral("assets/media/") + file) : QString();
}

TemplateValues PageContext::picture(const QString &file, const QString &alt, const QString &sizes) const
{
    TemplateValues values { { "alt", alt }, { "sizes", sizes } };
    const PhotoSet *set = m_renderer.photoSet(file);
    if (!set || !set->isValid() || mediaHref(file).isEmpty()) {
        values.insert("src", mediaHref(file));
        return values;
    }
    // srcset separates entries with commas and descriptors with spaces: neither may stay raw.
    const auto entry = [this](const QString &path, int width) -> QString {
        return QString(href(path)).replace(u' ', QStringLiteral("%20")).replace(u',', QStringLiteral("%2C"))
            + u' ' + QString::number(width) + u'w';
    };
    QStringList jpeg;
    QStringList webp;
    for (int width : set->widths) {
        jpeg.append(entry(PhotoSet::variantPath(file, width, u"jpg"), width));
        if (set->webp)
            webp.append(entry(PhotoSet::variantPath(file, width, u"webp"), width));
    }
    const int shown = set->widths.contains(960) ? 960 : set->widths.last();
    values.insert("src", href(PhotoSet::variantPath(file, shown, u"jpg")));
    values.insert("width", QString::number(shown));
    values.insert("height", QString::number(set->heightAt(shown)));
    values.insert("srcset_jpeg", jpeg.join(QStringLiteral(", ")));
    values.insert("srcset_webp", webp.join(QStringLiteral(", ")));
    return values;
}

Result<QJsonObject> PageContext::shared() const
{
    const PortalSnapshot &snapshot = m_renderer.snapshot();
    const Edition edition(m_edition);
    QJsonObject data;
    data.insert(QStringLiteral("lang"), languageTag(m_edition));
    data.insert(QStringLiteral("dir"), QStringLiteral("ltr"));
    data.insert(QStringLiteral("root"), m_root);
    data.insert(QStringLiteral("home"), href(m_renderer.frontPath(m_edition)));
    data.insert(QStringLiteral("feed"), href(edition.folder() + QStringLiteral("/feed.xml")));
    data.insert(QStringLiteral("json_feed"), href(edition.folder() + QStringLiteral("/feed.json")));
    data.insert(QStringLiteral("generator"), QStringLiteral("PortalDesk"));
    data.insert(QStringLiteral("year"),
        QString::number(snapshot.moment.toTimeZone(snapshot.portal.zone()).date().year()));
    data.insert(QStringLiteral("labels"), edition.labels());
    data.insert(QStringLiteral("portal"),
        QJsonObject { { QStringLiteral("name"), edition.name(snapshot.portal.name) } });
    data.insert(QStringLiteral("edition"),
        QJsonObject { { QStringLiteral("lang"), languageTag(m_edition) },
            { QStringLiteral("label"), edition.label() }, { QStringLiteral("folder"), edition.folder() } });

    QJsonObject assets;
    for (auto it = m_renderer.assetPaths().cbegin(); it != m_renderer.assetPaths().cend(); ++it)
        assets.insert(QString(it.key()).replace(u'.', u'_').replace(u'/', u'_'), href(it.value()));
    data.insert(QStringLiteral("assets"), assets);

    QJsonArray columns;
    for (const Column &column : snapshot.columns)
        columns.append(QJsonObject {
            { QStringLiteral("key"), column.key }, { QStringLiteral("name"), edition.name(column.names) } });
    data.insert(QStringLiteral("columns"), columns);

    QJsonArray popular;
    const QList<const Article *> articles = m_renderer.articlesOf(m_edition);
    for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), PopularCount); ++i) {
        auto shown = edition.localise(*articles.at(i));
        if (!shown)
            return std::unexpected(shown.error());
        popular.append(QJsonObject { { QStringLiteral("headline"), shown->headline },
            { QStringLiteral("href"), href(m_renderer.articlePath(*articles.at(i), m_edition)) } });
    }
    data.insert(QStringLiteral("popular"), popular);
    data.insert(QStringLiteral("has_popular"), !popular.isEmpty());

    QJsonObject promoSlots;
    QJsonObject hasSlots;
    QMap<QString, QJsonArray> bySlot;
    for (const Promo &promo : snapshot.promos) {
        if (!edition.carries(promo.language))
            continue;
        auto shown = edition.localise(promo);
        if (!shown)
            return std::unexpected(shown.error());
        QString target = shown->link;
        bool external = true;
        if (target.startsWith(u"article:")) {
            const Article *linked = snapshot.article(target.mid(8));
            if (!linked)
                continue;
            target = href(m_renderer.articlePath(
                *linked, Edition(m_edition).carries(linked->language) ? m_edition : linked->language));
            external = false;
        } else if (!Rules::isWebLink(target)) {
            continue;
        }
        QJsonObject item { { QStringLiteral("kicker"), shown->kicker },
            { QStringLiteral("text"), shown->text },
            { QStringLiteral("call_to_action"), shown->callToAction }, { QStringLiteral("href"), target },
            { QStringLiteral("image"), mediaHref(shown->image) }, { QStringLiteral("external"), external } };
        // A promo's picture is small: the export's smallest size of it, with its dimensions.
        if (const PhotoSet *set = m_renderer.photoSet(shown->image);
            set && set->isValid() && !mediaHref(shown->image).isEmpty()) {
            const int width = set->widths.first();
            item.insert(QStringLiteral("image"), href(PhotoSet::variantPath(shown->image, width, u"jpg")));
            item.insert(QStringLiteral("image_width"), QString::number(width));
            item.insert(QStringLiteral("image_height"), QString::number(set->heightAt(width)));
        }
        bySlot[promo.slot].append(item);
    }
    for (auto it = bySlot.cbegin(); it != bySlot.cend(); ++it) {
        insertDotted(promoSlots, it.key().split(u'.'), it.value());
        insertDotted(hasSlots, it.key().split(u'.'), true);
    }
    data.insert(QStringLiteral("slots"), promoSlots);
    data.insert(QStringLiteral("has_slots"), hasSlots);
    return data;
}

QString PageContext::listDescription(const QString &name, const QList<const Article *> &articles) const
{
    const bool chinese = m_edition != Language::En;
    QStringList headlines;
    for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), 6); ++i) {
        auto shown = Edition(m_edition).localise(*articles.at(i));
        if (shown)
            headlines.append(shown->headline.simplified());
    }
    if (headlines.isEmpty()) { // an empty section: its name and the site's
        const QString site = Edition(m_edition).name(m_renderer.snapshot().portal.name);
        return name == site ? name : name + (chinese ? QStringLiteral("：") : QStringLiteral(" — ")) + site;
    }
    return PageMeta::fitted(name + (chinese ? QStringLiteral("：") : QStringLiteral(": "))
        + headlines.join(chinese ? QStringLiteral("；") : QStringLiteral("; ")));
}

Result<TemplateValues> PageContext::common(
    const QString &title, const std::function<QString(Language)> &alternate, const PageMeta &meta) const
{
    const PortalSnapshot &snapshot = m_renderer.snapshot();
    const Edition edition(m_edition);
    TemplateValues data = meta.values(m_renderer, m_edition);
    // A portal without a name in any language still gives every page a title: its host.
    const QString named = edition.name(snapshot.portal.name).simplified();
    const QString portalName = named.isEmpty() ? QUrl(snapshot.portal.baseUrl).host() : named;
    const QString shownTitle = title.simplified();
    data.insert("title",
        shownTitle.isEmpty() || shownTitle == portalName ? portalName
                                                         : shownTitle + QStringLiteral(" | ") + portalName);
    TemplateValues editions = TemplateValues::list();
    for (Language language : allLanguages()) {
        editions.append(
            TemplateValues { { "label", Edition(language).label() }, { "lang", languageTag(language) },
                { "href", href(alternate(language)) }, { "current", language == m_edition } });
    }
    data.insert("editions", std::move(editions));

    TemplateValues sections = TemplateValues::list();
    for (const Section &section : snapshot.sections) {
        const QString target = sectionPath(m_edition, section.key, 1);
        sections.append(TemplateValues { { "key", section.key }, { "name", edition.name(section.names) },
            { "href", href(target) }, { "current", m_path.startsWith(target.chopped(10)) } });
    }
    data.insert("sections", std::move(sections));
    return data;
}

Result<TemplateValues> PageContext::card(const Article &source) const
{
    const Edition edition(m_edition);
    auto article = edition.localise(source);
    if (!article)
        return std::unexpected(article.error());
    const PortalSnapshot &snapshot = m_renderer.snapshot();
    const Section *section = snapshot.section(article->section);
    TemplateValues card { { "headline", article->headline }, { "kicker", article->kicker },
        { "standfirst", article->standfirst }, { "href", href(m_renderer.articlePath(source, m_edition)) },
        { "section_name", section ? edition.name(section->names) : QString() },
        { "time_display", timeDisplay(article->publishAt, m_edition, snapshot.portal.zone()) },
        { "time_iso", EditionFormat::isoUtc(article->publishAt) } };
    if (!article->photos.isEmpty() && !mediaHref(article->photos.first().file).isEmpty()) {
        card.insert("photo",
            picture(article->photos.first().file, article->photos.first().alt,
                QStringLiteral("(min-width: 48rem) 24rem, 100vw")));
    }
    return card;
}

Result<TemplateValues> PageContext::front(const QList<const Article *> &articles) const
{
    const QString siteName = Edition(m_edition).name(m_renderer.snapshot().portal.name);
    PageMeta meta;
    meta.path = m_renderer.frontPath(m_edition);
    meta.description = listDescription(siteName, articles);
    meta.alternates = m_renderer.alternatePaths(PagePlan { PagePlan::Kind::Front, m_edition, meta.path });
    meta.breadcrumbs = { { siteName, meta.path } };
    auto data = common(
        {}, [this](Language language) { return m_renderer.frontPath(language); }, meta);
    if (!data)
        return data;
    TemplateValues latest = TemplateValues::list();
    for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), PortalRenderer::PageSize + 1); ++i) {
        auto card = this->card(*articles.at(i));
        if (!card)
            return std::unexpected(card.error());
        if (i == 0)
            data->insert("lead", std::move(*card));
        else
            latest.append(std::move(*card));
    }
    data->insert("latest", std::move(latest));
    return data;
}

Result<TemplateValues> PageContext::section(
    const QString &key, const QList<const Article *> &articles, int page) const
{
    const Section *section = m_renderer.snapshot().section(key);
    const QString name = section ? Edition(m_edition).name(section->names) : key;
    const QString siteName = Edition(m_edition).name(m_renderer.snapshot().portal.name);
    PageMeta meta;
    meta.path = sectionPath(m_edition, key, page);
    meta.title = page > 1 ? QStringLiteral("%1 (%2)").arg(name).arg(page) : name;
    const qsizetype first = qsizetype(page - 1) * PortalRenderer::PageSize;
    meta.description = listDescription(name + (page > 1 ? QStringLiteral(" (%1)").arg(page) : QString()),
        articles.mid(std::min(first, articles.size())));
    PagePlan plan { PagePlan::Kind::Section, m_edition, meta.path, key, page };
    meta.alternates = m_renderer.alternatePaths(plan);
    meta.breadcrumbs
        = { { siteName, m_renderer.frontPath(m_edition) }, { name, sectionPath(m_edition, key, 1) } };
    auto data = common(
        meta.title, [&key, page](Language language) { return sectionPath(language, key, page); }, meta);
    if (!data)
        return data;
    data->insert("section", TemplateValues { { "key", key }, { "name", name } });
    TemplateValues cards = TemplateValues::list();
    for (qsizetype i = qsizetype(page - 1) * PortalRenderer::PageSize;
         i < std::min<qsizetype>(articles.size(), qsizetype(page) * PortalRenderer::PageSize); ++i) {
        auto card = this->card(*articles.at(i));
        if (!card)
            return std::unexpected(card.error());
        cards.append(std::move(*card));
    }
    data->insert("articles", std::move(cards));

    const int pageCount
        = std::max<int>(1, int((articles.size() + PortalRenderer::PageSize - 1) / PortalRenderer::PageSize));
    TemplateValues pages = TemplateValues::list();
    for (int number = 1; number <= pageCount; ++number) {
        pages.append(TemplateValues { { "number", QString::number(number) },
            { "href", href(sectionPath(m_edition, key, number)) }, { "current", number == page } });
    }
    TemplateValues pagination { { "pages", pages }, { "has_pages", pageCount > 1 } };
    if (page > 1)
        pagination.insert("previous", href(sectionPath(m_edition, key, page - 1)));
    if (page < pageCount)
        pagination.insert("next", href(sectionPath(m_edition, key, page + 1)));
    data->insert("pagination", std::move(pagination));
    return data;
}

Result<TemplateValues> PageContext::article(const Article &source) const
{
    const Edition edition(m_edition);
    auto article = edition.localise(source);
    if (!article)
        return std::unexpected(article.error());

    // The same story in another edition, or that edition's front page when it has none.
    auto versionIn = [&](Language language) -> QString {
        const QString path = m_renderer.versionPath(source, language);
        return path.isEmpty() ? m_renderer.frontPath(language) : path;
    };
    const PortalSnapshot &snapshot = m_renderer.snapshot();
    const Section *section = snapshot.section(article->section);
    PageMeta meta;
    meta.kind = PageMeta::Kind::Article;
    meta.path = m_renderer.articlePath(source, m_edition);
    meta.title = article->headline.simplified();
    // The body is parsed once: for the page and, with no standfirst, for the description.
    QString firstParagraph;
    std::string body = Markdown::toHtmlUtf8(
        article->body, article->standfirst.trimmed().isEmpty() ? &firstParagraph : nullptr);
    meta.description = PageMeta::describe(*article, firstParagraph);
    meta.alternates = m_renderer.alternatePaths(source);
    meta.article = &*article;
    meta.breadcrumbs = { { edition.name(snapshot.portal.name), m_renderer.frontPath(m_edition) } };
    if (section)
        meta.breadcrumbs.append({ edition.name(section->names), sectionPath(m_edition, section->key, 1) });
    meta.breadcrumbs.append({ meta.title, meta.path });
    for (const Photo &photo : article->photos) {
        if (!mediaHref(photo.file).isEmpty()) {
            const PhotoSet *set = m_renderer.photoSet(photo.file);
            meta.imagePath = set && set->isValid() ? PhotoSet::sharePath(photo.file)
                                                   : QStringLiteral("assets/media/") + photo.file;
            meta.imageAlt = photo.alt;
            break;
        }
    }
    auto data = common(article->headline, versionIn, meta);
    if (!data)
        return data;

    TemplateValues fields { { "id", article->id }, { "kicker", article->kicker },
        { "headline", article->headline }, { "standfirst", article->standfirst },
        { "byline", article->byline }, { "source", article->source }, { "dateline", article->dateline },
        { "time_display", timeDisplay(article->publishAt, m_edition, snapshot.portal.zone()) },
        { "time_iso", EditionFormat::isoUtc(article->publishAt) },
        { "section_name", section ? edition.name(section->names) : QString() },
        { "section_href", section ? href(sectionPath(m_edition, section->key, 1)) : QString() },
        { "original_link", Rules::isWebLink(article->originalLink) ? article->originalLink : QString() },
        { "credit", article->credit } };
    data->insert("body", TemplateValues::utf8(std::move(body)));

    TemplateValues photos = TemplateValues::list();
    bool first = true;
    for (const Photo &photo : article->photos) {
        if (mediaHref(photo.file).isEmpty())
            continue;
        TemplateValues shown
            = picture(photo.file, photo.alt, QStringLiteral("(min-width: 48rem) 42rem, 100vw"));
        shown.insert("caption", photo.caption);
        shown.insert("credit", photo.credit);
        shown.insert("lazy", !first); // the first photo is above the fold
        first = false;
        photos.append(std::move(shown));
    }
    fields.insert("photos", std::move(photos));
    TemplateValues columns = TemplateValues::list();
    bool anyColumn = false; // so a theme shows no "Columns:" with nothing after it
    for (const QString &key : article->columns) {
        if (const Column *column = snapshot.column(key)) {
            columns.append(TemplateValues { { "name", edition.name(column->names) } });
            anyColumn = true;
        }
    }
    fields.insert("has_columns", anyColumn);
    fields.insert("columns", std::move(columns));

    TemplateValues translations = TemplateValues::list();
    bool anyTranslation = false;
    for (Language language : allLanguages()) {
        if (language == m_edition)
            continue;
        const QString target = versionIn(language);
        if (target == m_renderer.frontPath(language))
            continue;
        translations.append(TemplateValues { { "lang", languageTag(language) },
            { "label", Edition(language).label() }, { "href", href(target) } });
        anyTranslation = true;
    }
    fields.insert("has_translations", anyTranslation);
    fields.insert("translations", std::move(translations));
    data->insert("article", std::move(fields));
    return data;
}

Result<TemplateValues> PageContext::notFound() const
{
    PageMeta meta; // no canonical address and no alternates: search engines must not index it
    meta.title = Edition(m_edition).labels().value(QStringLiteral("not_found")).toString();
    meta.description = meta.title;
    auto data = common(
        meta.title, [this](Language language) { return m_renderer.frontPath(language); }, meta);
    if (data)
        data->insert("noindex", true);
    return data;
}

} // namespace PortalDesk
