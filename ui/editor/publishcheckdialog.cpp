#include "ui/editor/publishcheckdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

PublishCheckDialog::PublishCheckDialog(
    const PublishCheckInput &input, const QList<PublishCheck> &checks, QWidget *parent)
    : QDialog(parent)
    , m_checks(checks)
    , m_list(new QTreeWidget)
{
    const bool scheduling = input.target == ArticleStatus::Scheduled;
    const bool blocked = PublishChecks::blocks(checks);
    const QString headline
        = input.article.headline.trimmed().isEmpty() ? tr("Untitled") : input.article.headline.trimmed();
    setWindowTitle(scheduling ? tr("Before Scheduling") : tr("Before Publishing"));

    auto *question = new QLabel;
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    question->setText(scheduling
            ? tr("Schedule “%1” to go live at %2?").arg(headline, workflowTime(input.goLiveAt, input.zone))
            : tr("Publish “%1” on the portal now?").arg(headline));
    auto *advice = new QLabel;
    advice->setTextFormat(Qt::PlainText);
    advice->setWordWrap(true);
    if (blocked)
        advice->setText(tr("Fix what is marked as an error first; nothing has been changed."));
    else if (PublishChecks::asks(checks))
        advice->setText(tr("Look at the warnings before you go on."));
    else
        advice->setText(tr("Every check passed."));

    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setColumnCount(1);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    for (const PublishCheck &check : checks) {
        auto *item = new QTreeWidgetItem(m_list, { check.message });
        switch (check.severity) {
        case PublishCheck::Severity::Error:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setToolTip(0, tr("Error: %1").arg(check.message));
            break;
        case PublishCheck::Severity::Warning:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(0, tr("Warning: %1").arg(check.message));
            break;
        case PublishCheck::Severity::Passed:
            item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
            item->setToolTip(0, tr("Passed: %1").arg(check.message));
            break;
        }
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    connect(m_list, &QTreeWidget::itemActivated, this, &PublishCheckDialog::goToSelected);

    auto *buttons = new QDialogButtonBox;
    QPushButton *goTo = buttons->addButton(tr("&Go to Field"), QDialogButtonBox::ActionRole);
    goTo->setObjectName(QStringLiteral("goTo"));
    connect(goTo, &QPushButton::clicked, this, &PublishCheckDialog::goToSelected);
    if (blocked) {
        buttons->addButton(QDialogButtonBox::Close);
        goTo->setDefault(true);
    } else {
        const QString go = PublishChecks::asks(checks)
            ? (scheduling ? tr("&Schedule Anyway") : tr("&Publish Anyway"))
            : (scheduling ? tr("&Schedule") : tr("&Publish"));
        QPushButton *accept = buttons->addButton(go, QDialogButtonBox::AcceptRole);
        accept->setObjectName(QStringLiteral("accept"));
        accept->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_list, 1);
    layout->addWidget(advice);
    layout->addWidget(buttons);
    resize(560, 360);
}

void PublishCheckDialog::goToSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_checks.size())
        return;
    m_field = m_checks.at(row).field;
    reject();
}

} // namespace PortalDesk::Ui
