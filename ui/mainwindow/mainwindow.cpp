#include "ui/mainwindow/mainwindow.h"

#include "core/installation.h"
#include "core/store/newsroom.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/articles/articlelistview.h"
#include "ui/articles/articletrash.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/editortabs.h"
#include "ui/ingest/feedpoller.h"
#include "ui/ingest/wirecopyimport.h"
#include "ui/mainwindow/portalfileimport.h"
#include "ui/preview/previewdock.h"
#include "ui/promos/promoboard.h"
#include "ui/settings/connectdialog.h"
#include "ui/settings/identity.h"
#include "ui/settings/passwordstore.h"
#include "ui/settings/settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUrl>

namespace PortalDesk::Ui {

namespace {

const QString lastDatabaseKey = QStringLiteral("database/last");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString articleColumnsKey = QStringLiteral("articles/columns");

bool isServerAddress(const QString &address)
{
    return address.contains(QStringLiteral("://"));
}

// Never shows a server password that came in with the address.
QString displayAddress(const QString &address)
{
    if (isServerAddress(address))
        return QUrl(address).toDisplayString(QUrl::RemovePassword);
    return QDir::toNativeSeparators(QFileInfo(address).absoluteFilePath());
}

QSettings settings()
{
    return QSettings(QStringLiteral("PortalDesk"), QStringLiteral("PortalDesk"));
}

// The articles left open are kept per database: another portal has other ids.
QString sessionKey(const QString &address, const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(address.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("session/") + QString::fromLatin1(hash.left(16)) + u'/' + name;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articles(new ArticleListView)
    , m_location(new QLabel)
    , m_counts(new QLabel)
    , m_tabs(new EditorTabs(m_articles))
    , m_preview(new PreviewDock(this))
    , m_wireImport(new WireCopyImport(this))
    , m_portalFile(new PortalFileImport(this))
    , m_trash(new ArticleTrash(m_articles, this))
{
    setCentralWidget(m_tabs);
    addDockWidget(Qt::RightDockWidgetArea, m_preview);
    statusBar()->addWidget(m_location, 1);
    m_offline = new QLabel;
    m_offline->setObjectName(QStringLiteral("offlineBanner"));
    m_offline->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #8a1020; padding: 1px 8px;"
                                            " border-radius: 3px; font-weight: bold; }"));
    m_offline->hide();
    statusBar()->addPermanentWidget(m_offline);
    m_trash->addToStatusBar(statusBar());
    m_tabs->setListUndoStack(m_trash->undoStack());
    // An article open here closes before it goes to the trash, asking about unsaved typing.
    m_trash->setLetGo([this](const QString &id) {
        ArticleEditor *editor = m_tabs->editorFor(id);
        return !editor || m_tabs->closeEditor(editor);
    });
    statusBar()->addPermanentWidget(m_tabs->createStatusWidget());
    statusBar()->addPermanentWidget(m_counts);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_articles, &ArticleListView::articleActivated, this, &MainWindow::showArticle);
    connect(m_articles, &ArticleListView::openDatabaseRequested, this, &MainWindow::chooseDatabase);
    connect(m_articles, &ArticleListView::newDatabaseRequested, this, &MainWindow::chooseNewDatabase);
    connect(m_articles, &ArticleListView::importRequested, m_wireImport, &WireCopyImport::importMime);
    connect(m_wireImport, &WireCopyImport::draftsCreated, m_tabs, [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_tabs->openArticle(id);
    });
    connect(m_tabs, &EditorTabs::currentEditorChanged, m_preview,
        [this](ArticleEditor *editor) { m_preview->setDocument(editor ? editor->document() : nullptr); });
    // With the list in front, the preview follows the article the list's cursor is on.
    connect(m_articles, &ArticleListView::currentArticleChanged, m_preview, &PreviewDock::setListArticle);
    // The page needs room: the first time the preview shows (no width kept yet), it takes
    // half of a wide window; later the width the editor gave it is kept with the window.
    connect(m_preview, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_previewSized)
            return;
        m_previewSized = true;
        resizeDocks({ m_preview }, { width() >= 1200 ? width() / 2 : width() * 2 / 5 }, Qt::Horizontal);
    });
    connect(m_tabs, &EditorTabs::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_articles, &ArticleListView::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_articles->model(), &ArticleListModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_articles->model(), &ArticleListModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the articles: %1").arg(message), 10000);
    });

    createMenus();
    addFeatureActions();
    restoreSettings();
    updateTitle();
    updateCounts();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_tabs->addFileActions(file);
    QAction *wire = file->addAction(tr("&Import Wire Copy…"), this, [this] {
        if (!needsDatabase())
            m_wireImport->chooseFiles();
    });
    wire->setObjectName(QStringLiteral("importWireAction"));
    wire->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *feeds = file->addAction(tr("Wire &Feeds…"), this, &MainWindow::showWireFeeds);
    feeds->setObjectName(QStringLiteral("wireFeedsAction"));
    file->addSeparator();
    QAction *create = file->addAction(tr("&New Database…"), this, &MainWindow::chooseNewDatabase);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    QAction *server
        = file->addAction(tr("Connect to Newsroom &Server…"), this, [this] { connectToServer(); });
    server->setObjectName(QStringLiteral("connectAction"));
    server->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addAction(tr("Open &Portal File…"), this, &MainWindow::choosePortalFile);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_tabs->addEditActions(menuBar()->addMenu(tr("&Edit")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *preview = m_preview->toggleViewAction();
    preview->setText(tr("&Preview"));
    preview->setShortcut(QKeySequence(Qt::Key_F9));
    view->addAction(preview);
    QToolBar *tools = addToolBar(tr("Editing"));
    tools->setObjectName(QStringLiteral("editingToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->setMovable(false);
    m_tabs->addToolBarActions(tools);
    tools->addSeparator();
    tools->addAction(preview);
    QAction *refresh = view->addAction(tr("&Refresh"), m_articles->model(), &ArticleListModel::reload);
    // F5 only: some desktops also bind Ctrl+R to Refresh, which is Replace here.
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PortalDesk"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

// File ▸ Export… and Publish to Web Server…, Edit ▸ Sections and Columns… and Settings…, View ▸ Promos;
// added to whatever menus createMenus() made.
void MainWindow::addFeatureActions()
{
    const auto menuTitled = [this](const QString &title) -> QMenu * {
        const QList<QAction *> menus = menuBar()->actions();
        for (QAction *action : menus) {
            if (action->menu() && action->text() == title)
                return action->menu();
        }
        return nullptr;
    };
    QMenu *file = menuTitled(tr("&File"));
    QMenu *view = menuTitled(tr("&View"));
    QMenu *edit = menuTitled(tr("&Edit"));
    if (!edit) {
        edit = new QMenu(tr("&Edit"), menuBar());
        menuBar()->insertMenu(view->menuAction(), edit);
    }

    auto *exportAction = new QAction(tr("&Export…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::showExport);
    QAction *quit = nullptr;
    const QList<QAction *> fileActions = file->actions();
    for (QAction *action : fileActions) {
        if (action->menuRole() == QAction::QuitRole)
            quit = action;
    }
    file->insertAction(quit, exportAction);
    auto *publishAction = new QAction(tr("P&ublish to Web Server…"), this);
    publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    publishAction->setStatusTip(tr("Export and put the portal live on its web server, or roll it back"));
    connect(publishAction, &QAction::triggered, this, &MainWindow::showPublish);
    file->insertAction(quit, publishAction);
    file->insertSeparator(quit);

    edit->addSeparator();
    m_trash->addShowAction(edit);
    m_sectionsAction
        = edit->addAction(tr("Sections and &Columns…"), this, &MainWindow::showSectionsAndColumns);
    QAction *preferences = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    preferences->setShortcuts({ QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma) });
    preferences->setMenuRole(QAction::PreferencesRole);

    m_promoBoard = new PromoBoard;
    connect(m_promoBoard, &PromoBoard::failed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_promoDock = new QDockWidget(tr("Promos"), this);
    m_promoDock->setObjectName(QStringLiteral("promoDock"));
    m_promoDock->setWidget(m_promoBoard);
    addDockWidget(Qt::BottomDockWidgetArea, m_promoDock);
    m_promoDock->hide();
    QAction *promos = m_promoDock->toggleViewAction();
    promos->setText(tr("P&romos"));
    promos->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view->insertAction(view->actions().value(0), promos);
}

bool MainWindow::needsDatabase()
{
    if (m_database)
        return false;
    QMessageBox::information(this, tr("No Database Open"), tr("Open or create a portal database first."));
    return true;
}

void MainWindow::showPromoBoard()
{
    m_promoDock->show();
    m_promoDock->raise();
    if (m_promoDock->height() < height() / 3)
        resizeDocks({ m_promoDock }, { height() * 2 / 5 }, Qt::Vertical);
    m_promoBoard->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::openDatabaseRequested, this, [this, dialog] {
        chooseDatabase();
        dialog->setDatabase(m_database);
    });
    connect(dialog, &SettingsDialog::newDatabaseRequested, this, [this, dialog] {
        chooseNewDatabase();
        dialog->setDatabase(m_database);
    });
    dialog->open();
}

bool MainWindow::openDatabase(const QString &address, bool create)
{
    if (!isServerAddress(address))
        return openDatabase(address, create, nullptr);
    // A server that refuses (a password to give, a server to correct) is asked about.
    QString failure;
    if (openDatabase(address, create, &failure))
        return true;
    const DatabasePtr before = m_database;
    connectToServer(displayAddress(address), failure);
    return m_database && m_database != before;
}

bool MainWindow::openDatabase(const QString &address, bool create, QString *failure)
{
    Database::Options options;
    options.create = create;
    QString signIn = address;
    if (isServerAddress(address) && QUrl(address).password().isEmpty()) {
        if (const auto stored = PasswordStore::read(address);
            stored.outcome == PasswordStore::Outcome::Found) {
            QUrl url(address);
            url.setPassword(stored.password);
            signIn = url.toString(QUrl::FullyEncoded);
        }
    }
    auto opened = Database::open(signIn, options);
    if (!opened && failure) {
        *failure = opened.error().text();
        return false;
    }
    if (!opened) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"),
            tr("PortalDesk could not open “%1”.").arg(displayAddress(address)), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(opened.error().text());
        box.exec();
        return false;
    }
    rememberOpenArticles();
    if (!m_tabs->closeAll())
        return false; // the user kept an unsaved article open
    m_database = *opened;
    Identity::apply(*m_database); // who saves, on a local file
    delete m_feedPoller; // waits for a poll of the previous portal to end, and keeps its log
    m_feedPoller = new FeedPoller(m_database, this);
    connect(m_feedPoller, &FeedPoller::draftsCreated, this, [this](const QStringList &ids) {
        statusBar()->showMessage(tr("%n draft(s) made from wire feeds", nullptr, int(ids.size())), 8000);
    });
    // Colleagues' changes (or another window's on the same file) show up here as they happen.
    m_watch = std::make_unique<ChangeWatch>(m_database);
    if (auto watching = m_watch->start(); !watching)
        statusBar()->showMessage(watching.error().text());
    // A dropped connection: every editor stays open with its typing and undo history, and
    // autosaves to its recovery copy; the watch reconnects by itself.
    m_offline->hide();
    connect(m_database.get(), &Database::connectionChanged, this, [this](bool online) {
        m_offline->setVisible(!online);
        if (online) {
            statusBar()->showMessage(tr("Back online: the newsroom server answers again."), 10000);
            return;
        }
        m_offline->setText(
            tr("Offline — reconnecting… (next try in %n s)", nullptr, m_watch->retrySeconds()));
        m_offline->setToolTip(tr("The connection to the newsroom server was lost. Open articles stay as they "
                                 "are and are kept in recovery copies; saving works again once PortalDesk "
                                 "is back online."));
    });
    m_articles->setDatabase(m_database);
    m_trash->setDatabase(m_database);
    m_promoBoard->setDatabase(m_database);
    // What this person's role may change; the server refuses the rest anyway.
    const Rights rights = Newsroom(m_database).rights().value_or(Rights {});
    m_promoBoard->setReadOnlyReason(rights.mayEditPromos());
    m_sectionsAction->setEnabled(rights.mayEditPortal().isEmpty());
    m_sectionsAction->setStatusTip(rights.mayEditPortal());
    m_tabs->setDatabase(m_database);
    m_preview->setDatabase(m_database);
    m_wireImport->setDatabase(m_database);
    // Recovered work first: an article with unsaved typing opens with that typing.
    QTimer::singleShot(0, this, [this] {
        m_tabs->offerRecovery();
        reopenArticles();
    });
    settings().setValue(lastDatabaseKey, m_database->address()); // a server's without its password
    updateTitle();
    updateCounts();
    return true;
}

void MainWindow::connectToServer(const QString &address, const QString &problem)
{
    ConnectDialog dialog(this);
    QString start = address;
    if (start.isEmpty() && m_database && isServerAddress(m_database->address()))
        start = m_database->address();
    if (start.isEmpty() && !ConnectDialog::recentServers().isEmpty())
        start = ConnectDialog::recentServers().constFirst();
    if (!start.isEmpty())
        dialog.setAddress(start);
    dialog.setProblem(problem);
    while (dialog.exec() == QDialog::Accepted) {
        QUrl url(dialog.address());
        if (!dialog.password().isEmpty())
            url.setPassword(dialog.password());
        QString failure;
        if (!openDatabase(url.toString(QUrl::FullyEncoded), false, &failure)) {
            dialog.setProblem(failure);
            continue;
        }
        const QString signedIn = m_database->address();
        ConnectDialog::addRecentServer(signedIn);
        if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
            if (auto kept = PasswordStore::write(signedIn, dialog.password()); !kept)
                statusBar()->showMessage(kept.error().message, 15000);
        } else if (!dialog.rememberPassword()) {
            (void)PasswordStore::remove(signedIn); // "forget it" is the answer, too
        }
        statusBar()->showMessage(
            tr("Connected to %1 as %2.").arg(signedIn, m_database->displayName()), 10000);
        return;
    }
}

QString MainWindow::lastDatabase()
{
    const QString address = settings().value(lastDatabaseKey).toString();
    if (address.isEmpty() || (!isServerAddress(address) && !QFileInfo(address).isFile()))
        return {};
    return address;
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"),
        m_database && !isServerAddress(m_database->address())
            ? QFileInfo(m_database->address()).absolutePath()
            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("PortalDesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseNewDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path
        = QFileDialog::getSaveFileName(this, tr("New Database"), folder + QStringLiteral("/portal.sqlite"),
            tr("PortalDesk databases (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("New Database"),
            tr("“%1” already exists. Use Open Database… to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, true);
}

void MainWindow::choosePortalFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Portal File"), folder,
        tr("PortalDesk portal files (*.portaldesk.json);;JSON files (*.json)"));
    if (!file.isEmpty())
        openPortalFile(file);
}

void MainWindow::openPortalFile(const QString &file)
{
    m_portalFile->chooseTarget(file);
}

QString MainWindow::aboutText() const
{
    const int schema = m_database ? m_database->schemaVersion() : Installation::schemaVersion();
    return tr("PortalDesk %1\nGit revision %2\nDatabase schema version %3\n\n"
              "A desktop editorial CMS for bilingual Hong Kong news portals.\n\n"
              "Built with Qt %4.")
        .arg(Installation::version(), Installation::revision(), QString::number(schema),
            QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PortalDesk"), aboutText());
}

void MainWindow::showArticle(const QString &id)
{
    // Opened from the list (Enter, double-click): the typing goes into the story's body.
    if (ArticleEditor *editor = m_tabs->openArticle(id))
        editor->bodyEditor()->textEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateTitle()
{
    if (!m_database) {
        setWindowTitle(tr("PortalDesk"));
        m_location->setText(tr("No database open"));
        return;
    }
    const QString address = m_database->address();
    const QString name = isServerAddress(address) ? displayAddress(address) : QFileInfo(address).fileName();
    setWindowTitle(tr("%1 — PortalDesk").arg(name));
    m_location->setText(tr("Database: %1").arg(displayAddress(address)));
}

void MainWindow::updateCounts()
{
    const ArticleListModel *model = m_articles->model();
    const auto articles = [this](int count) {
        return count == 1 ? tr("1 article") : tr("%1 articles").arg(locale().toString(count));
    };
    if (!m_database)
        m_counts->clear();
    else if (model->isFiltered())
        m_counts->setText(
            tr("%1 of %2").arg(locale().toString(model->matchingCount()), articles(model->totalCount())));
    else
        m_counts->setText(articles(model->totalCount()));
}

void MainWindow::rememberOpenArticles() const
{
    if (!m_database)
        return;
    QSettings stored = settings();
    const QString address = m_database->address();
    const ArticleEditor *current = m_tabs->currentEditor();
    stored.setValue(sessionKey(address, QStringLiteral("articles")), m_tabs->openArticleIds());
    stored.setValue(
        sessionKey(address, QStringLiteral("current")), current ? current->document()->id() : QString());
}

void MainWindow::reopenArticles()
{
    if (!m_database)
        return;
    const QSettings stored = settings();
    const QString address = m_database->address();
    m_tabs->reopen(stored.value(sessionKey(address, QStringLiteral("articles"))).toStringList(),
        stored.value(sessionKey(address, QStringLiteral("current"))).toString());
}

void MainWindow::restoreSettings()
{
    const QSettings stored = settings();
    if (!restoreGeometry(stored.value(geometryKey).toByteArray())) {
        resize(1200, 800);
        if (const QScreen *screen = QApplication::primaryScreen()) {
            QRect frame = geometry();
            frame.moveCenter(screen->availableGeometry().center());
            move(frame.topLeft());
        }
    }
    // A kept layout holds the preview's width; without one the first show sizes it.
    m_previewSized = restoreState(stored.value(stateKey).toByteArray());
    m_articles->restoreState(stored.value(articleColumnsKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings stored = settings();
    stored.setValue(geometryKey, saveGeometry());
    stored.setValue(stateKey, saveState());
    stored.setValue(articleColumnsKey, m_articles->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberOpenArticles();
    if (!m_tabs->closeAll()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace PortalDesk::Ui
