#include "ui/export/exportdialog.h"

#include "core/store/exportlock.h"
#include "ui/settings/themefolder.h"

#include <QButtonGroup>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("PortalDesk"), QStringLiteral("PortalDesk"));
}

const QString folderKey = QStringLiteral("export/folder");
const QString zipKey = QStringLiteral("export/zip");
const QString toZipKey = QStringLiteral("export/toZip");
const QString incrementalKey = QStringLiteral("export/incremental");

// A zip needs a bundle folder to build from; one per zip file, kept so the
// next incremental export to the same zip has something to compare with.
QString workFolderFor(const QString &zipFile)
{
    const QByteArray hash
        = QCryptographicHash::hash(QFileInfo(zipFile).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("bundles/") + QString::fromLatin1(hash.toHex().left(16)));
}

} // namespace

ExportDialog::ExportDialog(DatabasePtr database, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_toFolder(new QRadioButton(tr("&Folder")))
    , m_toZip(new QRadioButton(tr("&Zip file")))
    , m_folder(new QLineEdit)
    , m_zip(new QLineEdit)
    , m_browseFolder(new QPushButton(tr("&Browse…")))
    , m_browseZip(new QPushButton(tr("B&rowse…")))
    , m_full(new QRadioButton(tr("F&ull: write every page again")))
    , m_incremental(new QRadioButton(tr("&Incremental: only pages whose content changed")))
    , m_theme(new QLineEdit)
    , m_progressBar(new QProgressBar)
    , m_status(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
    , m_export(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
    , m_openFolder(m_buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole))
{
    setWindowTitle(tr("Export Bundle"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_progressBar->setFormat(tr("%v of %m pages"));
    m_progressBar->hide();
    m_openFolder->hide();
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createForm());
    layout->addWidget(m_progressBar);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_bundleFolder)); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(&m_poll, &QTimer::timeout, this, &ExportDialog::poll);
    m_poll.setInterval(100);
    // A colleague's export running now is shown before anyone presses Export.
    connect(&m_othersCheck, &QTimer::timeout, this, &ExportDialog::checkOthers);
    m_othersCheck.setInterval(OthersCheckMs);
    m_othersCheck.start();

    const QSettings stored = settings();
    setFolder(stored
                  .value(folderKey,
                      QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(QStringLiteral("portal-bundle")))
                  .toString());
    m_zip->setText(stored.value(zipKey).toString());
    (stored.value(toZipKey).toBool() ? m_toZip : m_toFolder)->setChecked(true);
    setIncremental(stored.value(incrementalKey, true).toBool());
    setThemeFolder(ThemeFolder::chosen()); // Settings' choice, shared with the preview
    updateMode();
    checkOthers();
    resize(640, sizeHint().height());
}

void ExportDialog::checkOthers()
{
    if (m_job.isRunning() || !m_database)
        return;
    const QString busy = ExportLock::busyText(m_database);
    m_export->setEnabled(busy.isEmpty());
    m_export->setToolTip(busy);
    if (!busy.isEmpty())
        m_status->setText(busy);
    else if (m_status->text() == m_othersText)
        m_status->clear();
    m_othersText = busy;
}

ExportDialog::~ExportDialog()
{
    // The worker holds its own references; stop it rather than leave it writing.
    if (m_progress)
        m_progress->cancel = true;
    m_job.wait();
}

QWidget *ExportDialog::createForm()
{
    m_folder->setPlaceholderText(tr("Folder for the bundle"));
    m_zip->setPlaceholderText(tr("portal.zip"));
    m_theme->setPlaceholderText(tr("The default theme"));
    m_theme->setClearButtonEnabled(true);
    auto *browseTheme = new QPushButton(tr("Bro&wse…"));
    connect(m_browseFolder, &QPushButton::clicked, this, &ExportDialog::browseFolder);
    connect(m_browseZip, &QPushButton::clicked, this, &ExportDialog::browseZip);
    connect(browseTheme, &QPushButton::clicked, this, &ExportDialog::browseTheme);
    connect(m_toFolder, &QRadioButton::toggled, this, &ExportDialog::updateMode);
    auto *destination = new QButtonGroup(this);
    destination->addButton(m_toFolder);
    destination->addButton(m_toZip);
    auto *mode = new QButtonGroup(this);
    mode->addButton(m_full);
    mode->addButton(m_incremental);

    m_form = new QWidget;
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Export to:"), m_toFolder);
    form->addRow(QString(), pathRow(m_folder, m_browseFolder));
    form->addRow(QString(), m_toZip);
    form->addRow(QString(), pathRow(m_zip, m_browseZip));
    form->addRow(tr("Pages:"), m_full);
    form->addRow(QString(), m_incremental);
    form->addRow(tr("&Theme:"), pathRow(m_theme, browseTheme));
    return m_form;
}

QWidget *ExportDialog::pathRow(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_toFolder->setChecked(true);
}

void ExportDialog::setZipFile(const QString &zipFile)
{
    m_zip->setText(QDir::toNativeSeparators(zipFile));
    (zipFile.isEmpty() ? m_toFolder : m_toZip)->setChecked(true);
}

void ExportDialog::setIncremental(bool incremental)
{
    (incremental ? m_incremental : m_full)->setChecked(true);
}

void ExportDialog::setThemeFolder(const QString &folder)
{
    m_theme->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::updateMode()
{
    const bool toFolder = m_toFolder->isChecked();
    m_folder->setEnabled(toFolder);
    m_browseFolder->setEnabled(toFolder);
    m_zip->setEnabled(!toFolder);
    m_browseZip->setEnabled(!toFolder);
}

void ExportDialog::browseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), m_folder->text());
    if (!folder.isEmpty())
        setFolder(folder);
}

