#include "ui/editor/originalchangesdialog.h"

#include "ui/editor/diffview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

OriginalChangesDialog::OriginalChangesDialog(
    DatabasePtr database, const QString &translationId, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel)
    , m_text(new QPlainTextEdit)
{
    setWindowTitle(tr("Changes in the Original"));
    resize(820, 600);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_text->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_markUpToDate = buttons->addButton(tr("&Mark Up to Date"), QDialogButtonBox::AcceptRole);
    m_markUpToDate->setToolTip(tr("Record that the translation now says what its original says"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    TranslationPairs pairs(database);
    auto changes = pairs.originalChanges(translationId);
    if (!changes) {
        m_heading->setText(tr("The changes could not be read: %1").arg(changes.error().text()));
        m_markUpToDate->setEnabled(false);
        return;
    }
    const int behind = changes->link.behind;
    const QString edits = behind == 1 ? tr("1 edit") : tr("%1 edits").arg(behind);
    const QString when = workflowTime(changes->link.syncedAt, zone);
    m_heading->setText(changes->link.syncedBy.isEmpty()
            ? tr("“%1” (%2) since version %3, when the translation was last brought up to date (%4): %5.")
                  .arg(changes->now.headline, languageName(changes->now.language))
                  .arg(changes->link.syncedVersion)
                  .arg(when, edits)
            : tr("“%1” (%2) since version %3, when %4 last brought the translation up to date (%5): %6.")
                  .arg(changes->now.headline, languageName(changes->now.language))
                  .arg(changes->link.syncedVersion)
                  .arg(changes->link.syncedBy, when, edits));
    DiffView::show(
        m_text, DiffView::articleText(changes->then, zone), DiffView::articleText(changes->now, zone));
    m_markUpToDate->setEnabled(changes->link.behind > 0);
    connect(m_markUpToDate, &QPushButton::clicked, this, [this, pairs, translationId]() mutable {
        if (Status done = pairs.markUpToDate(translationId); !done) {
            QMessageBox::warning(
                this, windowTitle(), tr("Not marked up to date: %1").arg(done.error().text()));
            return;
        }
        accept();
    });
}

QString OriginalChangesDialog::heading() const
{
    return m_heading->text();
}

QString OriginalChangesDialog::changesText() const
{
    return m_text->toPlainText();
}

} // namespace PortalDesk::Ui
