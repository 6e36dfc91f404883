#include "ui/ingest/wirefeeds.h"

#include "core/store/articlestore.h"
#include "core/store/portalstore.h"

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
#include <QtConcurrent/QtConcurrentRun>

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

WireFeedsDialog::WireFeedsDialog(DatabasePtr database, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_feedList(new QListWidget)
    , m_address(new QLineEdit)
    , m_add(new QPushButton(tr("&Add Feed")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_poll(new QPushButton(tr("&Poll Now")))
    , m_log(new QTreeWidget)
    , m_status(new QLabel)
{
    setWindowTitle(tr("Wire Feeds"));
    setObjectName(QStringLiteral("wireFeedsDialog"));
    m_address->setPlaceholderText(tr("https://… an RSS or Atom feed, or a file"));
    m_address->setObjectName(QStringLiteral("feedAddress"));
    m_feedList->setObjectName(QStringLiteral("feedList"));
    m_log->setObjectName(QStringLiteral("feedLog"));
    m_log->setHeaderLabels({ tr("When"), tr("Item"), tr("Result") });
    m_log->setRootIsDecorated(false);
    m_log->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);

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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(adding);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(m_add, &QPushButton::clicked, this, [this] { addFeed(m_address->text()); });
    connect(m_address, &QLineEdit::returnPressed, this, [this] { addFeed(m_address->text()); });
    connect(m_remove, &QPushButton::clicked, this, &WireFeedsDialog::removeSelectedFeed);
    connect(m_poll, &QPushButton::clicked, this, &WireFeedsDialog::pollNow);
    connect(m_feedList, &QListWidget::currentRowChanged, this, &WireFeedsDialog::showLog);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &WireFeedsDialog::finishPoll);
    load();
}

WireFeedsDialog::~WireFeedsDialog()
{
    // Closed while a poll runs: its drafts are made, so keep what it learnt.
    if (isPolling()) {
        m_watcher.waitForFinished();
        m_states = m_watcher.result().states;
        save();
    }
}

QStringList WireFeedsDialog::feeds() const
{
    return m_states.feeds.keys();
}

void WireFeedsDialog::load()
{
    m_logPath = m_database ? FeedImport::logPathFor(m_database->address()) : QString();
    const Result<FeedStates> states = FeedStates::load(m_logPath);
    if (!states) {
        m_status->setText(states.error().text());
        m_poll->setEnabled(false);
        return;
    }
    m_states = *states;
    refreshFeeds();
    m_status->setText(tr("The feeds and their logs are kept in %1.").arg(m_logPath));
}

bool WireFeedsDialog::save()
{
    if (const Status saved = m_states.save(m_logPath); !saved) {
        m_status->setText(saved.error().text());
        return false;
    }
    return true;
}

void WireFeedsDialog::refreshFeeds()
{
    const QString current = m_feedList->currentItem() ? m_feedList->currentItem()->text() : QString();
    m_feedList->clear();
    m_feedList->addItems(feeds());
    const QList<QListWidgetItem *> found = m_feedList->findItems(current, Qt::MatchExactly);
    m_feedList->setCurrentRow(found.isEmpty() ? 0 : m_feedList->row(found.first()));
    m_remove->setEnabled(m_feedList->count() > 0 && !isPolling());
    m_poll->setEnabled(m_feedList->count() > 0 && !isPolling());
    showLog();
}

void WireFeedsDialog::showLog()
{
    m_log->clear();
    const QListWidgetItem *item = m_feedList->currentItem();
    if (!item)
        return;
    const FeedState state = m_states.feeds.value(item->text());
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
    if (feed.isEmpty() || m_states.feeds.contains(feed))
        return;
    m_states.feeds.insert(feed, {});
    if (save())
        m_address->clear();
    refreshFeeds();
    m_feedList->setCurrentItem(m_feedList->findItems(feed, Qt::MatchExactly).value(0));
}

void WireFeedsDialog::removeSelectedFeed()
{
    const QListWidgetItem *item = m_feedList->currentItem();
    if (!item || isPolling())
        return;
    m_states.feeds.remove(item->text());
    save();
    refreshFeeds();
}

void WireFeedsDialog::pollNow()
{
    if (isPolling() || m_states.feeds.isEmpty())
        return;
    const Result<Portal> portal = PortalStore(m_database).get();
    if (!portal) {
        m_status->setText(portal.error().text());
        return;
    }
    m_poll->setEnabled(false);
    m_remove->setEnabled(false);
    m_add->setEnabled(false);
    m_status->setText(tr("Polling %n feed(s)…", nullptr, int(m_states.feeds.size())));
    // The poll works on its own copy of the logs and its own database connection.
    const DatabasePtr database = m_database;
    const WireImportOptions options = WireImportOptions::forPortal(*portal);
    const QTimeZone zone = portal->zone();
    const FeedStates states = m_states;
    m_watcher.setFuture(QtConcurrent::run([database, options, zone, states] {
        ArticleStore store(database);
        Outcome outcome { {}, states };
        outcome.polls = FeedImport::poll(store, states.feeds.keys(), outcome.states, options, zone);
        database->releaseConnection();
        return outcome;
    }));
}

void WireFeedsDialog::finishPoll()
{
    const Outcome outcome = m_watcher.result();
    m_states = outcome.states;
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
    m_add->setEnabled(true);
    refreshFeeds();
    QString status = tr("%n new draft(s)", nullptr, int(created.size())) + QStringLiteral(", ")
        + tr("%n item(s) skipped", nullptr, int(skipped));
    if (!failures.isEmpty())
        status += u'\n' + failures.join(u'\n');
    if (save())
        m_status->setText(status);
    if (!created.isEmpty())
        emit draftsCreated(created);
    emit pollFinished();
}

} // namespace PortalDesk::Ui
