#include "core/store/articlestore.h"
#include "core/store/trashstore.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/articles/articlelistview.h"
#include "ui/articles/articletrash.h"
#include "ui/articles/trashdialog.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/editortabs.h"
#include "ui/mainwindow/mainwindow.h"
#include "uitesting.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

struct Fixture
{
    Testing::TemporarySettings settings;
    Testing::TestPortal portal = Testing::seededPortal();
    QString draftId;
    QString liveId;
    MainWindow window;
    ArticleListView *list = nullptr;
    QTableView *table = nullptr;
    QStringList questions;
    QStringList told;
    bool answer = true;

    Fixture()
    {
        ArticleStore store(portal.database);
        draftId = store
                      .create(Testing::article(
                          QStringLiteral("樓市觀察"), Language::ZhHantHK, ArticleStatus::Draft))
                      ->id;
        liveId = store.create(Testing::article(QStringLiteral("恒指半日升 200 點")))->id;
        REQUIRE(window.openDatabase(portal.database->address()));
        window.resize(1000, 600);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        list = window.findChild<ArticleListView *>();
        table = list->findChild<QTableView *>(QStringLiteral("articleTable"));
        REQUIRE(table);
        window.trash()->setConfirm([this](const QString &, const QString &text) {
            questions << text;
            return answer;
        });
        window.trash()->setInform([this](const QString &text) { told << text; });
        REQUIRE(Testing::waitFor([this] { return table->model()->rowCount() == 2; }));
    }

    void select(const QString &id)
    {
        const QModelIndexList found = table->model()->match(
            table->model()->index(0, 0), ArticleListModel::ArticleIdRole, id, 1, Qt::MatchExactly);
        REQUIRE(found.size() == 1);
        table->setFocus();
        table->setCurrentIndex(found.first());
        REQUIRE(list->selectedArticleIds() == QStringList { id });
    }

    bool stored(const QString &id) const { return ArticleStore(portal.database).get(id).has_value(); }
};

} // namespace

TEST_CASE(
    "Delete on the list moves the article to the trash; the status bar and Ctrl+Z undo it", "[ui][trash]")
{
    Fixture f;
    f.select(f.draftId);
    QTest::keyClick(f.table, Qt::Key_Delete);
    CHECK_FALSE(f.stored(f.draftId));
    CHECK(f.questions.isEmpty()); // a draft goes without a question
    CHECK(TrashStore(f.portal.database).count().value() == 1);
    CHECK(f.window.statusBar()->currentMessage() == u"Moved “樓市觀察” to the trash");
    auto *undo = f.window.statusBar()->findChild<QPushButton *>(QStringLiteral("trashUndoButton"));
    REQUIRE(undo);
    CHECK(undo->isVisible());
    REQUIRE(Testing::waitFor([&] { return f.table->model()->rowCount() == 1; }));

    SECTION("Edit ▸ Undo (Ctrl+Z) with the list in front")
    {
        f.table->setFocus();
        QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyRelease(&f.window, Qt::Key_Control);
        CHECK(f.stored(f.draftId));
        CHECK(TrashStore(f.portal.database).count().value() == 0);
        CHECK(f.window.trash()->undoStack()->canRedo());
        f.window.trash()->undoStack()->redo(); // and Redo sends it back
        CHECK_FALSE(f.stored(f.draftId));
    }
    SECTION("the status bar's Undo")
    {
        undo->click();
        CHECK(f.stored(f.draftId));
        CHECK_FALSE(undo->isVisible());
        CHECK(f.window.statusBar()->currentMessage() == u"Restored “樓市觀察” from the trash");
    }
}

TEST_CASE("a live article goes to the trash only when the editor says so", "[ui][trash]")
{
    Fixture f;
    f.select(f.liveId);
    f.answer = false;
    f.list->findChild<QAction *>(QStringLiteral("moveToTrashAction"))->trigger();
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions.first().contains(u"leaves the portal at the next export"));
    CHECK(f.stored(f.liveId));

    f.answer = true;
    f.list->findChild<QAction *>(QStringLiteral("moveToTrashAction"))->trigger();
    CHECK_FALSE(f.stored(f.liveId));
}

TEST_CASE(
    "an article open with unsaved typing in a tab goes to the trash only after its tab closes", "[ui][trash]")
{
    Fixture f;
    ArticleEditor *editor = f.window.editorTabs()->openArticle(f.draftId);
    REQUIRE(editor);
    editor->bodyEditor()->textEdit()->insertPlainText(QStringLiteral("未存的一段"));
    REQUIRE(editor->document()->isDirty());
    int asked = 0;
    f.window.editorTabs()->setCloseQuestion([&](ArticleEditor *) {
        ++asked;
        return asked == 1 ? EditorTabs::CloseAnswer::Cancel : EditorTabs::CloseAnswer::Discard;
    });

    CHECK_FALSE(f.window.trash()->moveToTrash({ f.draftId }));
    CHECK(asked == 1);
    CHECK(f.stored(f.draftId));
    CHECK(f.window.editorTabs()->editorFor(f.draftId) == editor); // the typing is still there
    REQUIRE(f.told.size() == 1);
    CHECK(f.told.first().contains(u"still open in its tab"));

    CHECK(f.window.trash()->moveToTrash({ f.draftId }));
    CHECK(asked == 2);
    CHECK_FALSE(f.window.editorTabs()->editorFor(f.draftId));
    CHECK_FALSE(f.stored(f.draftId));
}

