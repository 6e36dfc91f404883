#pragma once

// File ▸ Wire Feeds…: the RSS 2.0 and Atom feeds a desk follows (the Government's press
// releases, the wires' RSS), with each feed's log of what was taken and skipped, Poll Now,
// and how often the editor polls them by itself. The polling is the window's FeedPoller,
// which goes on when this dialog is closed.

#include "core/store/database.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace PortalDesk::Ui {

class FeedPoller;

class WireFeedsDialog : public QDialog
{
    Q_OBJECT

public:
    WireFeedsDialog(FeedPoller *poller, DatabasePtr database, QWidget *parent = nullptr);

    QStringList feeds() const;
    bool isPolling() const;

public slots:
    void addFeed(const QString &address);
    void removeSelectedFeed();
    void pollNow();

private:
    void refreshFeeds();
    void showLog();
    void showPollTimes();
    void showPollResult(const QStringList &created, qsizetype skipped, const QStringList &failures,
        const QStringList &leftAlone);
    void updateButtons();

    FeedPoller *m_poller;
    DatabasePtr m_database;
    QListWidget *m_feedList;
    QLineEdit *m_address;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_poll;
    QComboBox *m_interval;
    QLabel *m_times;
    QTreeWidget *m_log;
    QLabel *m_status;
};

} // namespace PortalDesk::Ui
