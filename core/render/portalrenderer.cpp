#include "core/render/portalrenderer.h"

#include "core/content/rules.h"
#include "core/digest.h"
#include "core/exchange/contentjson.h"
#include "core/parallel.h"
#include "core/render/edition.h"
#include "core/render/markdown.h"
#include "core/render/pagecontext.h"
#include "core/render/pagemeta.h"
#include "core/render/templatevalues.h"
#include "core/text/slug.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <array>
#include <mutex>
#include <numeric>

namespace PortalDesk {

struct PortalRenderer::Private
{
    std::shared_ptr<const PortalSnapshot> snapshot;
    std::shared_ptr<const Theme> theme;
    QMap<QString, QString> assetPaths;
    PhotoSets photoSets;
    QHash<QString, QList<const Article *>> groups;
    QMap<Language, QList<const Article *>> editionArticles;
    // By edition, then by the section's place in the snapshot's list of sections.
    std::array<QList<QList<const Article *>>, 3> sectionArticles;
    QMap<Language, QByteArray> chromeHash;
    // By the article's place in the snapshot's list, made once per export: its own
    // page in each edition ("zh-hant/articles/<id>-<slug>.html"), and the page of
    // the same story in each edition (itself or its translation; empty for none).
    QList<QString> fileNames; // "<id>-<slug>.html"
    QList<std::array<QString, 3>> ownPaths;
    QList<std::array<QString, 3>> versionPaths;
    bool pathsMade = false;

    QList<const Article *> inSection(Language edition, const QString &key) const
    {
        const QList<Section> &sections = snapshot->sections;
        for (qsizetype i = 0; i < sections.size(); ++i) {
            if (sections.at(i).key == key)
                return sectionArticles[int(edition)].value(i);
        }
        return {};
    }
    qsizetype indexOf(const Article &article) const
    {
        const QList<Article> &articles = snapshot->articles;
        const Article *first = articles.constData();
        return &article >= first && &article < first + articles.size() ? &article - first : -1;
    }
    std::array<std::once_flag, 3> siteMetaMade;
    std::array<SiteMeta, 3> siteMeta; // by Language, each made once by siteMetaMade
    QMutex sharedMutex;
    QHash<QString, std::shared_ptr<const Theme::Shared>> shared; // by edition and folder depth

    Result<std::shared_ptr<const Theme::Shared>> sharedFor(
        const PageContext &context, Language edition, const QString &path);
};

Result<std::shared_ptr<const Theme::Shared>> PortalRenderer::Private::sharedFor(
    const PageContext &context, Language edition, const QString &path)
{
    const QString key = languageTag(edition) + u'/'
        + (context.links() == PageContext::Links::Absolute ? QStringLiteral("absolute")
                                                           : QString::number(path.count(u'/')));
    {
        QMutexLocker lock(&sharedMutex);
        if (const auto found = shared.constFind(key); found != shared.cend())
            return *found;
    }
    auto values = context.shared();
    if (!values)
        return std::unexpected(values.error());
    auto prepared = theme->prepare(*values);
    QMutexLocker lock(&sharedMutex);
    // Another thread may have prepared the same values meanwhile: the first kept stays, so a
    // Shared that a page is being rendered with is never replaced (and freed) under it.
    if (const auto found = shared.constFind(key); found != shared.cend())
        return *found;
    shared.insert(key, prepared);
    return prepared;
}

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return Digest::sha256Hex(bytes);
}

QString hashedAssetPath(const QString &name, const QByteArray &bytes)
{
    const QFileInfo info(name);
    const QString hash = QString::fromLatin1(sha256(bytes).left(10));
    const QString dir = info.path() == u"." ? QString() : info.path() + u'/';
    return QStringLiteral("assets/") + dir + info.completeBaseName() + u'.' + hash
        + (info.suffix().isEmpty() ? QString() : u'.' + info.suffix());
}

// What a page shows of an article decides its input hash, so an edit re-renders
// exactly the pages that show the edited text.
QByteArray articleStamp(const Article &article) // the whole article: its own page
{
    return article.id.toUtf8() + '/' + QByteArray::number(article.version) + '/'
        + QByteArray::number(article.updatedAt.toMSecsSinceEpoch()) + ';';
}

QByteArray linkStamp(const Article &article) // a link to it: popular list, translations
{
    return article.id.toUtf8() + '\x1f' + article.headline.toUtf8() + '\x1f' + article.slug.toUtf8() + ';';
}

