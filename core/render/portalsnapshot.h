#pragma once

// Everything a page of the portal can show, as it stands at one moment: the
// settings, sections, columns, the live articles and the promos showing then.
// Read once from the database, then shared read-only by the render threads.

#include "core/content/article.h"
#include "core/content/category.h"
#include "core/content/portal.h"
#include "core/content/promo.h"
#include "core/store/database.h"

#include <QHash>
#include <QSet>

namespace PortalDesk {

// An article that is not on the portal at the snapshot's moment, and why: an export's
// report lists them, so that nobody wonders where a story went.
struct LeftOut
{
    enum class Reason { NotPublished, Archived, ScheduledLater, Embargoed, PictureMissing };
    QString id;
    QString headline;
    Language language = Language::ZhHantHK;
    Reason reason = Reason::NotPublished;
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime until; // ScheduledLater, Embargoed: when it goes live (UTC)

    // "scheduled for 2026-12-02 18:00 HKT", "photo 2 has no picture", "a draft", …
    QString reasonText(const QTimeZone &zone) const;
};

struct PortalSnapshot
{
    Portal portal;
    QList<Section> sections;
    QList<Column> columns;
    QList<Article> articles; // live at `moment`, newest publish time first
    QList<Promo> promos; // showing at `moment`, by slot and position
    QDateTime moment;
    // The articles meant to be live that are not in `articles` (scheduled for later,
    // embargoed, missing a picture), and how many others are not: drafts and those in
    // review (`unpublished`), and the archived.
    QList<LeftOut> leftOut;
    int unpublished = 0;
    int archived = 0;
    // Slugs the live articles had before an editor changed them (ArticleStore::retiredSlugs).
    QHash<QString, QStringList> retiredSlugs;

    // Reads the database on the calling thread. Only what is live at `moment` is kept:
    // drafts, in-review, future and embargoed articles never enter a snapshot.
    // Summaries: articles hold only what cards and plans need (see
    // ArticleStore::Reading) until loadWhole() reads those a caller renders whole;
    // an incremental export renders a handful of the articles it plans.
    enum class Articles { Whole, Summaries };
    static Result<PortalSnapshot> load(
        const DatabasePtr &database, const QDateTime &moment, Articles articles = Articles::Whole);
    Status loadWhole(const DatabasePtr &database, const QStringList &ids);
    bool isWhole(const QString &id) const;

    // Rebuilds the id → article index; call after changing `articles` by hand.
    void reindex();

    const Article *article(const QString &id) const;
    const Section *section(const QString &key) const;
    const Column *column(const QString &key) const;

private:
    QList<std::pair<QString, qsizetype>> m_articleIndex; // (id, place in `articles`), sorted by id
    bool m_allWhole = true;
    QSet<QString> m_whole; // with Articles::Summaries: the articles read whole since
};

} // namespace PortalDesk
