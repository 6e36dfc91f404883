#include "ui/ingest/wirefeeds.h"

#include "core/store/portalstore.h"
#include "ui/ingest/feedpoller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

// `widget` under a label, in a widget of their own.
QWidget *labelled(const QString &label, QWidget *widget)
{
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(label));
    layout->addWidget(widget, 1);
    return side;
}

} // namespace

WireFeedsDialog::WireFeedsDialog(FeedPoller *poller, DatabasePtr database, QWidget *parent)
    : QDialog(parent)
    , m_poller(poller)
    , m_database(std::move(database))
    , m_feedList(new QListWidget)
    , m_address(new QLineEdit)
    , m_add(new QPushButton(tr("&Add Feed")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_poll(new QPushButton(tr("&Poll Now")))
    , m_interval(new QComboBox)
    , m_times(new QLabel)
    , m_log(new QTreeWidget)
    , m_status(new QLabel)
{
    setWindowTitle(tr("Wire Feeds"));
    setObjectName(QStringLiteral("wireFeedsDialog"));
    m_address->setPlaceholderText(tr("https://… an RSS or Atom feed, or a file"));
    m_address->setObjectName(QStringLiteral("feedAddress"));
    m_feedList->setObjectName(QStringLiteral("feedList"));
    m_interval->setObjectName(QStringLiteral("pollInterval"));
    m_times->setObjectName(QStringLiteral("pollTimes"));
    m_log->setObjectName(QStringLiteral("feedLog"));
    m_log->setHeaderLabels({ tr("When"), tr("Item"), tr("Result") });
    m_log->setRootIsDecorated(false);
    m_log->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_times->setForegroundRole(QPalette::PlaceholderText);

    m_interval->addItem(tr("Only when I press Poll Now"), 0);
    for (const int minutes : { 5, 10, 15, 30, 60 })
        m_interval->addItem(tr("Every %1 minutes while the portal is open").arg(minutes), minutes);
    if (m_interval->findData(m_poller->interval()) < 0) // set by hand in the log file
        m_interval->addItem(
            tr("Every %1 minutes while the portal is open").arg(m_poller->interval()), m_poller->interval());
    m_interval->setCurrentIndex(m_interval->findData(m_poller->interval()));
    connect(m_interval, &QComboBox::activated, this, [this] {
        if (const Status set = m_poller->setInterval(m_interval->currentData().toInt()); !set) {
            m_status->setText(set.error().text());
            m_interval->setCurrentIndex(m_interval->findData(m_poller->interval()));
        }
        showPollTimes();
    });

    auto *adding = new QHBoxLayout;
    adding->addWidget(m_address, 1);
    adding->addWidget(m_add);
    auto *feedButtons = new QHBoxLayout;
    feedButtons->addWidget(m_remove);
    feedButtons->addStretch(1);
    feedButtons->addWidget(m_poll);
    auto *feedSide = labelled(tr("Feeds this portal follows:"), m_feedList);
    qobject_cast<QVBoxLayout *>(feedSide->layout())->addLayout(feedButtons);
    auto *logSide = labelled(tr("What the selected feed gave (newest first):"), m_log);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(feedSide);
    split->addWidget(logSide);
    split->setStretchFactor(1, 2);
    auto *polling = new QHBoxLayout;
    auto *pollLabel = new QLabel(tr("P&oll:"));
    pollLabel->setBuddy(m_interval);
    polling->addWidget(pollLabel);
    polling->addWidget(m_interval);
    polling->addWidget(m_times, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(adding);
    layout->addWidget(split, 1);
    layout->addLayout(polling);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 580);

    connect(m_add, &QPushButton::clicked, this, [this] { addFeed(m_address->text()); });
    connect(m_address, &QLineEdit::returnPressed, this, [this] { addFeed(m_address->text()); });
    connect(m_remove, &QPushButton::clicked, this, &WireFeedsDialog::removeSelectedFeed);
    connect(m_poll, &QPushButton::clicked, this, &WireFeedsDialog::pollNow);
    connect(m_feedList, &QListWidget::currentRowChanged, this, &WireFeedsDialog::showLog);
    connect(m_poller, &FeedPoller::feedsChanged, this, &WireFeedsDialog::refreshFeeds);
    connect(m_poller, &FeedPoller::pollStarted, this, [this] {
        m_status->setText(tr("Polling %n feed(s)…", nullptr, int(m_poller->feeds().size())));
        updateButtons();
    });
    connect(m_poller, &FeedPoller::pollFinished, this, &WireFeedsDialog::showPollResult);

    if (!m_poller->isPolling())
        m_poller->reload(); // another editor may have added a feed or polled since
    refreshFeeds();
    if (!m_poller->loadError().isEmpty())
        m_status->setText(m_poller->loadError());
    else if (m_poller->isPolling())
        m_status->setText(tr("Polling %n feed(s)…", nullptr, int(m_poller->feeds().size())));
    else
        m_status->setText(
            tr("The feeds and their logs are kept in the portal's database, for every editor."));
}

QStringList WireFeedsDialog::feeds() const
{
    return m_poller->feeds();
}

bool WireFeedsDialog::isPolling() const
{
    return m_poller->isPolling();
}

void WireFeedsDialog::updateButtons()
{
    const bool usable = m_poller->loadError().isEmpty();
    m_add->setEnabled(usable && !isPolling());
    m_remove->setEnabled(usable && m_feedList->count() > 0 && !isPolling());
    m_poll->setEnabled(usable && m_feedList->count() > 0 && !isPolling());
    m_interval->setEnabled(usable);
}

void WireFeedsDialog::refreshFeeds()
{
    const QString current = m_feedList->currentItem() ? m_feedList->currentItem()->text() : QString();
    m_feedList->clear();
    m_feedList->addItems(feeds());
    const QList<QListWidgetItem *> found = m_feedList->findItems(current, Qt::MatchExactly);
    m_feedList->setCurrentRow(found.isEmpty() ? 0 : m_feedList->row(found.first()));
    updateButtons();
    showLog();
    showPollTimes();
}

void WireFeedsDialog::showPollTimes()
{
    const QTimeZone zone = PortalStore(m_database).get().value_or(Portal {}).zone();
    const auto at = [&zone](const QDateTime &utc) {
        return QLocale().toString(utc.toTimeZone(zone), QStringLiteral("HH:mm"));
    };
    QStringList parts;
    if (m_poller->lastPoll().isValid())
        parts << tr("last poll %1").arg(at(m_poller->lastPoll()));
    if (m_poller->nextPoll().isValid())
        parts << tr("next at %1").arg(at(m_poller->nextPoll()));
    m_times->setText(parts.join(QStringLiteral(" · ")));
}

void WireFeedsDialog::showLog()
{
    m_log->clear();
    const QListWidgetItem *item = m_feedList->currentItem();
    if (!item)
        return;
    const FeedState state = m_poller->states().feeds.value(item->text());
    const QTimeZone zone = PortalStore(m_database).get().value_or(Portal {}).zone();
    for (auto entry = state.log.crbegin(); entry != state.log.crend(); ++entry) {
        const QString when
            = QLocale().toString(entry->at.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm"));
        // A feed that failed is logged without an item.
        const QString result = entry->skipped.isEmpty()         ? tr("draft %1").arg(entry->articleId)
            : entry->itemId.isEmpty() && entry->title.isEmpty() ? tr("failed: %1").arg(entry->skipped)
                                                                : tr("skipped: %1").arg(entry->skipped);
        new QTreeWidgetItem(m_log, { when, entry->title, result });
    }
    m_log->header()->resizeSections(QHeaderView::ResizeToContents);
}

void WireFeedsDialog::addFeed(const QString &address)
{
    const QString feed = address.trimmed();
    if (const Status added = m_poller->addFeed(feed); !added) {
        m_status->setText(added.error().text());
        return;
    }
    m_address->clear();
    m_feedList->setCurrentItem(m_feedList->findItems(feed, Qt::MatchExactly).value(0));
}

void WireFeedsDialog::removeSelectedFeed()
{
    const QListWidgetItem *item = m_feedList->currentItem();
    if (!item)
        return;
    if (const Status removed = m_poller->removeFeed(item->text()); !removed)
        m_status->setText(removed.error().text());
}

void WireFeedsDialog::pollNow()
{
    m_poller->pollNow();
}

void WireFeedsDialog::showPollResult(
    const QStringList &created, qsizetype skipped, const QStringList &failures, const QStringList &leftAlone)
{
    QString status = tr("%n new draft(s)", nullptr, int(created.size())) + QStringLiteral(", ")
        + tr("%n item(s) skipped", nullptr, int(skipped));
    if (!failures.isEmpty())
        status += u'\n' + failures.join(u'\n');
    if (!leftAlone.isEmpty())
        status += u'\n' + leftAlone.join(u'\n');
    m_status->setText(status);
    updateButtons();
    showPollTimes();
}

} // namespace PortalDesk::Ui
