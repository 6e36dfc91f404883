#pragma once

// File ▸ Wire Feeds…: the RSS 2.0 and Atom feeds a desk follows (the Government's press
// releases, the wires' RSS), polled on demand off the GUI thread through core's FeedImport,
// as `portaldesk-cli ingest-feed` does, with each feed's log of what was taken and skipped.
// The feeds and their logs live in the portal's feed log (FeedImport::logPathFor).

#include "core/ingest/feedimport.h"
#include "core/store/database.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace PortalDesk::Ui {

class WireFeedsDialog : public QDialog
{
    Q_OBJECT

public:
    WireFeedsDialog(DatabasePtr database, QWidget *parent = nullptr);
    ~WireFeedsDialog() override;

    QStringList feeds() const;
    bool isPolling() const { return m_watcher.isRunning(); }

public slots:
    void addFeed(const QString &address);
    void removeSelectedFeed();
    void pollNow();

signals:
    void draftsCreated(const QStringList &ids);
    void pollFinished();

private:
    struct Outcome
    {
        QList<FeedPoll> polls;
        FeedStates states;
    };

    void load();
    bool save();
    void refreshFeeds();
    void showLog();
    void finishPoll();

    DatabasePtr m_database;
    QString m_logPath;
    FeedStates m_states;
    QListWidget *m_feedList;
    QLineEdit *m_address;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_poll;
    QTreeWidget *m_log;
    QLabel *m_status;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace PortalDesk::Ui
