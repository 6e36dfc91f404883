// The main window's dialogs for the portal's structure and its output: Sections and
// Columns, Export, Publish to Web Server and Wire Feeds (each opened on the open database).

#include "ui/export/exportdialog.h"
#include "ui/export/publishdialog.h"
#include "ui/ingest/feedpoller.h"
#include "ui/ingest/wirefeeds.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/sections/sectionsdialog.h"

namespace PortalDesk::Ui {

void MainWindow::showSectionsAndColumns()
{
    if (needsDatabase())
        return;
    auto *dialog = new SectionsDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showExport()
{
    if (needsDatabase())
        return;
    auto *dialog = new ExportDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPublish()
{
    if (needsDatabase())
        return;
    auto *dialog = new PublishDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showWireFeeds()
{
    if (needsDatabase())
        return;
    auto *dialog = new WireFeedsDialog(m_feedPoller, m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_feedPoller, &QObject::destroyed, dialog, &QDialog::reject); // another portal opened
    dialog->open();
}

} // namespace PortalDesk::Ui
