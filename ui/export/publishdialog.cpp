#include "ui/export/publishdialog.h"

#include "core/store/portalstore.h"
#include "ui/settings/themefolder.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <atomic>

namespace PortalDesk::Ui {

struct PublishDialog::Shared
{
    ExportProgress exportProgress; // its `cancel` also stops the upload
    std::atomic<int> uploadPercent { -1 }; // -1 while exporting
};

PublishDialog::PublishDialog(DatabasePtr database, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_saved(new QComboBox)
    , m_name(new QLineEdit)
    , m_address(new QLineEdit)
    , m_keep(new QSpinBox)
    , m_progressBar(new QProgressBar)
    , m_status(new QLabel)
    , m_last(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
    , m_publish(m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole))
    , m_rollBack(m_buttons->addButton(tr("&Roll Back…"), QDialogButtonBox::ActionRole))
    , m_form(new QWidget)
{
    setWindowTitle(tr("Publish to Web Server"));
    m_saved->setObjectName(QStringLiteral("savedTargets"));
    m_name->setObjectName(QStringLiteral("targetName"));
    m_address->setObjectName(QStringLiteral("targetAddress"));
    m_status->setObjectName(QStringLiteral("status"));
    m_last->setObjectName(QStringLiteral("lastPublish"));
    m_name->setPlaceholderText(tr("e.g. live"));
    m_name->setToolTip(tr("Saved with the portal under this name, for everyone who publishes it."));
    m_address->setPlaceholderText(tr("deploy@web1:/srv/www/news or a folder"));
    m_address->setToolTip(tr("A folder (a mounted web root) or an SSH address: user@host:/folder or "
                             "ssh://user@host:port/folder. SSH keys come from your agent; nothing asks "
                             "for a password. Point the web server at the folder's “current”."));
    m_keep->setRange(SitePublisher::MinimumKeep, SitePublisher::MaximumKeep);
    m_keep->setValue(5);
    m_keep->setSuffix(tr(" releases"));
    m_keep->setToolTip(tr("Older releases are removed; the live one always stays, so you can roll back."));
    for (QLabel *label : { m_status, m_last }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_progressBar->hide();
    m_publish->setDefault(true);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Saved targets:"), m_saved);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Keep:"), m_keep);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_last);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_saved, &QComboBox::activated, this, &PublishDialog::chooseSaved);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_rollBack, &QPushButton::clicked, this, &PublishDialog::rollBack);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    connect(&m_poll, &QTimer::timeout, this, &PublishDialog::poll);
    m_poll.setInterval(100);

    loadTargets();
    m_last->setText(QSettings(QStringLiteral("PortalDesk"), QStringLiteral("PortalDesk"))
                        .value(rememberedKey())
                        .toString());
    m_last->setVisible(!m_last->text().isEmpty());
    resize(620, sizeHint().height());
}

PublishDialog::~PublishDialog()
{
    if (m_shared)
        m_shared->exportProgress.cancel = true; // stop rather than leave it uploading
    m_job.wait();
}

void PublishDialog::loadTargets()
{
    auto portal = PortalStore(m_database).get();
    if (!portal) {
        m_status->setText(tr("The portal's settings could not be read: %1").arg(portal.error().text()));
        return;
    }
    m_portal = *portal;
    m_saved->clear();
    for (const PublishDestination &target : std::as_const(m_portal.publishTargets))
        m_saved->addItem(QStringLiteral("%1 — %2").arg(target.name, target.address), target.name);
    m_saved->addItem(tr("New target…"));
    chooseSaved(0);
}

void PublishDialog::chooseSaved(int index)
{
    const PublishDestination *target = m_portal.publishTarget(m_saved->itemData(index).toString());
    if (m_saved->itemData(index).isNull() || !target) {
        setTarget({}, {}, 5);
        m_name->setFocus();
        return;
    }
    setTarget(target->name, target->address, target->keep);
}

void PublishDialog::setTarget(const QString &name, const QString &address, int keep)
{
    m_name->setText(name);
    m_address->setText(address);
    m_keep->setValue(keep);
    const int saved = m_saved->findData(name);
    if (saved >= 0)
        m_saved->setCurrentIndex(saved);
    else
        m_saved->setCurrentIndex(m_saved->count() - 1);
}

void PublishDialog::setSshConfig(const QString &file)
{
    m_sshConfig = file;
}

QString PublishDialog::targetName() const
{
    return m_name->text().trimmed();
}

QString PublishDialog::summary() const
{
    return m_summary;
}

