#include "core/store/articlestore.h"
#include "core/store/recoverystore.h"
#include "ui/articles/articlelistview.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/editortabs.h"
#include "ui/mainwindow/mainwindow.h"
#include "uitesting.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

using PortalDesk::Ui::Testing::TemporarySettings;

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

TEST_CASE("the articles open at the last quit open again with the same database", "[ui]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 3);
    auto other = Testing::seededPortal();
    QStringList ids;
    const auto listed = ArticleStore(portal.database).list();
    REQUIRE(listed);
    for (const ArticleSummary &summary : *listed)
        ids.append(summary.id);
    const auto noRecovery = [](const RecoveredArticle &) { return EditorTabs::RecoveryAnswer::Later; };

    // Not shown: a visible window would start the preview's Chromium, which tests leave alone.
    {
        MainWindow window;
        REQUIRE(window.openDatabase(portal.database->address()));
        window.editorTabs()->setRecoveryQuestion(noRecovery);
        window.editorTabs()->openArticle(ids.at(2));
        window.editorTabs()->openArticle(ids.at(0));
        window.editorTabs()->newArticle(); // never saved: nothing to reopen it by
        window.editorTabs()->setCurrentWidget(window.editorTabs()->editorFor(ids.at(2)));
        window.editorTabs()->setCloseQuestion(
            [](ArticleEditor *) { return EditorTabs::CloseAnswer::Discard; });
        REQUIRE(window.close());
    }

    MainWindow window;
    REQUIRE(window.openDatabase(portal.database->address()));
    window.editorTabs()->setRecoveryQuestion(noRecovery);
    REQUIRE(Testing::waitFor([&] { return window.editorTabs()->editors().size() == 2; }));
    QStringList reopened;
    for (ArticleEditor *editor : window.editorTabs()->editors())
        reopened.append(editor->document()->id());
    CHECK(reopened == QStringList { ids.at(2), ids.at(0) });
    REQUIRE(window.editorTabs()->currentEditor());
    CHECK(window.editorTabs()->currentEditor()->document()->id() == ids.at(2));

    // Another portal has other articles: none of these follow it there.
    REQUIRE(window.openDatabase(other.database->address()));
    QTest::qWait(50);
    CHECK(window.editorTabs()->editors().isEmpty());
}

TEST_CASE("Ctrl+R opens Find and Replace in an open article, and F5 refreshes the list", "[ui]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 1);
    MainWindow window;
    REQUIRE(window.openDatabase(portal.database->address()));
    window.show();
    const QList<ArticleSummary> rows = *ArticleStore(window.database()).list({});
    ArticleEditor *editor = window.editorTabs()->openArticle(rows.first().id);
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *replace = window.findChild<QAction *>(QStringLiteral("replaceAction"));
    REQUIRE(replace);
    CHECK(replace->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
    auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
    REQUIRE(refresh);
    CHECK_FALSE(refresh->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_R)));
    CHECK(refresh->shortcut() == QKeySequence(Qt::Key_F5));

    QLineEdit *with = nullptr;
    for (QLineEdit *line : editor->findChildren<QLineEdit *>()) {
        if (line->placeholderText() == u"Replace with")
            with = line;
    }
    REQUIRE(with);
    CHECK_FALSE(with->isVisible());
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    CHECK(with->isVisible());
    // The shortcut took the key press, so QTest's release of Ctrl never cleared the
    // application's modifier state: let go of it, or later tests run with Ctrl "held".
    QTest::keyRelease(QApplication::focusWidget(), Qt::Key_Control);
    CHECK(QGuiApplication::keyboardModifiers() == Qt::NoModifier);
}

TEST_CASE("New Article waits for a database", "[ui]")
{
    TemporarySettings settings;
    MainWindow window;
    auto *create = window.findChild<QAction *>(QStringLiteral("newArticleAction"));
    REQUIRE(create);
    CHECK_FALSE(create->isEnabled());
    CHECK_FALSE(window.editorTabs()->newArticle());
    auto portal = Testing::seededPortal();
    REQUIRE(window.openDatabase(portal.database->address()));
    CHECK(create->isEnabled());
}

TEST_CASE("an article opened from the list takes the keyboard into its body", "[ui]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 1);
    MainWindow window;
    REQUIRE(window.openDatabase(portal.database->address()));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *list = window.findChild<ArticleListView *>();
    REQUIRE(list);
    const QList<ArticleSummary> rows = *ArticleStore(window.database()).list({});
    emit list->articleActivated(rows.first().id);
    ArticleEditor *editor = window.editorTabs()->currentEditor();
    REQUIRE(editor);
    CHECK(QApplication::focusWidget() == editor->bodyEditor()->textEdit());
}
