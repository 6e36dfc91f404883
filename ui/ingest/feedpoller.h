#pragma once

// The wire feeds of the open portal and their polling, for the whole window: on demand
// (Wire Feeds ▸ Poll Now) and, when the desk sets an interval, by itself every so many
// minutes while the portal is open, off the GUI thread through core's FeedImport. Shows the
// portal's feed log, which its database keeps (FeedLog) for every editor: the feeds, what
// each poll took and skipped, the servers' validators and the interval.

#include "core/backgroundjob.h"
#include "core/ingest/feedimport.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace PortalDesk::Ui {

class FeedPoller : public QObject
{
    Q_OBJECT

public:
    explicit FeedPoller(DatabasePtr database, QObject *parent = nullptr);
    ~FeedPoller() override; // waits for a poll that runs

    const FeedStates &states() const { return m_states; }
    QStringList feeds() const { return m_states.feeds.keys(); }
    QString loadError() const { return m_loadError; } // the log could not be read: nothing polls
    // Reads the feeds and the interval again (another editor may have changed them).
    void reload();
    bool isPolling() const { return m_job.isRunning(); }
    QDateTime lastPoll() const { return m_lastPoll; } // UTC; invalid before the first
    QDateTime nextPoll() const; // UTC; invalid when polling is on demand only

    int interval() const { return m_states.pollMinutes; } // minutes; 0: on demand only
    // Saves it with the feeds; the next poll is that long from now.
    Status setInterval(int minutes);
    Status addFeed(const QString &address);
    Status removeFeed(const QString &address);

public slots:
    void pollNow();

signals:
    void feedsChanged(); // added, removed, or a poll wrote the logs
    void pollStarted();
    // A poll ended: the drafts it made, how many items it skipped, the feeds that failed, and
    // those it left alone because another editor was polling them (a sentence each).
    void pollFinished(const QStringList &created, qsizetype skipped, const QStringList &failures,
        const QStringList &leftAlone);
    void draftsCreated(const QStringList &ids);

private:
    void finishPoll(const QList<FeedPoll> &polls);
    void restartTimer();

    DatabasePtr m_database;
    QString m_loadError;
    FeedStates m_states;
    QTimer m_timer;
    QDateTime m_lastPoll;
    BackgroundJob m_job;
};

} // namespace PortalDesk::Ui