QString PublishDialog::rememberedKey() const
{
    const QByteArray hash
        = QCryptographicHash::hash(m_database->address().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("publish/last-") + QString::fromLatin1(hash.toHex().left(16));
}

void PublishDialog::remember(const QString &summary) const
{
    QSettings(QStringLiteral("PortalDesk"), QStringLiteral("PortalDesk")).setValue(rememberedKey(), summary);
}

Result<PublishTarget> PublishDialog::checkedTarget()
{
    auto target = PublishTarget::parse(m_address->text());
    if (!target) {
        m_status->setText(target.error().message);
        m_address->setFocus();
        m_address->selectAll();
    }
    return target;
}

// Saves the form's target with the portal when it is new or changed; false (with the reason
// shown) when the portal refused it.
bool PublishDialog::saveTarget()
{
    const QString name = targetName();
    if (name.isEmpty())
        return true; // published once, not kept
    const PublishDestination wanted { name, m_address->text().trimmed(), m_keep->value() };
    const PublishDestination *saved = m_portal.publishTarget(name);
    if (saved && *saved == wanted)
        return true;
    Portal changed = m_portal;
    if (saved)
        changed.publishTargets[saved - m_portal.publishTargets.constData()] = wanted;
    else
        changed.publishTargets.append(wanted);
    if (auto put = PortalStore(m_database).put(changed); !put) {
        m_status->setText(tr("The target was not saved: %1").arg(put.error().text()));
        return false;
    }
    loadTargets();
    setTarget(wanted.name, wanted.address, wanted.keep);
    return true;
}

void PublishDialog::begin(const QString &status)
{
    m_shared = std::make_shared<Shared>();
    m_summary.clear();
    m_form->setEnabled(false);
    m_publish->setEnabled(false);
    m_rollBack->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Cancel"));
    m_progressBar->show();
    m_progressBar->setRange(0, 0);
    m_status->setText(status);
    m_poll.start();
}

void PublishDialog::publish()
{
    if (isRunning())
        return;
    const auto target = checkedTarget();
    if (!target || !saveTarget())
        return;
    begin(tr("Exporting the portal…"));
    ExportOptions exportOptions;
    exportOptions.themeFolder = ThemeFolder::chosen();
    PublishOptions options;
    options.keep = m_keep->value();
    options.sshConfig = m_sshConfig;
    const std::shared_ptr<Shared> shared = m_shared;
    options.progress = [shared](int percent) { shared->uploadPercent = percent; };
    m_job.start(
        [database = m_database, target = *target, exportOptions, options, shared] {
            return publishPortal(database, target, exportOptions, options, &shared->exportProgress);
        },
        [this](Result<PortalPublish> outcome) { done(outcome, false); });
}

void PublishDialog::rollBack()
{
    if (isRunning())
        return;
    const auto target = checkedTarget();
    if (!target)
        return;
    if (QMessageBox::question(this, tr("Roll Back"),
            tr("Put the release before the live one back on %1? Readers see the earlier pages at once.")
                .arg(target->describe()))
        != QMessageBox::Yes)
        return;
    begin(tr("Switching back…"));
    m_rollingBack = true;
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false); // a switch is not cut in the middle
    PublishOptions options;
    options.sshConfig = m_sshConfig;
    m_job.start(
        [target = *target, options]() -> Result<PortalPublish> {
            auto back = SitePublisher(target, options).rollback();
            if (!back)
                return std::unexpected(back.error());
            return PortalPublish { {}, *back };
        },
        [this](Result<PortalPublish> outcome) { done(outcome, true); });
}

void PublishDialog::poll()
{
    if (!m_shared)
        return;
    if (const int percent = m_shared->uploadPercent.load(); percent >= 0) {
        m_progressBar->setRange(0, 100);
        m_progressBar->setValue(percent);
        m_progressBar->setFormat(tr("%p% sent"));
        if (!m_shared->exportProgress.cancel.load())
            m_status->setText(tr("Sending the changed files to %1…").arg(m_address->text().trimmed()));
        return;
    }
    const int total = m_shared->exportProgress.total.load();
    if (total <= 0)
        return;
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(m_shared->exportProgress.done.load());
    m_progressBar->setFormat(tr("%v of %m pages"));
}

void PublishDialog::cancel()
{
    if (!isRunning() || !m_shared)
        return;
    if (m_rollingBack) { // Esc: said honestly, the switch back goes on to its end
        m_status->setText(
            tr("Switching back… it cannot be stopped halfway; the window closes when it is done."));
        return;
    }
    m_shared->exportProgress.cancel = true;
    m_status->setText(tr("Cancelling… the live site stays as it was."));
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
}

void PublishDialog::reject()
{
    if (isRunning()) {
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void PublishDialog::done(const Result<PortalPublish> &outcome, bool rollingBack)
{
    m_poll.stop();
    m_shared.reset();
    m_rollingBack = false;
    m_form->setEnabled(true);
    m_publish->setEnabled(true);
    m_rollBack->setEnabled(true);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setEnabled(true);
    close->setText(tr("&Close"));
    m_progressBar->hide();
    const QString where = m_address->text().trimmed();
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    const bool succeeded = outcome.has_value();
    if (succeeded && rollingBack) {
        m_summary = tr("Rolled back on %1: release %2 is live again (was %3).")
                        .arg(where, outcome->published.release, outcome->published.previous);
    } else if (succeeded) {
        const PublishReport &report = outcome->published;
        m_summary = tr("Published to %1: release %2 is live.").arg(where, report.release) + u'\n'
            + tr("%n changed file(s) sent (%1); the rest linked from the release before.", nullptr,
                int(std::min<qint64>(report.filesSent, std::numeric_limits<int>::max())))
                  .arg(QLocale().formattedDataSize(report.bytesSent));
        if (const QString leftOut = outcome->exported.leftOutSummary(); !leftOut.isEmpty())
            m_summary += u'\n' + tr("Not published: %1").arg(leftOut);
    } else if (outcome.error().code == Error::Code::Cancelled) {
        m_summary = tr("Publishing cancelled. The live site is unchanged.");
    } else {
        m_summary = (rollingBack ? tr("The rollback failed: %1") : tr("Publishing failed: %1"))
                        .arg(outcome.error().text());
    }
    m_status->setText(m_summary);
    if (succeeded) {
        const QString last = tr("Last: %1 — %2").arg(when, m_summary.section(u'\n', 0, 0));
        remember(last);
        m_last->setText(last);
        m_last->show();
    }
    emit finished(succeeded);
    if (m_closeWhenDone)
        QDialog::reject();
}

} // namespace PortalDesk::Ui
