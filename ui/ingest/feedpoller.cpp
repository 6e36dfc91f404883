#include "ui/ingest/feedpoller.h"

#include "core/store/articlestore.h"
#include "core/store/portalstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace PortalDesk::Ui {

FeedPoller::FeedPoller(DatabasePtr database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_timer.setParent(this);
    m_timer.setObjectName(QStringLiteral("pollTimer"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FeedPoller::pollNow);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &FeedPoller::finishPoll);
    m_logPath = m_database ? FeedImport::logPathFor(m_database->address()) : QString();
    if (const Result<FeedStates> states = FeedStates::load(m_logPath))
        m_states = *states;
    else
        m_loadError = states.error().text();
    restartTimer();
}

FeedPoller::~FeedPoller()
{
    // Its drafts are made: keep what the poll learnt, so none of them is made again.
    if (isPolling()) {
        m_watcher.waitForFinished();
        m_states = m_watcher.result().states;
        (void)save();
    }
}

QDateTime FeedPoller::nextPoll() const
{
    if (!m_timer.isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_timer.remainingTime());
}

Status FeedPoller::save()
{
    if (!m_loadError.isEmpty()) // never overwrite a log that could not be read
        return std::unexpected(Error::of(Error::Code::Io, m_loadError));
    return m_states.save(m_logPath);
}

Status FeedPoller::setInterval(int minutes)
{
    const int before = m_states.pollMinutes;
    m_states.pollMinutes = std::clamp(minutes, 0, 24 * 60);
    if (Status saved = save(); !saved) {
        m_states.pollMinutes = before;
        return saved;
    }
    restartTimer();
    return {};
}

Status FeedPoller::addFeed(const QString &address)
{
    const QString feed = address.trimmed();
    if (feed.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("feed"), tr("give a feed's address or file")));
    if (m_states.feeds.contains(feed))
        return std::unexpected(
            Error::invalid(QStringLiteral("feed"), tr("%1 is followed already").arg(feed)));
    if (isPolling())
        return std::unexpected(
            Error::of(Error::Code::Conflict, tr("a poll is running; add the feed after it")));
    m_states.feeds.insert(feed, {});
    if (Status saved = save(); !saved) {
        m_states.feeds.remove(feed);
        return saved;
    }
    emit feedsChanged();
    restartTimer();
    return {};
}

Status FeedPoller::removeFeed(const QString &address)
{
    if (isPolling())
        return std::unexpected(
            Error::of(Error::Code::Conflict, tr("a poll is running; remove the feed after it")));
    const FeedState kept = m_states.feeds.take(address);
    if (Status saved = save(); !saved) {
        m_states.feeds.insert(address, kept);
        return saved;
    }
    emit feedsChanged();
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
    if (isPolling() || m_states.feeds.isEmpty() || !m_loadError.isEmpty())
        return;
    m_timer.stop();
    const Result<Portal> portal = PortalStore(m_database).get();
    if (!portal) {
        emit pollFinished({}, 0, { portal.error().text() });
        restartTimer();
        return;
    }
    // The poll works on its own copy of the logs and its own database connection.
    const DatabasePtr database = m_database;
    const WireImportOptions options = WireImportOptions::forPortal(*portal);
    const QTimeZone zone = portal->zone();
    const FeedStates states = m_states;
    emit pollStarted();
    m_watcher.setFuture(QtConcurrent::run([database, options, zone, states] {
        ArticleStore store(database);
        Outcome outcome { {}, states };
        outcome.polls = FeedImport::poll(store, states.feeds.keys(), outcome.states, options, zone);
        database->releaseConnection();
        return outcome;
    }));
}

void FeedPoller::finishPoll()
{
    const Outcome outcome = m_watcher.result();
    m_states.feeds = outcome.states.feeds; // the interval may have changed meanwhile
    m_lastPoll = QDateTime::currentDateTimeUtc();
    QStringList created, failures;
    qsizetype skipped = 0;
    for (const FeedPoll &poll : outcome.polls) {
        for (const FeedLogEntry &entry : poll.run.entries) {
            if (entry.skipped.isEmpty())
                created.append(entry.articleId);
            else
                ++skipped;
        }
        if (!poll.error.isEmpty())
            failures.append(poll.feed + QStringLiteral(": ") + poll.error);
    }
    if (Status saved = save(); !saved)
        failures.append(saved.error().text());
    restartTimer();
    emit feedsChanged();
    if (!created.isEmpty())
        emit draftsCreated(created);
    emit pollFinished(created, skipped, failures);
}

} // namespace PortalDesk::Ui