QByteArray cardStamp(const Article &article) // a card: front and section pages
{
    QByteArray stamp = linkStamp(article) + article.kicker.toUtf8() + '\x1f' + article.standfirst.toUtf8()
        + '\x1f' + article.section.toUtf8() + '\x1f'
        + QByteArray::number(article.publishAt.toMSecsSinceEpoch());
    if (!article.photos.isEmpty())
        stamp += '\x1f' + article.photos.first().file.toUtf8() + '\x1f' + article.photos.first().alt.toUtf8();
    return stamp + ';';
}

} // namespace

PortalRenderer::PortalRenderer(
    std::shared_ptr<const PortalSnapshot> snapshot, std::shared_ptr<const Theme> theme)
    : d(std::make_unique<Private>())
{
    d->snapshot = std::move(snapshot);
    d->theme = std::move(theme);
    for (auto it = d->theme->assets().cbegin(); it != d->theme->assets().cend(); ++it)
        d->assetPaths.insert(it.key(), hashedAssetPath(it.key(), it.value()));
    // File names, paths and sections of thousands of articles, worked out on every core.
    const QList<Article> &articles = d->snapshot->articles;
    d->fileNames.resize(articles.size());
    d->ownPaths.resize(articles.size());
    d->versionPaths.resize(articles.size());
    QHash<QString, qsizetype> sectionIndex;
    for (qsizetype i = 0; i < d->snapshot->sections.size(); ++i)
        sectionIndex.insert(d->snapshot->sections.at(i).key, i);
    QList<qsizetype> sectionOf(articles.size(), -1);
    QList<qsizetype> indices(articles.size());
    std::iota(indices.begin(), indices.end(), 0);
    QString *fileNames = d->fileNames.data();
    std::array<QString, 3> *ownPaths = d->ownPaths.data();
    qsizetype *sections = sectionOf.data();
    Parallel::forEach(indices, [&](qsizetype i) {
        const Article &article = articles.at(i);
        fileNames[i] = fileName(article);
        for (Language language : allLanguages()) { // other editions' paths are made when asked for
            if (Edition(language).carries(article.language))
                ownPaths[i][int(language)]
                    = editionFolder(language) + QStringLiteral("/articles/") + fileNames[i];
        }
        sections[i] = sectionIndex.value(article.section, -1);
    });
    for (auto &lists : d->sectionArticles)
        lists.resize(d->snapshot->sections.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &article = articles.at(i);
        if (!article.translationGroup.isEmpty())
            d->groups[article.translationGroup].append(&article);
        for (Language language : allLanguages()) {
            if (!Edition(language).carries(article.language))
                continue;
            d->editionArticles[language].append(&article);
            if (sectionOf.at(i) >= 0)
                d->sectionArticles[int(language)][sectionOf.at(i)].append(&article);
        }
    }
    std::array<QString, 3> *versionPaths = d->versionPaths.data();
    Parallel::forEach(indices, [&](qsizetype i) {
        for (Language language : allLanguages())
            versionPaths[i][int(language)] = versionPath(articles.at(i), language);
    });
    d->pathsMade = true;

    Portal shown = d->snapshot->portal;
    shown.publishTargets.clear(); // where the pages go is not on them: saving a target re-renders nothing
    const QByteArray shared
        = d->theme->fingerprint() + QJsonDocument(ContentJson::toJson(shown)).toJson(QJsonDocument::Compact);
    QByteArray categories;
    for (const Category &category : d->snapshot->sections)
        categories += QJsonDocument(ContentJson::toJson(category)).toJson(QJsonDocument::Compact);
    categories += '|';
    for (const Category &category : d->snapshot->columns)
        categories += QJsonDocument(ContentJson::toJson(category)).toJson(QJsonDocument::Compact);
    for (Language language : allLanguages()) {
        QByteArray chrome = shared + categories + languageTag(language).toUtf8();
        for (const Promo &promo : d->snapshot->promos) {
            if (Edition(language).carries(promo.language))
                chrome += QJsonDocument(ContentJson::toJson(promo)).toJson(QJsonDocument::Compact);
        }
        const QList<const Article *> &articles = d->editionArticles.value(language);
        for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), PageContext::PopularCount); ++i)
            chrome += linkStamp(*articles.at(i));
        for (const Promo &promo : d->snapshot->promos) {
            if (!promo.link.startsWith(u"article:"))
                continue;
            if (const Article *linked = d->snapshot->article(promo.link.mid(8)))
                chrome += d->fileNames.at(d->indexOf(*linked)).toUtf8();
        }
        for (auto it = d->assetPaths.cbegin(); it != d->assetPaths.cend(); ++it)
            chrome += it.value().toUtf8();
        chrome += "photoset/" + QByteArray::number(PhotoSet::Version); // pictures' file names and sizes
        d->chromeHash.insert(language, sha256(chrome));
    }
}

