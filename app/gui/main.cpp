// portaldesk: the desktop editor. Parses the command line, picks the database
// to open and shows the main window.

#include "core/installation.h"
#include "core/store/articlestore.h"
#include "core/store/translationpairs.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/editortabs.h"
#include "ui/ingest/wirecopyimport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/portalfileimport.h"
#include "ui/preview/previewdock.h"
#include "ui/promos/promoboard.h"
#include "ui/settings/darkpalette.h"
#include "ui/settings/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <string_view>
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

// --show publish: the first draft, with the checklist Publish shows.
void showPublishChecklist(PortalDesk::Ui::MainWindow &window)
{
    using namespace PortalDesk;
    ArticleFilter drafts;
    drafts.status = ArticleStatus::Draft;
    const auto found = ArticleStore(window.database()).list(drafts, 0, 1);
    if (!found || found->isEmpty())
        return;
    if (Ui::ArticleEditor *editor = window.editorTabs()->openArticle(found->first().id))
        QTimer::singleShot(0, editor, [editor] { editor->changeStatus(ArticleStatus::Published); });
}

// --show pair: the first article that is a translation, its original beside it, the
// preview closed to give them room.
void showTranslationPair(PortalDesk::Ui::MainWindow &window)
{
    using namespace PortalDesk;
    if (auto *preview = window.findChild<Ui::PreviewDock *>())
        preview->hide();
    const auto rows = ArticleStore(window.database()).list({});
    if (!rows)
        return;
    for (const ArticleSummary &row : *rows) {
        if (!TranslationPairs(window.database()).linkOf(row.id).value_or(std::nullopt))
            continue;
        if (Ui::ArticleEditor *editor = window.editorTabs()->openArticle(row.id))
            editor->showPartner(true);
        return;
    }
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
    else if (view == QLatin1String("about"))
        window.showAbout();
    else if (view == QLatin1String("connect"))
        window.connectToServer();
    else if (view == QLatin1String("publish"))
        showPublishChecklist(window);
    else if (view == QLatin1String("pair"))
        showTranslationPair(window);
    else if (view == QLatin1String("server"))
        window.showPublish();
    else
        std::fprintf(stderr, "%s\n",
            qUtf8Printable(tr("unknown view %1: use promos, promo, sections, export, feeds, settings, "
                              "connect, publish, pair, server or about")
                               .arg(view)));
}

// The open dialog if there is one, else the window.
QPixmap picture(PortalDesk::Ui::MainWindow &window)
{
    QWidget *dialog = QApplication::activeModalWidget();
    return dialog ? dialog->grab() : window.grab();
}

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("PortalDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PortalDesk"));
    QCoreApplication::setApplicationVersion(PortalDesk::Installation::version());
}

// The command line, in the language of the interface. The man page portaldesk(1) is made
// from the --help this prints (packaging/generate.py).
void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("PortalDesk, the editorial desk for bilingual news portals."));
    parser.addHelpOption();
    parser.addOption({ { QStringLiteral("v"), QStringLiteral("version") },
        tr("Show the version and the git revision it was built from.") });
    parser.addOption({ QStringLiteral("db"),
        tr("Open the portal database at PATH (a SQLite file or a postgresql:// address)."), tr("PATH") });
    parser.addOption({ QStringLiteral("screenshot"),
        tr("Save a picture of the window to FILE once it has loaded, then quit."), tr("FILE") });
    parser.addOption({ QStringLiteral("show"),
        tr("Open VIEW once the database is open: promos, promo, sections, export, feeds, settings, connect, "
           "publish, pair (a translation beside its original), server (Publish to Web Server) or about."),
        tr("VIEW") });
    parser.addOption(
        { QStringLiteral("open"), tr("Open the article with id ID in an editor tab."), tr("ID") });
    parser.addOption({ QStringLiteral("screenshot-delay"),
        tr("Wait MS milliseconds before taking the screenshot (default 500)."), tr("MS"),
        QStringLiteral("500") });
    parser.addOption({ QStringLiteral("dark"), tr("Use the dark palette.") });
    parser.addOption({ QStringLiteral("size"),
        tr("Open the window WIDTHxHEIGHT pixels large at the top left (e.g. 1280x800), for screenshots."),
        tr("SIZE") });
    parser.addOption({ QStringLiteral("import"),
        tr("Import the wire copy in FILE (a .txt release) once the database is open, as File ▸ Import Wire "
           "Copy… does; may be given more than once."),
        tr("FILE") });
    parser.addPositionalArgument(QStringLiteral("FILE"),
        tr("A portal database to open, or a portal file (*.portaldesk.json) to load into a new database."),
        QStringLiteral("[FILE]"));
}

