#include "ui/ingest/feedpoller.h"

#include "core/store/articlestore.h"
#include "core/store/portalstore.h"

namespace PortalDesk::Ui {

FeedPoller::FeedPoller(DatabasePtr database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_timer.setParent(this);
    m_timer.setObjectName(QStringLiteral("pollTimer"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FeedPoller::pollNow);
    reload();
}

FeedPoller::~FeedPoller()
{
    // Its drafts are made and each feed's state is written as it ends: wait for that.
    m_job.wait();
}

void FeedPoller::reload()
{
    const int interval = m_states.pollMinutes;
    m_loadError.clear();
    if (!m_database) {
        m_states = {};
    } else {
        FeedLog log(m_database);
        if (Status adopted = FeedImport::adoptFile(log, FeedImport::logPathFor(m_database->address()));
            !adopted)
            m_loadError = adopted.error().text();
        else if (Result<FeedStates> states = FeedImport::load(log))
            m_states = std::move(*states);
        else
            m_loadError = states.error().text();
    }
    // A running countdown goes on unless another editor changed the interval.
    if (!m_timer.isActive() || m_states.pollMinutes != interval || m_states.feeds.isEmpty()
        || !m_loadError.isEmpty())
        restartTimer();
}

QDateTime FeedPoller::nextPoll() const
{
    if (!m_timer.isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_timer.remainingTime());
}

Status FeedPoller::setInterval(int minutes)
{
    if (!m_database)
        return std::unexpected(Error::of(Error::Code::Unsupported, tr("open a portal first")));
    minutes = std::clamp(minutes, 0, 24 * 60);
    if (Status saved = FeedLog(m_database).setPollMinutes(minutes); !saved)
        return saved;
    m_states.pollMinutes = minutes;
    restartTimer();
    return {};
}

Status FeedPoller::addFeed(const QString &address)
{
    const QString feed = address.trimmed();
    if (feed.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("feed"), tr("give a feed's address or file")));
    if (!m_database)
        return std::unexpected(Error::of(Error::Code::Unsupported, tr("open a portal first")));
    reload(); // another editor may have added it meanwhile
    if (m_states.feeds.contains(feed))
        return std::unexpected(
            Error::invalid(QStringLiteral("feed"), tr("%1 is followed already").arg(feed)));
    if (Status added = FeedLog(m_database).add(feed); !added)
        return added;
    m_states.feeds.insert(feed, {});
    emit feedsChanged();
    restartTimer();
    return {};
}

Status FeedPoller::removeFeed(const QString &address)
{
    if (isPolling())
        return std::unexpected(
            Error::of(Error::Code::Conflict, tr("a poll is running; remove the feed after it")));
    if (!m_database)
        return std::unexpected(Error::of(Error::Code::Unsupported, tr("open a portal first")));
    if (Status removed = FeedLog(m_database).remove(address); !removed)
        return removed;
    m_states.feeds.remove(address);
    emit feedsChanged();
    restartTimer();
    return {};
}

void FeedPoller::restartTimer()
{
    if (m_states.pollMinutes > 0 && !m_states.feeds.isEmpty() && m_loadError.isEmpty())
        m_timer.start(std::chrono::minutes(m_states.pollMinutes));
    else
        m_timer.stop();
}

void FeedPoller::pollNow()
{
    if (isPolling() || !m_database)
        return;
    reload(); // another editor may have added, removed or re-timed feeds
    if (m_states.feeds.isEmpty() || !m_loadError.isEmpty())
        return;
    m_timer.stop();
    const Result<Portal> portal = PortalStore(m_database).get();
    if (!portal) {
        emit pollFinished({}, 0, { portal.error().text() }, {});
        restartTimer();
        return;
    }
    // The poll runs on its own database connection; each feed is claimed in the shared log
    // first, so another editor's poll of the same feed at the same moment leaves it alone.
    const DatabasePtr database = m_database;
    const WireImportOptions options = WireImportOptions::forPortal(*portal);
    const QTimeZone zone = portal->zone();
    const QStringList feeds = m_states.feeds.keys();
    const QString holder = FeedImport::holder(m_database->userName());
    emit pollStarted();
    m_job.start(
        [database, options, zone, feeds, holder] {
            ArticleStore store(database);
            FeedLog log(database);
            QList<FeedPoll> polls = FeedImport::poll(store, log, feeds, holder, options, zone);
            database->releaseConnection();
            return polls;
        },
        [this](QList<FeedPoll> polls) { finishPoll(polls); });
}

void FeedPoller::finishPoll(const QList<FeedPoll> &polls)
{
    reload(); // what this poll and any other editor's wrote
    m_lastPoll = QDateTime::currentDateTimeUtc();
    QStringList created, failures, leftAlone;
    qsizetype skipped = 0;
    for (const FeedPoll &poll : polls) {
        for (const FeedLogEntry &entry : poll.run.entries) {
            if (entry.skipped.isEmpty())
                created.append(entry.articleId);
            else
                ++skipped;
        }
        if (!poll.error.isEmpty())
            failures.append(poll.feed + QStringLiteral(": ") + poll.error);
        if (!poll.busy.isEmpty())
            leftAlone.append(tr("%1: left alone, %2 is polling it now").arg(poll.feed, poll.busy));
    }
    restartTimer();
    emit feedsChanged();
    if (!created.isEmpty())
        emit draftsCreated(created);
    emit pollFinished(created, skipped, failures, leftAlone);
}

} // namespace PortalDesk::Ui
