#include "ui/mainwindow/mainwindow.h"

#include "ui/articles/articleinfobox.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/articles/articlelistview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articles(new ArticleListView)
    , m_location(new QLabel)
    , m_counts(new QLabel)
{
    setCentralWidget(m_articles);
    statusBar()->addWidget(m_location, 1);
    statusBar()->addPermanentWidget(m_counts);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_articles, &ArticleListView::articleActivated, this, &MainWindow::showArticle);
    connect(m_articles, &ArticleListView::openDatabaseRequested, this, &MainWindow::chooseDatabase);
    connect(m_articles, &ArticleListView::newDatabaseRequested, this, &MainWindow::chooseNewDatabase);
    connect(m_articles->model(), &ArticleListModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_articles->model(), &ArticleListModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the articles: %1").arg(message), 10000);
    });

    createMenus();
    restoreSettings();
    updateTitle();
    updateCounts();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New Database…"), this, &MainWindow::chooseNewDatabase);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), m_articles->model(), &ArticleListModel::reload);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PortalDesk"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openDatabase(const QString &address, bool create)
{
    Database::Options options;
    options.create = create;
    auto opened = Database::open(address, options);
    if (!opened) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"),
            tr("PortalDesk could not open “%1”.").arg(displayAddress(address)), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(opened.error().text());
        box.exec();
        return false;
    }
    m_database = *opened;
    m_articles->setDatabase(m_database);
    settings().setValue(lastDatabaseKey, address);
    updateTitle();
    updateCounts();
    return true;
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PortalDesk"),
        tr("PortalDesk %1\n\nA desktop editorial CMS for bilingual Hong Kong news portals.\n\n"
           "Built with Qt %2.")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showArticle(const QString &id)
{
    ArticleInfoBox box(*m_articles->model(), id, this);
    box.exec();
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
    restoreState(stored.value(stateKey).toByteArray());
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
    saveSettings();
    event->accept();
}

} // namespace PortalDesk::Ui
