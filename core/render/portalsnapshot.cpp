#include "core/render/portalsnapshot.h"

#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/portalstore.h"
#include "core/store/promostore.h"

#include <algorithm>

namespace PortalDesk {

Result<PortalSnapshot> PortalSnapshot::load(const DatabasePtr &database, const QDateTime &moment)
{
    PortalSnapshot snapshot;
    snapshot.moment = moment.toUTC();
    auto portal = PortalStore(database).get();
    if (!portal)
        return std::unexpected(portal.error());
    snapshot.portal = *portal;
    auto sections = CategoryStore(database, CategoryStore::Kind::Sections).list();
    auto columns = CategoryStore(database, CategoryStore::Kind::Columns).list();
    if (!sections || !columns)
        return std::unexpected(!sections ? sections.error() : columns.error());
    snapshot.sections = *sections;
    snapshot.columns = *columns;

    auto candidates
        = ArticleStore(database).withStatus({ ArticleStatus::Published, ArticleStatus::Scheduled });
    if (!candidates)
        return std::unexpected(candidates.error());
    for (const Article &article : std::as_const(*candidates)) {
        if (isLive(article, snapshot.moment))
            snapshot.articles.append(article);
    }
    std::stable_sort(
        snapshot.articles.begin(), snapshot.articles.end(), [](const Article &a, const Article &b) {
            return a.publishAt != b.publishAt ? a.publishAt > b.publishAt : a.id < b.id;
        });
    snapshot.reindex();

    auto promos = PromoStore(database).list();
    if (!promos)
        return std::unexpected(promos.error());
    for (const Promo &promo : std::as_const(*promos)) {
        if (!isShowing(promo, snapshot.moment))
            continue;
        if (promo.link.startsWith(u"article:") && !snapshot.article(promo.link.mid(8)))
            continue; // its article is not live: the promo would lead nowhere
        snapshot.promos.append(promo);
    }
    return snapshot;
}

void PortalSnapshot::reindex()
{
    m_articleIndex.clear();
    for (qsizetype i = 0; i < articles.size(); ++i)
        m_articleIndex.insert(articles.at(i).id, i);
}

const Article *PortalSnapshot::article(const QString &id) const
{
    const auto found = m_articleIndex.constFind(id);
    return found == m_articleIndex.cend() ? nullptr : &articles.at(*found);
}

const Section *PortalSnapshot::section(const QString &key) const
{
    for (const Section &section : sections) {
        if (section.key == key)
            return &section;
    }
    return nullptr;
}

const Column *PortalSnapshot::column(const QString &key) const
{
    for (const Column &column : columns) {
        if (column.key == key)
            return &column;
    }
    return nullptr;
}

} // namespace PortalDesk
