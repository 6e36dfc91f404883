#include "ui/editor/linktranslationdialog.h"

#include "core/store/articlestore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int Shown = 200; // enough to pick from; the search narrows the rest

} // namespace

LinkTranslationDialog::LinkTranslationDialog(
    DatabasePtr database, const Article &article, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_article(article)
    , m_partnerLanguage(article.language == Language::En ? Language::ZhHantHK : Language::En)
    , m_zone(zone)
    , m_search(new QLineEdit)
    , m_list(new QListWidget)
    , m_theyAreOriginal(new QRadioButton)
    , m_thisIsOriginal(new QRadioButton)
{
    setWindowTitle(tr("Link Translation"));
    resize(640, 520);
    auto *intro = new QLabel(
        tr("Pair “%1” with its version in %2:").arg(article.headline, languageName(m_partnerLanguage)));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_search->setPlaceholderText(tr("Search headlines and text"));
    m_search->setClearButtonEnabled(true);
    m_theyAreOriginal->setText(tr("The chosen article is the &original; this one is its translation"));
    m_thisIsOriginal->setText(tr("&This article is the original; the chosen one is its translation"));
    // Chinese first: the Traditional Chinese version is the original unless said otherwise.
    setChosenIsOriginal(m_partnerLanguage == Language::ZhHantHK);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_link = buttons->addButton(tr("&Link"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_theyAreOriginal);
    layout->addWidget(m_thisIsOriginal);
    layout->addWidget(buttons);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &LinkTranslationDialog::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_list, &QListWidget::currentItemChanged, this, &LinkTranslationDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            accept();
    });
    search();
}

void LinkTranslationDialog::search()
{
    m_list->clear();
    ArticleFilter filter;
    filter.language = m_partnerLanguage;
    filter.text = m_search->text();
    auto rows = ArticleStore(m_database).list(filter, 0, Shown);
    if (!rows) {
        auto *item
            = new QListWidgetItem(tr("The articles could not be read: %1").arg(rows.error().text()), m_list);
        item->setFlags(Qt::NoItemFlags);
        updateButtons();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ArticleSummary &row : std::as_const(*rows)) {
        QString text = tr("%1 — %2").arg(row.headline.isEmpty() ? tr("(no headline)") : row.headline,
            shownStatusText(row.status, row.publishAt, row.embargoUntil, now, m_zone));
        auto *item = new QListWidgetItem(m_list);
        item->setData(IdRole, row.id);
        const bool pairedElsewhere = row.partnerLanguage.has_value();
        if (pairedElsewhere) {
            text += tr(" · already paired with another story");
            item->setFlags(Qt::ItemIsSelectable); // shown, not choosable
        }
        item->setText(text);
    }
    if (m_list->count() == 0) {
        auto *item = new QListWidgetItem(m_search->text().isEmpty()
                ? tr("There is no article in %1 yet.").arg(languageName(m_partnerLanguage))
                : tr("No article in %1 matches “%2”.").arg(languageName(m_partnerLanguage), m_search->text()),
            m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void LinkTranslationDialog::updateButtons()
{
    QListWidgetItem *item = m_list->currentItem();
    m_link->setEnabled(
        item && (item->flags() & Qt::ItemIsEnabled) && !item->data(IdRole).toString().isEmpty());
}

QString LinkTranslationDialog::chosenId() const
{
    QListWidgetItem *item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(IdRole).toString() : QString();
}

bool LinkTranslationDialog::chosenIsOriginal() const
{
    return m_theyAreOriginal->isChecked();
}

void LinkTranslationDialog::setChosenIsOriginal(bool original)
{
    (original ? m_theyAreOriginal : m_thisIsOriginal)->setChecked(true);
}

} // namespace PortalDesk::Ui
