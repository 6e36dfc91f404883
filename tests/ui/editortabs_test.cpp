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

TEST_CASE("a quit cancelled at any tab leaves every tab open", "[ui][editor]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    MainWindow window;
    REQUIRE(window.openDatabase(portal.database->address()));
    EditorTabs *tabs = window.editorTabs();
    QList<ArticleEditor *> open;
    for (const char *headline : { "港股收市", "恒指高開", "金價回落" }) {
        const Article created = *store.create(Testing::article(QString::fromUtf8(headline)));
        open.append(tabs->openArticle(created.id));
    }
    // The first stays clean; the second and third have typing.
    open.at(1)->document()->setField(ArticleField::Kicker, QStringLiteral("快訊"));
    open.at(2)->document()->setField(ArticleField::Kicker, QStringLiteral("獨家"));

    QStringList asked;
    tabs->setCloseQuestion([&asked](ArticleEditor *editor) {
        asked.append(editor->document()->article().headline);
        return asked.size() == 1 ? EditorTabs::CloseAnswer::Discard : EditorTabs::CloseAnswer::Cancel;
    });
    CHECK_FALSE(window.close());
    CHECK(asked == QStringList { QStringLiteral("恒指高開"), QStringLiteral("金價回落") });
    CHECK(tabs->editors().size() == 3);
    CHECK(open.at(1)->document()->isDirty()); // a Discard answered before the Cancel threw nothing away

    tabs->setCloseQuestion([](ArticleEditor *) { return EditorTabs::CloseAnswer::Discard; });
    CHECK(window.close());
    CHECK(tabs->editors().isEmpty());
}
