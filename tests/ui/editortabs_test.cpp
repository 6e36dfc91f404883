#include "core/store/articlestore.h"
#include "ui/articles/articlelistview.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/editortabs.h"
#include "ui/mainwindow/mainwindow.h"
#include "uitesting.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

using PortalDesk::Ui::Testing::TemporarySettings;

QAction *menuAction(const MainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("an article activated in the list opens in its own editor tab, once", "[ui][editor]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    auto created = ArticleStore(portal.database).create(Testing::article(QStringLiteral("港股收市")));
    REQUIRE(created.has_value());

    MainWindow window;
    REQUIRE(window.openDatabase(portal.database->address()));
    EditorTabs *tabs = window.editorTabs();
    window.findChild<ArticleListView *>()->articleActivated(created->id);
    REQUIRE(tabs->currentEditor());
    CHECK(tabs->currentEditor()->document()->article().headline == u"港股收市");
    window.findChild<ArticleListView *>()->articleActivated(created->id);
    CHECK(tabs->editors().size() == 1);
    CHECK(tabs->count() == 2); // the list and the article
}

TEST_CASE(
    "New Article is Ctrl+N, New Database Ctrl+Shift+N, Find only while an article is showing", "[ui][editor]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    MainWindow window;
    REQUIRE(window.openDatabase(portal.database->address()));

    QAction *newArticle = menuAction(window, QStringLiteral("New &Article"));
    QAction *newDatabase = menuAction(window, QStringLiteral("&New Database…"));
    QAction *find = menuAction(window, QStringLiteral("&Find…"));
    REQUIRE(newArticle);
    REQUIRE(newDatabase);
    REQUIRE(find);
    CHECK(newArticle->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(newDatabase->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    CHECK_FALSE(find->isEnabled()); // the list's search box has Ctrl+F

    newArticle->trigger();
    REQUIRE(window.editorTabs()->currentEditor());
    CHECK(find->isEnabled());
    CHECK(window.editorTabs()->currentEditor()->document()->isNew());
}
