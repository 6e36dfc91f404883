// portaldesk: the desktop editor. Parses the command line, picks the database
// to open and shows the main window.

#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Main", text);
}

// --db, else the database opened last time, else the demo portal if one was made.
QString startupDatabase(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    if (QString last = PortalDesk::Ui::MainWindow::lastDatabase(); !last.isEmpty())
        return last;
    const QString demo = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("demo.sqlite"));
    return QFileInfo(demo).isFile() ? demo : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PortalDesk"));
    QApplication::setOrganizationName(QStringLiteral("PortalDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PORTALDESK_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("PortalDesk, the editorial desk for bilingual news portals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("db"),
        tr("Open the portal database at PATH (a SQLite file or a postgresql:// address)."), tr("PATH"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Save a picture of the window to FILE once it has loaded, then quit."), tr("FILE"));
    parser.addOption(database);
    parser.addOption(screenshot);
    parser.process(app);

    PortalDesk::Ui::MainWindow window;
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            if (!window.grab().save(file)) {
                std::fprintf(
                    stderr, "%s\n", qUtf8Printable(tr("cannot write the screenshot to %1").arg(file)));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        });
    }

    // Opened from the event loop, so the window is up before any error dialog
    // and the screenshot timer can end the application from inside that dialog.
    if (const QString address = startupDatabase(parser.value(database)); !address.isEmpty())
        QTimer::singleShot(0, &window, [&window, address] { window.openDatabase(address); });
    return QApplication::exec();
}
