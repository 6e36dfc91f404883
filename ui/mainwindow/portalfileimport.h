#pragma once

// Opening a portaldesk/1 file (*.portaldesk.json: a `portaldesk-cli dump`, another desk's
// portal) in the editor, as the desktop does when one is double-clicked. The file is
// loaded, all or nothing, into a new database file off the GUI thread; then the window
// opens that database. Nothing is ever loaded into the database already open.

#include "core/backgroundjob.h"
#include "core/exchange/interchange.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;

namespace PortalDesk::Ui {

class MainWindow;

class PortalFileImport : public QObject
{
    Q_OBJECT

public:
    explicit PortalFileImport(MainWindow *window);

    // Whether `path` names a portal file rather than a database.
    static bool isPortalFile(const QString &path);

    // Asks where to keep the new database (beside the file, named after it), then loads.
    void chooseTarget(const QString &file);
    // Loads `file` into a new database at `target`, which must not exist yet.
    void load(const QString &file, const QString &target);
    bool isRunning() const { return m_job.isRunning(); }

signals:
    // After the load: the new database is open when `ok`; otherwise a message said why.
    void finished(bool ok);

private:
    void done(const Result<Interchange::LoadReport> &report);

    MainWindow *m_window;
    QString m_file;
    QString m_target;
    QPointer<QProgressDialog> m_progress;
    BackgroundJob m_job;
};

} // namespace PortalDesk::Ui
