#include "ui/editor/workflowactions.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace PortalDesk::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Ui::WorkflowActions", text);
}

} // namespace

QString WorkflowAction::label() const
{
    switch (target) {
    case ArticleStatus::InReview:
        return tr("Submit for Review");
    case ArticleStatus::Scheduled:
        return tr("Schedule…");
    case ArticleStatus::Published:
        return tr("Publish");
    case ArticleStatus::Draft:
        return tr("Unpublish");
    case ArticleStatus::Archived:
        return tr("Archive");
    }
    return {};
}

QString WorkflowAction::label(ArticleStatus from) const
{
    if (target == ArticleStatus::Draft && from == ArticleStatus::InReview)
        return tr("Send Back to Reporter");
    if (target == ArticleStatus::Draft && from == ArticleStatus::Scheduled)
        return tr("Unschedule");
    return label();
}

QString WorkflowAction::toolTip(ArticleStatus from) const
{
    if (target == ArticleStatus::Draft && from == ArticleStatus::InReview)
        return tr("Save and return the article to its reporter as a draft, unpublished");
    if (target == ArticleStatus::Draft && from == ArticleStatus::Scheduled)
        return tr("Save and cancel the schedule: the article stays a draft and does not go live");
    return toolTip();
}

QString WorkflowAction::toolTip() const
{
    switch (target) {
    case ArticleStatus::InReview:
        return tr("Save and hand the article to an editor for review");
    case ArticleStatus::Scheduled:
        return tr("Save and publish automatically at a time you choose");
    case ArticleStatus::Published:
        return tr("Save and put the article on the portal now");
    case ArticleStatus::Draft:
        return tr("Save and take the article off the portal (back to draft)");
    case ArticleStatus::Archived:
        return tr("Save and take the article off the front and section pages");
    }
    return {};
}

namespace WorkflowActions {

const QList<WorkflowAction> &all()
{
    using S = ArticleStatus;
    static const QList<WorkflowAction> actions {
        { S::InReview, { S::Draft }, false },
        { S::Scheduled, { S::Draft, S::InReview }, true },
        { S::Published, { S::Draft, S::InReview, S::Scheduled, S::Archived }, false },
        { S::Draft, { S::InReview, S::Scheduled, S::Published, S::Archived }, false },
        { S::Archived, { S::Published }, false },
    };
    return actions;
}

const WorkflowAction *find(ArticleStatus target)
{
    for (const WorkflowAction &action : all()) {
        if (action.target == target)
            return &action;
    }
    return nullptr;
}

std::optional<QDateTime> askScheduleTime(QWidget *parent, const QDateTime &current, const QTimeZone &zone)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Schedule"));
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    const QDateTime start
        = (current.isValid() && current > nowUtc ? current : nowUtc.addSecs(3600)).toTimeZone(zone);
    auto *edit = new QDateTimeEdit;
    edit->setTimeSpec(Qt::UTC); // wall-clock time of the portal's zone, see ArticleForm
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setDateTime(QDateTime(start.date(), QTime(start.time().hour(), start.time().minute()), Qt::UTC));
    auto *form = new QFormLayout(&dialog);
    form->addRow(
        new QLabel(tr("Publish this article automatically at (%1):").arg(QString::fromUtf8(zone.id()))));
    form->addRow(tr("&Publish at:"), edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QDateTime wall = edit->dateTime();
    return QDateTime(wall.date(), wall.time(), zone).toUTC();
}

bool confirmTakingDown(QWidget *parent, const Article &article, ArticleStatus target)
{
    const bool live
        = article.status == ArticleStatus::Published || article.status == ArticleStatus::Scheduled;
    const bool archiving = target == ArticleStatus::Archived;
    if (!archiving && !(target == ArticleStatus::Draft && live))
        return true;
    const QString headline
        = article.headline.trimmed().isEmpty() ? tr("Untitled") : article.headline.trimmed();
    QMessageBox box(QMessageBox::Question, archiving ? tr("Archive") : tr("Unpublish"),
        archiving ? tr("Archive “%1”?").arg(headline) : tr("Take “%1” off the portal?").arg(headline),
        QMessageBox::Cancel, parent);
    box.setInformativeText(archiving
            ? tr("At the next export its page, its cards and its feed entry go; its address answers "
                 "“page not found”. You can publish it again later.")
            : tr("It goes back to draft. At the next export its page, its cards and its feed entry go; "
                 "its address answers “page not found” until it is published again."));
    QPushButton *go = box.addButton(archiving ? tr("&Archive") : tr("&Unpublish"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace WorkflowActions

} // namespace PortalDesk::Ui
