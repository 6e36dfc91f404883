// portaldesk: the desktop editor. Parses the command line, picks the database
// to open and shows the main window.

#include "ui/editor/editortabs.h"
#include "ui/ingest/wirecopyimport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/promos/promoboard.h"
#include "ui/settings/darkpalette.h"
#include "ui/settings/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

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

// --show promo: the promo dialog for the first promo of the board.
void showFirstPromo(PortalDesk::Ui::MainWindow &window)
{
    window.showPromoBoard();
    if (auto *board = window.findChild<PortalDesk::Ui::PromoBoard *>())
        board->editPromo();
}

// --show: a view to open once the database is up, for screenshots and quick starts.
void showView(PortalDesk::Ui::MainWindow &window, const QString &view)
{
    if (view == QLatin1String("promos"))
        window.showPromoBoard();
    else if (view == QLatin1String("promo"))
        showFirstPromo(window);
    else if (view == QLatin1String("sections"))
        window.showSectionsAndColumns();
    else if (view == QLatin1String("export"))
        window.showExport();
    else if (view == QLatin1String("feeds"))
        window.showWireFeeds();
    else if (view == QLatin1String("settings"))
        window.showSettings();
    else
        std::fprintf(stderr, "%s\n",
            qUtf8Printable(
                tr("unknown view %1: use promos, promo, sections, export, feeds or settings").arg(view)));
}

// The open dialog if there is one, else the window.
QPixmap picture(PortalDesk::Ui::MainWindow &window)
{
    QWidget *dialog = QApplication::activeModalWidget();
    return dialog ? dialog->grab() : window.grab();
}

} // namespace

int main(int argc, char **argv)
{
    // Chromium (the preview) refuses to start its sandbox as root; only then, and
    // only when the user has not decided, run the preview without it.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // required by Qt WebEngine
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PortalDesk"));
    QApplication::setOrganizationName(QStringLiteral("PortalDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PORTALDESK_VERSION_STRING));
    PortalDesk::Ui::UiLanguage::install(app, PortalDesk::Ui::UiLanguage::effective());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("PortalDesk, the editorial desk for bilingual news portals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("db"),
        tr("Open the portal database at PATH (a SQLite file or a postgresql:// address)."), tr("PATH"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Save a picture of the window to FILE once it has loaded, then quit."), tr("FILE"));
    const QCommandLineOption open(
        QStringLiteral("open"), tr("Open the article with id ID in an editor tab."), tr("ID"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
        tr("Wait MS milliseconds before taking the screenshot (default 500)."), tr("MS"),
        QStringLiteral("500"));
    parser.addOption(database);
    parser.addOption(screenshot);
    const QCommandLineOption show(QStringLiteral("show"),
        tr("Open VIEW once the database is open: promos, promo, sections, export, feeds or settings."),
        tr("VIEW"));
    parser.addOption(show);
    parser.addOption(open);
    parser.addOption(delay);
    const QCommandLineOption dark(QStringLiteral("dark"), tr("Use the dark palette."));
    const QCommandLineOption size(QStringLiteral("size"),
        tr("Open the window WIDTHxHEIGHT pixels large at the top left (e.g. 1280x800), for screenshots."),
        tr("SIZE"));
    parser.addOption(dark);
    parser.addOption(size);
    const QCommandLineOption importWire(QStringLiteral("import"),
        tr("Import the wire copy in FILE (a .txt release) once the database is open, as File ▸ Import Wire "
           "Copy… does; may be given more than once."),
        tr("FILE"));
    parser.addOption(importWire);
    parser.process(app);
    if (parser.isSet(dark))
        PortalDesk::Ui::DarkPalette::apply();

    PortalDesk::Ui::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        const int width = parts.value(0).toInt();
        const int height = parts.value(1).toInt();
        if (parts.size() != 2 || width < 400 || height < 300) {
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(
                    tr("--size wants WIDTHxHEIGHT, at least 400x300, not %1").arg(parser.value(size))));
            return 2;
        }
        window.setGeometry(0, 0, width, height);
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(parser.value(delay).toInt(), &window, [&window, file] {
            if (!picture(window).save(file)) {
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
        QTimer::singleShot(
            0, &window, [&window, address, id = parser.value(open), files = parser.values(importWire)] {
                if (!window.openDatabase(address))
                    return;
                if (!id.isEmpty())
                    window.editorTabs()->openArticle(id);
                if (!files.isEmpty())
                    window.wireImport()->importFiles(files);
            });
    if (parser.isSet(show))
        QTimer::singleShot(0, &window, [&window, view = parser.value(show)] { showView(window, view); });
    return QApplication::exec();
}
