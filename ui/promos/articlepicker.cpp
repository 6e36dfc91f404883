#include "ui/promos/articlepicker.h"

#include "core/store/portalstore.h"
#include "ui/articles/articlelistmodel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

ArticlePicker::ArticlePicker(DatabasePtr database, QWidget *parent)
    : QDialog(parent)
    , m_store(database)
    , m_search(new QLineEdit)
    , m_list(new QListWidget)
    , m_zone(PortalStore(database).get().value_or(Portal()).zone())
{
    setWindowTitle(tr("Choose Article"));
    m_search->setPlaceholderText(tr("Search headlines"));
    m_search->setClearButtonEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 420);

    connect(m_search, &QLineEdit::textChanged, this, &ArticlePicker::search);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this,
        [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    search();
}

void ArticlePicker::search()
{
    ArticleFilter filter;
    filter.text = m_search->text().trimmed();
    m_list->clear();
    const auto found = m_store.list(filter, 0, MatchLimit);
    if (!found) {
        m_list->addItem(found.error().text());
        m_list->item(0)->setFlags(Qt::NoItemFlags);
        return;
    }
    // Each with its state, as the article list says it: a promo to a draft leads nowhere.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ArticleSummary &article : *found) {
        const QString state
            = shownStatusText(article.status, article.publishAt, article.embargoUntil, now, m_zone);
        auto *item = new QListWidgetItem(
            tr("%1 (%2) · %3").arg(article.headline, ArticleListModel::languageName(article.language), state),
            m_list);
        item->setData(Qt::UserRole, article.id);
        item->setData(Qt::UserRole + 1, article.headline);
        item->setData(Qt::UserRole + 2, state);
        const bool goesLive
            = article.status == ArticleStatus::Published || article.status == ArticleStatus::Scheduled;
        item->setData(Qt::UserRole + 3, goesLive);
        if (!goesLive)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    m_list->setCurrentRow(found->isEmpty() ? -1 : 0);
}

QString ArticlePicker::articleId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ArticlePicker::state() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole + 2).toString() : QString();
}

bool ArticlePicker::goesLive() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->data(Qt::UserRole + 3).toBool();
}

QString ArticlePicker::headline() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

} // namespace PortalDesk::Ui
