#include "ui/articles/articlelistview.h"
#include "ui/mainwindow/mainwindow.h"
#include "uitesting.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

// Keeps the window's QSettings away from the real user's.
struct TemporarySettings
{
    QTemporaryDir folder;
    TemporarySettings() { QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path()); }
};

// Answers the next modal dialog, recording what it said.
void answerNextDialog(QString *text)
{
    QTimer::singleShot(0, qApp, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextDialog(text);
            return;
        }
        *text = box->text() + u'\n' + box->informativeText();
        box->accept();
    });
}

bool statusBarShows(const MainWindow &window, const QString &text)
{
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    return std::any_of(
        labels.cbegin(), labels.cend(), [&](const QLabel *label) { return label->text() == text; });
}

} // namespace

TEST_CASE("the main window opens a database and tells how many articles it holds", "[ui]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 3);
    const QString path = portal.database->address();

    MainWindow window;
    CHECK(window.windowTitle() == u"PortalDesk");
    REQUIRE(window.openDatabase(path));
    CHECK(window.windowTitle().startsWith(u"portal.sqlite"));
    CHECK(statusBarShows(window, QStringLiteral("3 articles")));
    CHECK(MainWindow::lastDatabase() == path);
}

TEST_CASE("a database that will not open is explained and the open one stays", "[ui]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    MainWindow window;
    REQUIRE(window.openDatabase(portal.database->address()));
    const DatabasePtr before = window.database();

    const QString missing = portal.folder->filePath(QStringLiteral("no-such-portal.sqlite"));
    QString said;
    answerNextDialog(&said);
    CHECK_FALSE(window.openDatabase(missing));
    CHECK(said.contains(QStringLiteral("no-such-portal.sqlite")));
    CHECK(window.database() == before);
    CHECK(MainWindow::lastDatabase() == portal.database->address());
}