PortalRenderer::~PortalRenderer() = default;

const PortalSnapshot &PortalRenderer::snapshot() const
{
    return *d->snapshot;
}

const Theme &PortalRenderer::theme() const
{
    return *d->theme;
}

const QMap<QString, QString> &PortalRenderer::assetPaths() const
{
    return d->assetPaths;
}

void PortalRenderer::setPhotoSets(PhotoSets sets)
{
    d->photoSets = std::move(sets);
}

const PhotoSet *PortalRenderer::photoSet(const QString &file) const
{
    const auto found = d->photoSets.constFind(file);
    return found == d->photoSets.cend() ? nullptr : &*found;
}

QList<Language> PortalRenderer::editions() const
{
    QList<Language> editions { d->snapshot->portal.defaultEdition };
    for (Language language : allLanguages()) {
        if (!editions.contains(language))
            editions.append(language);
    }
    return editions;
}

QList<const Article *> PortalRenderer::articlesOf(Language edition) const
{
    return d->editionArticles.value(edition);
}

QString PortalRenderer::frontPath(Language edition) const
{
    return editionFolder(edition) + QStringLiteral("/index.html");
}

QString PortalRenderer::articlePath(const Article &article, Language edition) const
{
    // Snapshot articles have their paths made once; an unsaved preview copy gets a fresh one.
    if (const qsizetype index = d->indexOf(article); index >= 0 && index < d->ownPaths.size()) {
        const QString &path = d->ownPaths.at(index)[int(edition)];
        return path.isEmpty() ? editionFolder(edition) + QStringLiteral("/articles/") + d->fileNames.at(index)
                              : path;
    }
    return editionFolder(edition) + QStringLiteral("/articles/") + fileName(article);
}

QString PortalRenderer::fileName(const Article &article)
{
    QString slug = article.slug;
    if (!Rules::isSafeSlug(slug))
        slug = Slug::make(article.headline, article.language, article.id);
    QString file = article.id + u'-' + slug + QStringLiteral(".html");
    if (!Rules::isSafeFileName(file) || file.size() > 150)
        file = QString::fromLatin1(sha256(article.id.toUtf8()).left(16)) + QStringLiteral(".html");
    return file;
}

const QString &PortalRenderer::versionPath(qsizetype index, Language edition) const
{
    return d->versionPaths.at(index)[int(edition)];
}

QString PortalRenderer::versionPath(const Article &article, Language edition) const
{
    if (const qsizetype index = d->indexOf(article); d->pathsMade && index >= 0)
        return d->versionPaths.at(index)[int(edition)];
    if (Edition(edition).carries(article.language))
        return articlePath(article, edition);
    for (const Article *other : d->groups.value(article.translationGroup)) {
        if (other->id != article.id && Edition(edition).carries(other->language))
            return articlePath(*other, edition);
    }
    return {};
}

PortalRenderer::EditionPaths PortalRenderer::alternatePaths(const PagePlan &page) const
{
    EditionPaths paths;
    if (page.kind == PagePlan::Kind::NotFound)
        return paths;
    if (page.kind == PagePlan::Kind::Article) {
        const Article *article = page.articleIndex >= 0 && page.articleIndex < d->snapshot->articles.size()
                && d->snapshot->articles.at(page.articleIndex).id == page.articleId
            ? &d->snapshot->articles.at(page.articleIndex)
            : d->snapshot->article(page.articleId);
        return article ? alternatePaths(*article) : paths;
    }
    int found = 0;
    for (Language language : allLanguages()) {
        if (page.kind == PagePlan::Kind::Front) {
            paths[int(language)] = frontPath(language);
        } else {
            // A section's later pages exist only in the editions that have that many articles.
            const qsizetype count = d->inSection(language, page.sectionKey).size();
            if (page.pageNumber <= std::max<qsizetype>(1, (count + PageSize - 1) / PageSize))
                paths[int(language)] = PageContext::sectionPath(language, page.sectionKey, page.pageNumber);
        }
        found += paths[int(language)].isEmpty() ? 0 : 1;
    }
    return found < 2 ? EditionPaths {} : paths;
}

PortalRenderer::EditionPaths PortalRenderer::alternatePaths(const Article &article) const
{
    EditionPaths paths;
    int found = 0;
    for (Language language : allLanguages()) {
        paths[int(language)] = versionPath(article, language);
        found += paths[int(language)].isEmpty() ? 0 : 1;
    }
    return found < 2 ? EditionPaths {} : paths;
}

