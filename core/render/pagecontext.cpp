#include "core/render/pagecontext.h"

#include "core/content/rules.h"
#include "core/render/edition.h"
#include "core/render/markdown.h"
#include "core/render/portalrenderer.h"
#include "core/text/editionformat.h"

#include <QJsonArray>

namespace PortalDesk {

namespace {

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

PageContext::PageContext(const PortalRenderer &renderer, Language edition, const QString &pagePath)
    : m_renderer(renderer)
    , m_edition(edition)
    , m_path(pagePath)
    , m_root(QStringLiteral("../").repeated(pagePath.count(u'/')))
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
        bySlot[promo.slot].append(QJsonObject { { QStringLiteral("kicker"), shown->kicker },
            { QStringLiteral("text"), shown->text },
            { QStringLiteral("call_to_action"), shown->callToAction }, { QStringLiteral("href"), target },
            { QStringLiteral("image"), mediaHref(shown->image) }, { QStringLiteral("external"), external } });
    }
    for (auto it = bySlot.cbegin(); it != bySlot.cend(); ++it) {
        insertDotted(promoSlots, it.key().split(u'.'), it.value());
        insertDotted(hasSlots, it.key().split(u'.'), true);
    }
    data.insert(QStringLiteral("slots"), promoSlots);
    data.insert(QStringLiteral("has_slots"), hasSlots);
    return data;
}

Result<QJsonObject> PageContext::common(
    const QString &title, const std::function<QString(Language)> &alternate) const
{
    const PortalSnapshot &snapshot = m_renderer.snapshot();
    const Edition edition(m_edition);
    QJsonObject data;
    const QString portalName = edition.name(snapshot.portal.name);
    data.insert(QStringLiteral("title"),
        title.isEmpty() || title == portalName ? portalName : title + QStringLiteral(" | ") + portalName);
    QJsonArray editions;
    for (Language language : allLanguages()) {
        editions.append(QJsonObject { { QStringLiteral("label"), Edition(language).label() },
            { QStringLiteral("lang"), languageTag(language) },
            { QStringLiteral("href"), href(alternate(language)) },
            { QStringLiteral("current"), language == m_edition } });
    }
    data.insert(QStringLiteral("editions"), editions);

    QJsonArray sections;
    for (const Section &section : snapshot.sections) {
        const QString target = sectionPath(m_edition, section.key, 1);
        sections.append(QJsonObject { { QStringLiteral("key"), section.key },
            { QStringLiteral("name"), edition.name(section.names) }, { QStringLiteral("href"), href(target) },
            { QStringLiteral("current"), m_path.startsWith(target.chopped(10)) } });
    }
    data.insert(QStringLiteral("sections"), sections);
    return data;
}

Result<QJsonObject> PageContext::card(const Article &source) const
{
    const Edition edition(m_edition);
    auto article = edition.localise(source);
    if (!article)
        return std::unexpected(article.error());
    const PortalSnapshot &snapshot = m_renderer.snapshot();
    const Section *section = snapshot.section(article->section);
    QJsonObject card { { QStringLiteral("headline"), article->headline },
        { QStringLiteral("kicker"), article->kicker }, { QStringLiteral("standfirst"), article->standfirst },
        { QStringLiteral("href"), href(m_renderer.articlePath(source, m_edition)) },
        { QStringLiteral("section_name"), section ? edition.name(section->names) : QString() },
        { QStringLiteral("time_display"),
            EditionFormat::dateTime(article->publishAt, m_edition, snapshot.portal.zone()) },
        { QStringLiteral("time_iso"), EditionFormat::isoUtc(article->publishAt) } };
    if (!article->photos.isEmpty() && !mediaHref(article->photos.first().file).isEmpty()) {
        card.insert(QStringLiteral("photo"),
            QJsonObject { { QStringLiteral("src"), mediaHref(article->photos.first().file) },
                { QStringLiteral("alt"), article->photos.first().alt } });
    }
    return card;
}

Result<QJsonObject> PageContext::front(const QList<const Article *> &articles) const
{
    auto data = common({}, [this](Language language) { return m_renderer.frontPath(language); });
    if (!data)
        return data;
    QJsonArray latest;
    for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), PortalRenderer::PageSize + 1); ++i) {
        auto card = this->card(*articles.at(i));
        if (!card)
            return std::unexpected(card.error());
        if (i == 0)
            data->insert(QStringLiteral("lead"), *card);
        else
            latest.append(*card);
    }
    data->insert(QStringLiteral("latest"), latest);
    return data;
}

