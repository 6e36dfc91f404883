#include "core/render/portalsnapshot.h"

#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/portalstore.h"
#include "core/store/promostore.h"

#include <QCoreApplication>
#include <algorithm>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::PortalSnapshot", text);
}

// Why `article` is not on the portal at `moment`, or nothing when it is.
std::optional<LeftOut> whyLeftOut(const Article &article, const QDateTime &moment)
{
    LeftOut out { article.id, article.headline, article.language, LeftOut::Reason::NotPublished,
        article.status, {} };
    switch (article.status) {
    case ArticleStatus::Draft:
    case ArticleStatus::InReview:
        return out;
    case ArticleStatus::Archived:
        out.reason = LeftOut::Reason::Archived;
        return out;
    case ArticleStatus::Published:
    case ArticleStatus::Scheduled:
        break;
    }
    if (!article.publishAt.isValid() || article.publishAt > moment) {
        out.reason = LeftOut::Reason::ScheduledLater;
        out.until = article.publishAt;
        return out;
    }
    if (article.embargoUntil.isValid() && article.embargoUntil > moment) {
        out.reason = LeftOut::Reason::Embargoed;
        out.until = article.embargoUntil;
        return out;
    }
    // Saved before pictures were required (or brought in by an import): readers would see a
    // caption under nothing, so the story waits for its picture.
    for (const Photo &photo : article.photos) {
        if (!photo.hasPicture()) {
            out.reason = LeftOut::Reason::PictureMissing;
            return out;
        }
    }
    return std::nullopt;
}

} // namespace

QString LeftOut::reasonText(const QTimeZone &zone) const
{
    switch (reason) {
    case Reason::NotPublished:
        return status == ArticleStatus::InReview ? tr("in review, not published")
                                                 : tr("a draft, not published");
    case Reason::Archived:
        return tr("archived");
    case Reason::ScheduledLater:
        return until.isValid() ? tr("scheduled for %1").arg(workflowTime(until, zone))
                               : tr("set to publish but has no publish time");
    case Reason::Embargoed:
        return tr("embargoed until %1").arg(workflowTime(until, zone));
    case Reason::PictureMissing:
        return tr("a photo has no picture yet");
    }
    return {};
}

Result<PortalSnapshot> PortalSnapshot::load(
    const DatabasePtr &database, const QDateTime &moment, Articles articles)
{
    PortalSnapshot snapshot;
    snapshot.m_allWhole = articles == Articles::Whole;
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
        = ArticleStore(database).withStatus({ ArticleStatus::Published, ArticleStatus::Scheduled },
            snapshot.m_allWhole ? ArticleStore::Reading::Whole : ArticleStore::Reading::Summaries);
    if (!candidates)
        return std::unexpected(candidates.error());
    // Newest first; the order is worked out on indices so each article moves once.
    QList<qsizetype> live;
    for (qsizetype i = 0; i < candidates->size(); ++i) {
        const Article &candidate = candidates->at(i);
        if (const std::optional<LeftOut> out = whyLeftOut(candidate, snapshot.moment))
            snapshot.leftOut.append(*out);
        else
            live.append(i);
    }
    std::stable_sort(live.begin(), live.end(), [&](qsizetype left, qsizetype right) {
        const Article &a = candidates->at(left);
        const Article &b = candidates->at(right);
        return a.publishAt != b.publishAt ? a.publishAt > b.publishAt : a.id < b.id;
    });
    snapshot.articles.reserve(live.size());
    for (qsizetype index : std::as_const(live))
        snapshot.articles.append(std::move((*candidates)[index]));
    snapshot.reindex();

    // Drafts, those in review and the archived are counted, not read: a newsroom keeps
    // thousands of them, and a report names only what was meant to be live.
    ArticleStore store(database);
    for (const ArticleStatus status :
        { ArticleStatus::Draft, ArticleStatus::InReview, ArticleStatus::Archived }) {
        ArticleFilter filter;
        filter.status = status;
        auto counted = store.count(filter);
        if (!counted)
            return std::unexpected(counted.error());
        (status == ArticleStatus::Archived ? snapshot.archived : snapshot.unpublished) += *counted;
    }
    std::stable_sort(snapshot.leftOut.begin(), snapshot.leftOut.end(),
        [](const LeftOut &a, const LeftOut &b) { return int(a.reason) > int(b.reason); });
    auto retired = ArticleStore(database).retiredSlugs();
    if (!retired)
        return std::unexpected(retired.error());
    for (auto it = retired->cbegin(); it != retired->cend(); ++it) {
        if (snapshot.article(it.key()))
            snapshot.retiredSlugs.insert(it.key(), it.value());
    }

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

Status PortalSnapshot::loadWhole(const DatabasePtr &database, const QStringList &ids)
{
    QStringList missing;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!isWhole(id) && article(id) && !seen.contains(id)) {
            seen.insert(id);
            missing.append(id);
        }
    }
    if (missing.isEmpty())
        return {};
    auto whole = ArticleStore(database).whole(missing);
    if (!whole)
        return std::unexpected(whole.error());
    for (const Article &read : std::as_const(*whole)) {
        // Saved again since the summary was read: still live, it shows as saved now;
        // taken down, nothing trustworthy is left to show, so the export stops.
        if (!isLive(read, moment))
            return fail(Error::Code::Conflict,
                QCoreApplication::translate("PortalDesk::PortalSnapshot",
                    "the article “%1” was taken down while the export ran; export again")
                    .arg(read.headline));
        if (const Article *stored = article(read.id))
            articles[stored - articles.constData()] = read;
        m_whole.insert(read.id);
    }
    if (whole->size() < missing.size())
        return fail(Error::Code::Conflict,
            QCoreApplication::translate(
                "PortalDesk::PortalSnapshot", "an article was deleted while the export ran; export again"));
    return {};
}

bool PortalSnapshot::isWhole(const QString &id) const
{
    return m_allWhole || m_whole.contains(id);
}

void PortalSnapshot::reindex()
{
    // A sorted list rather than a hash: made for ten thousand articles at every export.
    m_articleIndex.clear();
    m_articleIndex.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i)
        m_articleIndex.append({ articles.at(i).id, i });
    std::sort(m_articleIndex.begin(), m_articleIndex.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
}

const Article *PortalSnapshot::article(const QString &id) const
{
    const auto found = std::lower_bound(m_articleIndex.cbegin(), m_articleIndex.cend(), id,
        [](const auto &entry, const QString &wanted) { return entry.first < wanted; });
    return found == m_articleIndex.cend() || found->first != id ? nullptr : &articles.at(found->second);
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
