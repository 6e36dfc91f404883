#include "ui/mainwindow/portalfileimport.h"

#include "core/store/database.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace PortalDesk::Ui {

namespace {

const QString suffix = QStringLiteral(".portaldesk.json");

// The new database file and the two SQLite keeps beside it while it is open.
void removeDatabaseFile(const QString &path)
{
    for (const QString &extra : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + extra);
}

} // namespace

PortalFileImport::PortalFileImport(MainWindow *window)
    : QObject(window)
    , m_window(window)
{ }

bool PortalFileImport::isPortalFile(const QString &path)
{
    return path.endsWith(suffix, Qt::CaseInsensitive);
}

void PortalFileImport::chooseTarget(const QString &file)
{
    const QFileInfo info(file);
    QString name = info.fileName();
    name.chop(isPortalFile(name) ? suffix.size() : info.suffix().size() + 1);
    QString target = QFileDialog::getSaveFileName(m_window, tr("Open Portal File"),
        info.absoluteDir().filePath(name + QStringLiteral(".sqlite")),
        tr("PortalDesk databases (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".sqlite");
    load(file, target);
}

void PortalFileImport::load(const QString &file, const QString &target)
{
    if (isRunning())
        return;
    if (QFileInfo::exists(target)) {
        QMessageBox::information(m_window, tr("Open Portal File"),
            tr("“%1” already exists. A portal file is loaded into a new database only: choose "
               "another name.")
                .arg(QDir::toNativeSeparators(target)));
        emit finished(false);
        return;
    }
    m_file = file;
    m_target = target;
    m_progress
        = new QProgressDialog(tr("Loading %1…").arg(QFileInfo(file).fileName()), QString(), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Open Portal File"));
    m_progress->setCancelButton(nullptr); // the load is one transaction: it finishes or changes nothing
    m_progress->setMinimumDuration(300);
    m_progress->setWindowModality(Qt::WindowModal);
    m_job.start(
        [file, target]() -> Result<Interchange::LoadReport> {
            auto database = Database::open(target);
            if (!database)
                return std::unexpected(database.error());
            auto report = Interchange::loadFile(*database, file, { false, tr("loaded from %1").arg(file) });
            (*database)->releaseConnection();
            return report;
        },
        [this](Result<Interchange::LoadReport> report) { done(report); });
}

void PortalFileImport::done(const Result<Interchange::LoadReport> &report)
{
    if (m_progress)
        m_progress->deleteLater();
    if (!report) {
        removeDatabaseFile(m_target);
        QMessageBox::warning(m_window, tr("Open Portal File"),
            tr("%1 could not be loaded: %2").arg(QDir::toNativeSeparators(m_file), report.error().message));
        emit finished(false);
        return;
    }
    emit finished(m_window->openDatabase(m_target));
}

} // namespace PortalDesk::Ui