QDateTime PortalRenderer::lastModified(const PagePlan &page) const
{
    QList<const Article *> shown;
    switch (page.kind) {
    case PagePlan::Kind::Front:
        shown = d->editionArticles.value(page.edition).mid(0, PageSize + 1);
        break;
    case PagePlan::Kind::Section: {
        const QList<const Article *> all = d->inSection(page.edition, page.sectionKey);
        const qsizetype first = qsizetype(page.pageNumber - 1) * PageSize;
        if (first < all.size())
            shown = all.mid(first, PageSize);
        break;
    }
    case PagePlan::Kind::Article:
        if (const Article *article = d->snapshot->article(page.articleId))
            shown.append(article);
        break;
    case PagePlan::Kind::NotFound:
        break;
    }
    // A page without stories (an empty section) changed when its edition last did.
    if (shown.isEmpty() && page.kind == PagePlan::Kind::Section)
        shown = d->editionArticles.value(page.edition).mid(0, 1);
    QDateTime newest;
    for (const Article *article : std::as_const(shown)) {
        const QDateTime changed = std::max(article->publishAt, article->updatedAt);
        if (!newest.isValid() || changed > newest)
            newest = changed;
    }
    // An edition with no story at all is as new as the export.
    return newest.isValid() || page.kind == PagePlan::Kind::NotFound ? newest : d->snapshot->moment;
}

QString PortalRenderer::defaultAlternate(const EditionPaths &paths) const
{
    for (Language language : editions()) {
        if (!paths[int(language)].isEmpty())
            return paths[int(language)];
    }
    return {};
}

const SiteMeta &PortalRenderer::siteMeta(Language edition) const
{
    const auto index = size_t(edition);
    std::call_once(d->siteMetaMade[index], [&] { d->siteMeta[index] = PageMeta::site(*this, edition); });
    return d->siteMeta[index];
}

QString PortalRenderer::absoluteUrl(const QString &path) const
{
    QString base = d->snapshot->portal.baseUrl;
    if (!base.endsWith(u'/'))
        base += u'/';
    return base + path;
}

QList<PagePlan> PortalRenderer::plan() const
{
    // An article's card shows on its section's pages and maybe the front page of each
    // edition that carries it: made once, on every core, as are the article pages' hashes.
    const QList<Article> &all = d->snapshot->articles;
    QList<QByteArray> cards(all.size());
    QList<qsizetype> indices(all.size());
    std::iota(indices.begin(), indices.end(), 0);
    QByteArray *card = cards.data();
    Parallel::forEach(indices, [&](qsizetype i) { card[i] = cardStamp(all.at(i)); });
    const auto cardOf
        = [&](const Article *article) -> const QByteArray & { return cards.at(d->indexOf(*article)); };

    QList<PagePlan> pages;
    pages.reserve(all.size() * 2 + 64);
    QList<qsizetype> articlePages;
    articlePages.reserve(all.size() * 2);
    for (Language edition : editions()) {
        const QList<const Article *> &articles = d->editionArticles.value(edition);
        const QByteArray chrome = d->chromeHash.value(edition);

        QByteArray front = chrome;
        for (qsizetype i = 0; i < std::min<qsizetype>(articles.size(), PageSize + 1); ++i)
            front += cardOf(articles.at(i));
        const QByteArray frontHash = sha256(front);
        pages.append({ PagePlan::Kind::Front, edition, frontPath(edition), {}, 1, {}, -1, frontHash });
        if (edition == d->snapshot->portal.defaultEdition)
            pages.append(
                { PagePlan::Kind::Front, edition, QStringLiteral("index.html"), {}, 1, {}, -1, frontHash });

        for (qsizetype sectionAt = 0; sectionAt < d->snapshot->sections.size(); ++sectionAt) {
            const Section &section = d->snapshot->sections.at(sectionAt);
            const QList<const Article *> &inSection = d->sectionArticles[int(edition)].at(sectionAt);
            const int pageCount = std::max<int>(1, int((inSection.size() + PageSize - 1) / PageSize));
            for (int page = 1; page <= pageCount; ++page) {
                QByteArray input = chrome + section.key.toUtf8() + '#' + QByteArray::number(page) + '/'
                    + QByteArray::number(pageCount);
                for (Language other :
                    allLanguages()) // its hreflang alternates: the pages other editions have
                    input += '/'
                        + QByteArray::number(
                            (d->sectionArticles[int(other)].at(sectionAt).size() + PageSize - 1) / PageSize);
                for (qsizetype i = (page - 1) * PageSize;
                     i < std::min<qsizetype>(inSection.size(), page * PageSize); ++i)
                    input += cardOf(inSection.at(i));
                pages.append(
                    { PagePlan::Kind::Section, edition, PageContext::sectionPath(edition, section.key, page),
                        section.key, page, {}, -1, sha256(input) });
            }
        }

        if (d->theme->has(Theme::Page::NotFound)) {
            const QByteArray notFound = sha256(chrome + "404");
            pages.append({ PagePlan::Kind::NotFound, edition,
                editionFolder(edition) + QStringLiteral("/404.html"), {}, 1, {}, -1, notFound });
            if (edition == d->snapshot->portal.defaultEdition)
                pages.append({ PagePlan::Kind::NotFound, edition, QStringLiteral("404.html"), {}, 1, {}, -1,
                    notFound });
        }

        for (const Article *article : articles) {
            const qsizetype index = d->indexOf(*article);
            articlePages.append(pages.size());
            pages.append({ PagePlan::Kind::Article, edition, d->ownPaths.at(index)[int(edition)], {}, 1,
                article->id, index, {} });
        }
    }
    PagePlan *plans = pages.data();
    Parallel::forEach(articlePages, [&](qsizetype at) {
        PagePlan &page = plans[at];
        const Article &article = all.at(page.articleIndex);
        QByteArray input = d->chromeHash.value(page.edition) + articleStamp(article);
        if (!article.translationGroup.isEmpty()) {
            for (const Article *translation : d->groups.value(article.translationGroup))
                input += linkStamp(*translation);
        }
        page.inputHash = sha256(input);
    });
    return pages;
}

