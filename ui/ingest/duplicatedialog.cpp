#include "ui/ingest/duplicatedialog.h"

#include <QPushButton>

namespace PortalDesk::Ui {

DuplicateDialog::DuplicateDialog(
    const QString &copyName, const WireDuplicate &duplicate, const QTimeZone &zone, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("duplicateDialog"));
    setWindowTitle(tr("Already in the Portal"));
    setIcon(QMessageBox::Question);
    setTextFormat(Qt::PlainText);
    const Article &existing = duplicate.existing;
    setText(
        tr("%1 matches an article that is already in the portal:\n“%2”").arg(copyName, existing.headline));
    const QString updated = workflowTime(existing.updatedAt, zone); // 24-hour, in the portal's zone
    QStringList facts {
        tr("Matched by: %1").arg(duplicate.reason()),
        tr("Status: %1")
            .arg(shownStatusText(existing.status, existing.publishAt, existing.embargoUntil,
                QDateTime::currentDateTimeUtc(), zone)),
        existing.updatedBy.isEmpty() ? tr("Last updated: %1").arg(updated)
                                     : tr("Last updated: %1 by %2").arg(updated, existing.updatedBy),
    };
    if (duplicate.match == WireDuplicate::Match::SameLink)
        facts.insert(1, tr("Text: %1 % the same").arg(duplicate.percent()));
    facts.append(QString());
    facts.append(tr("Open the existing article, update it from this copy (a new version in its History), or "
                    "import the copy as a second article?"));
    setInformativeText(facts.join(u'\n'));

    QPushButton *open = addButton(tr("&Open Existing"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openExisting"));
    addButton(tr("&Update Existing"), QMessageBox::AcceptRole)
        ->setObjectName(QStringLiteral("updateExisting"));
    addButton(tr("&Import Anyway"), QMessageBox::AcceptRole)->setObjectName(QStringLiteral("importAnyway"));
    QPushButton *cancel = addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    setDefaultButton(open);
    setEscapeButton(cancel);
}

QAbstractButton *DuplicateDialog::buttonFor(DuplicateChoice choice) const
{
    static const char *const names[] = { "openExisting", "updateExisting", "importAnyway", "cancel" };
    return findChild<QAbstractButton *>(QLatin1String(names[int(choice)]));
}

DuplicateChoice DuplicateDialog::choice() const
{
    for (DuplicateChoice choice :
        { DuplicateChoice::OpenExisting, DuplicateChoice::UpdateExisting, DuplicateChoice::ImportAnyway }) {
        if (clickedButton() && clickedButton() == buttonFor(choice))
            return choice;
    }
    return DuplicateChoice::Cancel;
}

} // namespace PortalDesk::Ui