Result<QJsonObject> PageContext::section(
    const QString &key, const QList<const Article *> &articles, int page) const
{
    const Section *section = m_renderer.snapshot().section(key);
    const QString name = section ? Edition(m_edition).name(section->names) : key;
    auto data = common(name, [&key, page](Language language) { return sectionPath(language, key, page); });
    if (!data)
        return data;
    data->insert(QStringLiteral("section"),
        QJsonObject { { QStringLiteral("key"), key }, { QStringLiteral("name"), name } });
    QJsonArray cards;
    for (qsizetype i = qsizetype(page - 1) * PortalRenderer::PageSize;
         i < std::min<qsizetype>(articles.size(), qsizetype(page) * PortalRenderer::PageSize); ++i) {
        auto card = this->card(*articles.at(i));
        if (!card)
            return std::unexpected(card.error());
        cards.append(*card);
    }
    data->insert(QStringLiteral("articles"), cards);

    const int pageCount
        = std::max<int>(1, int((articles.size() + PortalRenderer::PageSize - 1) / PortalRenderer::PageSize));
    QJsonArray pages;
    for (int number = 1; number <= pageCount; ++number) {
        pages.append(QJsonObject { { QStringLiteral("number"), QString::number(number) },
            { QStringLiteral("href"), href(sectionPath(m_edition, key, number)) },
            { QStringLiteral("current"), number == page } });
    }
    QJsonObject pagination { { QStringLiteral("pages"), pages },
        { QStringLiteral("has_pages"), pageCount > 1 } };
    if (page > 1)
        pagination.insert(QStringLiteral("previous"), href(sectionPath(m_edition, key, page - 1)));
    if (page < pageCount)
        pagination.insert(QStringLiteral("next"), href(sectionPath(m_edition, key, page + 1)));
    data->insert(QStringLiteral("pagination"), pagination);
    return data;
}

Result<QJsonObject> PageContext::article(const Article &source) const
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
    auto data = common(article->headline, versionIn);
    if (!data)
        return data;

    const PortalSnapshot &snapshot = m_renderer.snapshot();
    const Section *section = snapshot.section(article->section);
    QJsonObject fields { { QStringLiteral("id"), article->id }, { QStringLiteral("kicker"), article->kicker },
        { QStringLiteral("headline"), article->headline },
        { QStringLiteral("standfirst"), article->standfirst }, { QStringLiteral("byline"), article->byline },
        { QStringLiteral("source"), article->source }, { QStringLiteral("dateline"), article->dateline },
        { QStringLiteral("time_display"),
            EditionFormat::dateTime(article->publishAt, m_edition, snapshot.portal.zone()) },
        { QStringLiteral("time_iso"), EditionFormat::isoUtc(article->publishAt) },
        { QStringLiteral("section_name"), section ? edition.name(section->names) : QString() },
        { QStringLiteral("section_href"),
            section ? href(sectionPath(m_edition, section->key, 1)) : QString() },
        { QStringLiteral("original_link"),
            Rules::isWebLink(article->originalLink) ? article->originalLink : QString() },
        { QStringLiteral("credit"), article->credit } };
    data->insert(QStringLiteral("body"), Markdown::toHtml(article->body));

    QJsonArray photos;
    for (const Photo &photo : article->photos) {
        const QString src = mediaHref(photo.file);
        if (src.isEmpty())
            continue;
        photos.append(QJsonObject { { QStringLiteral("src"), src }, { QStringLiteral("alt"), photo.alt },
            { QStringLiteral("caption"), photo.caption }, { QStringLiteral("credit"), photo.credit } });
    }
    fields.insert(QStringLiteral("photos"), photos);
    QJsonArray columns;
    for (const QString &key : article->columns) {
        if (const Column *column = snapshot.column(key))
            columns.append(QJsonObject { { QStringLiteral("name"), edition.name(column->names) } });
    }
    fields.insert(QStringLiteral("columns"), columns);

    QJsonArray translations;
    for (Language language : allLanguages()) {
        if (language == m_edition)
            continue;
        const QString target = versionIn(language);
        if (target == m_renderer.frontPath(language))
            continue;
        translations.append(QJsonObject { { QStringLiteral("lang"), languageTag(language) },
            { QStringLiteral("label"), Edition(language).label() },
            { QStringLiteral("href"), href(target) } });
    }
    fields.insert(QStringLiteral("translations"), translations);
    data->insert(QStringLiteral("article"), fields);
    return data;
}

} // namespace PortalDesk