Result<QString> PortalRenderer::render(const PagePlan &page) const
{
    auto html = renderUtf8(page);
    if (!html)
        return std::unexpected(html.error());
    return QString::fromUtf8(*html);
}

Result<QByteArray> PortalRenderer::renderUtf8(const PagePlan &page) const
{
    PageContext context(*this, page.edition, page.path,
        page.kind == PagePlan::Kind::NotFound ? PageContext::Links::Absolute : PageContext::Links::Relative);
    Result<TemplateValues> data;
    Theme::Page kind = Theme::Page::Front;
    switch (page.kind) {
    case PagePlan::Kind::Front:
        data = context.front(d->editionArticles.value(page.edition));
        break;
    case PagePlan::Kind::Section: {
        kind = Theme::Page::Section;
        data = context.section(page.sectionKey, d->inSection(page.edition, page.sectionKey), page.pageNumber);
        break;
    }
    case PagePlan::Kind::NotFound:
        kind = Theme::Page::NotFound;
        data = context.notFound();
        break;
    case PagePlan::Kind::Article: {
        kind = Theme::Page::Article;
        const Article *article = page.articleIndex >= 0 && page.articleIndex < d->snapshot->articles.size()
                && d->snapshot->articles.at(page.articleIndex).id == page.articleId
            ? &d->snapshot->articles.at(page.articleIndex)
            : d->snapshot->article(page.articleId);
        if (!article)
            return fail(Error::Code::NotFound, QStringLiteral("article %1 is not live").arg(page.articleId));
        data = context.article(*article);
        break;
    }
    }
    if (!data)
        return std::unexpected(data.error());
    return renderPage(context, kind, page.edition, page.path, std::move(*data));
}

Result<QByteArray> PortalRenderer::renderPage(const PageContext &context, Theme::Page kind, Language edition,
    const QString &path, TemplateValues data) const
{
    auto shared = d->sharedFor(context, edition, path);
    if (!shared)
        return std::unexpected(shared.error());
    return d->theme->renderUtf8(kind, std::move(data), shared->get());
}

Result<QString> PortalRenderer::previewArticle(
    const Article &unsaved, Language edition, QString *pagePath) const
{
    Language shown = edition;
    if (!Edition(edition).carries(unsaved.language))
        shown = unsaved.language; // an English story has no Chinese page of its own
    const QString path = articlePath(unsaved, shown);
    if (pagePath)
        *pagePath = path;
    PageContext context(*this, shown, path);
    auto data = context.article(unsaved);
    if (!data)
        return std::unexpected(data.error());
    auto html = renderPage(context, Theme::Page::Article, shown, path, std::move(*data));
    if (!html)
        return std::unexpected(html.error());
    return QString::fromUtf8(*html);
}

Result<QString> PortalRenderer::previewFront(Language edition) const
{
    const QString path = frontPath(edition);
    PageContext context(*this, edition, path);
    auto data = context.front(d->editionArticles.value(edition));
    if (!data)
        return std::unexpected(data.error());
    auto html = renderPage(context, Theme::Page::Front, edition, path, std::move(*data));
    if (!html)
        return std::unexpected(html.error());
    return QString::fromUtf8(*html);
}

} // namespace PortalDesk