void ExportDialog::browseZip()
{
    QString file = QFileDialog::getSaveFileName(
        this, tr("Export to Zip File"), m_zip->text(), tr("Zip archives (*.zip)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".zip");
    setZipFile(file);
}

void ExportDialog::browseTheme()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Theme Folder"), m_theme->text());
    if (!folder.isEmpty())
        setThemeFolder(folder);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    const QString zip = QDir::fromNativeSeparators(m_zip->text().trimmed());
    if (m_toZip->isChecked()) {
        options.zipFile = zip;
        options.outFolder = workFolderFor(zip);
    } else {
        options.outFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    }
    options.incremental = m_incremental->isChecked();
    options.themeFolder = QDir::fromNativeSeparators(m_theme->text().trimmed());
    return options;
}

void ExportDialog::remember() const
{
    QSettings stored = settings();
    stored.setValue(folderKey, QDir::fromNativeSeparators(m_folder->text().trimmed()));
    stored.setValue(zipKey, QDir::fromNativeSeparators(m_zip->text().trimmed()));
    stored.setValue(toZipKey, m_toZip->isChecked());
    stored.setValue(incrementalKey, m_incremental->isChecked());
    (void)ThemeFolder::setChosen(m_theme->text()); // a folder that is no theme is not kept
}

bool ExportDialog::isRunning() const
{
    return m_job.isRunning();
}

QString ExportDialog::summary() const
{
    return m_summary;
}

void ExportDialog::start()
{
    if (isRunning())
        return;
    const ExportOptions chosen = options();
    if ((m_toZip->isChecked() && chosen.zipFile.isEmpty()) || chosen.outFolder.isEmpty()) {
        m_status->setText(m_toZip->isChecked() ? tr("Choose the zip file to write.")
                                               : tr("Choose the folder to export to."));
        return;
    }
    remember();
    m_progress = std::make_shared<ExportProgress>();
    m_bundleFolder = m_toZip->isChecked() ? QFileInfo(chosen.zipFile).absolutePath() : chosen.outFolder;
    m_summary.clear();
    m_form->setEnabled(false);
    m_export->setEnabled(false);
    m_openFolder->hide();
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Cancel"));
    m_progressBar->show();
    m_progressBar->setRange(0, 0); // until the page count is known
    m_status->setText(tr("Reading the portal…"));

    DatabasePtr database = m_database;
    std::shared_ptr<ExportProgress> progress = m_progress;
    m_job.start([database, chosen, progress] { return BundleExporter(database).run(chosen, progress.get()); },
        [this](Result<ExportReport> result) { done(result); });
    m_poll.start();
}

void ExportDialog::poll()
{
    if (!m_progress)
        return;
    const int total = m_progress->total.load();
    const int done = m_progress->done.load();
    if (total <= 0)
        return;
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    if (!m_progress->cancel.load())
        m_status->setText(
            tr("Writing pages: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ExportDialog::cancel()
{
    if (!isRunning() || !m_progress)
        return;
    m_progress->cancel = true;
    m_status->setText(tr("Cancelling… the previous bundle stays as it was."));
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
}

void ExportDialog::reject()
{
    if (isRunning()) {
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::done(const Result<ExportReport> &result)
{
    m_poll.stop();
    poll();
    m_form->setEnabled(true);
    m_export->setEnabled(true);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setEnabled(true);
    close->setText(tr("&Close"));
    const bool succeeded = result.has_value();
    if (succeeded) {
        const ExportReport &report = *result;
        m_progressBar->setRange(0, std::max(1, report.written + report.unchanged));
        m_progressBar->setValue(m_progressBar->maximum());
        m_summary
            = tr("Exported to %1\n%2 pages written, %3 unchanged, %4 removed; %5 in %6 s.")
                  .arg(QDir::toNativeSeparators(m_toZip->isChecked() ? options().zipFile : report.outFolder))
                  .arg(report.written)
                  .arg(report.unchanged)
                  .arg(report.removed)
                  .arg(QLocale().formattedDataSize(report.bytes))
                  .arg(QLocale().toString(report.seconds, 'f', 1));
        if (report.redirects > 0)
            m_summary += u'\n'
                + tr("%n old address(es) of renamed pages redirect to the new ones.", nullptr,
                    report.redirects);
        // What is not on the portal, so nobody wonders where a story went.
        if (const QString leftOut = report.leftOutSummary(); !leftOut.isEmpty()) {
            constexpr qsizetype shown = 8;
            const QStringList details = report.leftOutDetails();
            m_summary += u'\n' + tr("Not exported: %1").arg(leftOut);
            for (const QString &line : details.mid(0, shown))
                m_summary += QStringLiteral("\n  • ") + line;
            if (details.size() > shown)
                m_summary
                    += QStringLiteral("\n  • ") + tr("and %n more", nullptr, int(details.size() - shown));
        }
        if (!m_toZip->isChecked())
            m_bundleFolder = report.outFolder;
        m_openFolder->show();
        m_openFolder->setDefault(true);
    } else if (result.error().code == Error::Code::Cancelled) {
        m_progressBar->setValue(0);
        m_summary = tr("Export cancelled. The previous bundle is unchanged.");
    } else {
        m_progressBar->setValue(0);
        m_summary = tr("The export failed: %1").arg(result.error().text());
    }
    m_status->setText(m_summary);
    m_progress.reset();
    emit finished(succeeded);
    if (m_closeWhenDone)
        QDialog::reject();
}

} // namespace PortalDesk::Ui