// --help and --version need no window: they answer without a display (over ssh, or
// while the man page is made at build time).
bool answersInText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--")
            return false;
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

int answerInText(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setNames();
    PortalDesk::Ui::UiLanguage::install(app, PortalDesk::Ui::UiLanguage::effective());
    QCommandLineParser parser;
    describe(parser);
    parser.process(app); // prints --help and exits
    std::printf("%s\n", qUtf8Printable(PortalDesk::Installation::versionLine(QStringLiteral("portaldesk"))));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (answersInText(argc, argv))
        return answerInText(argc, argv);
    // Chromium (the preview) refuses to start its sandbox as root; only then, and
    // only when the user has not decided, run the preview without it.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // required by Qt WebEngine
    QApplication app(argc, argv);
    setNames();
    // The desktop entry and icon installed by the package (packaging/CMakeLists.txt).
    QGuiApplication::setDesktopFileName(QStringLiteral(PORTALDESK_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PORTALDESK_APP_ID)));
    PortalDesk::Ui::UiLanguage::install(app, PortalDesk::Ui::UiLanguage::effective());

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("dark")))
        PortalDesk::Ui::DarkPalette::apply();

    PortalDesk::Ui::MainWindow window;
    if (parser.isSet(QStringLiteral("size"))) {
        const QString wanted = parser.value(QStringLiteral("size"));
        const QStringList parts = wanted.split(u'x');
        const int width = parts.value(0).toInt();
        const int height = parts.value(1).toInt();
        if (parts.size() != 2 || width < 400 || height < 300) {
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(tr("--size wants WIDTHxHEIGHT, at least 400x300, not %1").arg(wanted)));
            return 2;
        }
        window.setGeometry(0, 0, width, height);
    }
    window.show();

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(
            parser.value(QStringLiteral("screenshot-delay")).toInt(), &window, [&window, file] {
                if (!picture(window).save(file)) {
                    std::fprintf(
                        stderr, "%s\n", qUtf8Printable(tr("cannot write the screenshot to %1").arg(file)));
                    QCoreApplication::exit(1);
                    return;
                }
                QCoreApplication::exit(0);
            });
    }

    // FILE: a portal file is loaded into a new database; anything else is a database, as --db.
    const QString file = parser.positionalArguments().value(0);
    QString requested = parser.value(QStringLiteral("db"));
    if (!file.isEmpty() && !PortalDesk::Ui::PortalFileImport::isPortalFile(file))
        requested = file;
    // Opened from the event loop, so the window is up before any error dialog
    // and the screenshot timer can end the application from inside that dialog.
    if (const QString address = startupDatabase(requested); !address.isEmpty())
        QTimer::singleShot(0, &window,
            [&window, address, id = parser.value(QStringLiteral("open")),
                files = parser.values(QStringLiteral("import"))] {
                if (!window.openDatabase(address))
                    return;
                if (!id.isEmpty())
                    window.editorTabs()->openArticle(id);
                if (!files.isEmpty())
                    window.wireImport()->importFiles(files);
            });
    if (PortalDesk::Ui::PortalFileImport::isPortalFile(file))
        QTimer::singleShot(0, &window, [&window, file] { window.openPortalFile(file); });
    if (parser.isSet(QStringLiteral("show")))
        QTimer::singleShot(
            0, &window, [&window, view = parser.value(QStringLiteral("show"))] { showView(window, view); });
    return QApplication::exec();
}