TEST_CASE("the trash dialog shows who moved what, restores, deletes permanently and empties", "[ui][trash]")
{
    Fixture f;
    ArticleStore store(f.portal.database);
    const QString third = store
                              .create(Testing::article(QStringLiteral("貨幣攻略"), Language::ZhHantHK,
                                  ArticleStatus::Draft, QStringLiteral("opinion")))
                              ->id;
    TrashStore trash(f.portal.database);
    for (const QString &id : { f.draftId, f.liveId, third })
        REQUIRE(trash.moveToTrash(id));

    f.window.trash()->showTrash();
    auto *dialog = f.window.findChild<TrashDialog *>();
    REQUIRE(dialog);
    QTreeWidget *rows = dialog->list();
    REQUIRE(rows->topLevelItemCount() == 3);
    CHECK(dialog->windowTitle() == u"Trash (3)");
    CHECK(rows->topLevelItem(0)->text(3) == u"chan.tai.man");

    const auto selectHeadline = [&](const QString &headline) {
        rows->clearSelection();
        const QList<QTreeWidgetItem *> found = rows->findItems(headline, Qt::MatchExactly);
        REQUIRE(found.size() == 1);
        found.first()->setSelected(true);
    };
    selectHeadline(QStringLiteral("樓市觀察"));
    dialog->restoreSelected();
    CHECK(f.stored(f.draftId));
    CHECK(rows->topLevelItemCount() == 2);

    selectHeadline(QStringLiteral("貨幣攻略"));
    f.answer = false;
    dialog->deleteSelected();
    CHECK(rows->topLevelItemCount() == 2);
    f.answer = true;
    dialog->deleteSelected();
    CHECK(rows->topLevelItemCount() == 1);
    CHECK(f.questions.last().contains(u"cannot be undone"));

    dialog->emptyTrash();
    CHECK(rows->topLevelItemCount() == 0);
    CHECK(trash.count().value() == 0);
    CHECK_FALSE(f.stored(f.liveId));
}

TEST_CASE("the list's menu offers Open and Move to Trash with their keys, for every selected article",
    "[ui][trash]")
{
    Fixture f;
    auto *moveToTrash = f.list->findChild<QAction *>(QStringLiteral("moveToTrashAction"));
    auto *open = f.list->findChild<QAction *>(QStringLiteral("openArticleAction"));
    REQUIRE(moveToTrash);
    REQUIRE(open);
    CHECK(moveToTrash->shortcut() == QKeySequence(QKeySequence::Delete));
    CHECK(moveToTrash->isShortcutVisibleInContextMenu());
    CHECK(open->shortcut() == QKeySequence(Qt::Key_Return));

    QSignalSpy opened(f.list, &ArticleListView::articleActivated);
    f.select(f.draftId);
    QTest::keyClick(f.table, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().toString() == f.draftId);

    f.window.editorTabs()->setCurrentIndex(0); // back to the list
    QSignalSpy requested(f.list, &ArticleListView::trashRequested);
    f.table->selectAll();
    moveToTrash->trigger();
    REQUIRE(requested.count() == 1);
    CHECK(requested.first().first().toStringList().size() == 2);
    CHECK(f.questions.size() == 1); // one of them is live
    CHECK(TrashStore(f.portal.database).count().value() == 2);
}

TEST_CASE("Edit ▸ Trash… says how full the trash is; undo after a restore from the dialog says nothing",
    "[ui][trash]")
{
    Fixture f;
    auto *show = f.window.findChild<QAction *>(QStringLiteral("editTrashAction"));
    REQUIRE(show);
    QMenu *edit = nullptr;
    for (QObject *holder : show->associatedObjects())
        edit = edit ? edit : qobject_cast<QMenu *>(holder);
    REQUIRE(edit);
    emit edit->aboutToShow();
    CHECK(show->text() == u"&Trash…");

    REQUIRE(f.window.trash()->moveToTrash({ f.draftId }));
    emit edit->aboutToShow();
    CHECK(show->text() == u"&Trash (1)…");

    REQUIRE(f.window.trash()->restore(f.draftId));
    f.window.trash()->undoStack()->undo(); // its step finds the article back already
    CHECK(f.told.isEmpty());
    CHECK(f.stored(f.draftId));
}
