#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "ui/sections/categorylistmodel.h"
#include "ui/sections/sectionsdialog.h"
#include "uitesting.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

QStringList storedKeys(const DatabasePtr &database, CategoryStore::Kind kind)
{
    QStringList keys;
    const auto categories = CategoryStore(database, kind).list();
    REQUIRE(categories);
    for (const Category &category : *categories)
        keys.append(category.key);
    return keys;
}

Category column(const QString &key, const QString &traditional, int position)
{
    return { key, { { Language::ZhHantHK, traditional } }, position };
}

} // namespace

TEST_CASE("reordering sections in the dialog persists the order", "[ui][sections]")
{
    auto portal = Testing::seededPortal(); // finance, opinion
    SectionsDialog dialog(portal.database);
    CategoryListModel *model = dialog.model(CategoryStore::Kind::Sections);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->keys() == QStringList { QStringLiteral("finance"), QStringLiteral("opinion") });
    CHECK(model->index(0, CategoryListModel::TraditionalColumn).data().toString()
        == QStringLiteral("財經新聞"));

    // Drag 評論 above 財經新聞.
    std::unique_ptr<QMimeData> data(model->mimeData({ model->index(1, 0) }));
    model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Sections)
        == QStringList { QStringLiteral("opinion"), QStringLiteral("finance") });

    // Move Down on the selected row.
    dialog.view(CategoryStore::Kind::Sections)->selectRow(0);
    dialog.moveBy(1);
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Sections)
        == QStringList { QStringLiteral("finance"), QStringLiteral("opinion") });

    // A name edited in place is saved.
    REQUIRE(model->setData(model->index(1, CategoryListModel::SimplifiedColumn), QStringLiteral("评论")));
    const auto sections = CategoryStore(portal.database, CategoryStore::Kind::Sections).list();
    CHECK(sections->at(1).names.value(Language::ZhHans) == QStringLiteral("评论"));
}

TEST_CASE("a section that still has articles cannot be removed, and the dialog says why", "[ui][sections]")
{
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 2); // in finance
    SectionsDialog dialog(portal.database);
    CategoryListModel *model = dialog.model(CategoryStore::Kind::Sections);
    CHECK_FALSE(model->remove(QStringLiteral("finance")));
    CHECK(dialog.message().contains(QStringLiteral("finance")));
    CHECK(model->rowCount() == 2);
    CHECK(model->remove(QStringLiteral("opinion")));
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Sections)
        == QStringList { QStringLiteral("finance") });
}

TEST_CASE("columns sort by stroke count of their Traditional names", "[ui][sections]")
{
    auto portal = Testing::seededPortal();
    CategoryStore columns(portal.database, CategoryStore::Kind::Columns);
    REQUIRE(columns.put(column(QStringLiteral("currency"), QStringLiteral("貨幣攻略"), 1))); // 貨 11 strokes
    REQUIRE(columns.put(column(QStringLiteral("rivalry"), QStringLiteral("大國博弈"), 2))); // 大 3 strokes
    REQUIRE(columns.put(column(QStringLiteral("people"), QStringLiteral("人物專訪"), 3))); // 人 2 strokes
    SectionsDialog dialog(portal.database);
    dialog.setCurrentKind(CategoryStore::Kind::Columns);
    dialog.sortByStrokes();
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Columns)
        == QStringList { QStringLiteral("people"), QStringLiteral("rivalry"), QStringLiteral("currency") });

    CategoryListModel *model = dialog.model(CategoryStore::Kind::Columns);
    CHECK(model->add(column(QStringLiteral("tech"), QStringLiteral("科技"), 0)));
    CHECK(model->keys().last() == QStringLiteral("tech"));
    CHECK_FALSE(model->add(column(QStringLiteral("Bad Key"), QStringLiteral("壞"), 0)));
}

TEST_CASE("every change in the sections dialog is one undo step, and undoing is saved too", "[ui][sections]")
{
    auto portal = Testing::seededPortal(); // finance, opinion
    SectionsDialog dialog(portal.database);
    CategoryListModel *model = dialog.model(CategoryStore::Kind::Sections);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack *undo = dialog.undoStack(CategoryStore::Kind::Sections);
    const auto sections = [&] { return storedKeys(portal.database, CategoryStore::Kind::Sections); };
    const QStringList start { QStringLiteral("finance"), QStringLiteral("opinion") };

    // A drag.
    std::unique_ptr<QMimeData> data(model->mimeData({ model->index(1, 0) }));
    model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    CHECK(undo->count() == 1);
    CHECK(undo->undoText() == u"Move “評論”");
    undo->undo();
    CHECK(sections() == start);
    CHECK(model->keys() == start);
    undo->redo();
    CHECK(sections().first() == u"opinion");
    undo->undo();

    // A name edited in place.
    REQUIRE(model->setData(model->index(0, CategoryListModel::EnglishColumn), QStringLiteral("Markets")));
    CHECK(undo->undoText() == u"Rename “Finance”");
    undo->undo();
    CHECK(CategoryStore(portal.database, CategoryStore::Kind::Sections)
              .list()
              ->first()
              .names.value(Language::En)
        == u"Finance");
    CHECK(model->index(0, CategoryListModel::EnglishColumn).data().toString() == u"Finance");

    // Add, then remove, then both undone: the section comes back where it was, then goes.
    REQUIRE(model->requestAdd(column(QStringLiteral("tech"), QStringLiteral("科技"), 0)));
    REQUIRE(
        model->requestOrder({ QStringLiteral("finance"), QStringLiteral("tech"), QStringLiteral("opinion") },
            QStringLiteral("Move “科技”")));
    REQUIRE(model->requestRemove(QStringLiteral("tech")));
    CHECK(sections() == start);
    undo->undo();
    CHECK(sections()
        == QStringList { QStringLiteral("finance"), QStringLiteral("tech"), QStringLiteral("opinion") });
    undo->undo();
    undo->undo();
    CHECK(sections() == start);
    CHECK(model->keys() == start);

    // A refused change leaves no step behind, and the redo steps stay.
    const int steps = undo->count();
    Testing::addArticles(portal.database, 1); // in finance, so finance cannot go
    CHECK_FALSE(model->requestRemove(QStringLiteral("finance")));
    CHECK_FALSE(model->requestAdd(column(QStringLiteral("Bad Key"), QStringLiteral("壞"), 0)));
    CHECK(undo->count() == steps);
    CHECK(undo->index() == 0);
    CHECK(undo->canRedo());
}

TEST_CASE("Sort by Stroke Count in the dialog is undone with Ctrl+Z", "[ui][sections]")
{
    auto portal = Testing::seededPortal();
    CategoryStore columns(portal.database, CategoryStore::Kind::Columns);
    REQUIRE(columns.put(column(QStringLiteral("currency"), QStringLiteral("貨幣攻略"), 1)));
    REQUIRE(columns.put(column(QStringLiteral("people"), QStringLiteral("人物專訪"), 2)));
    SectionsDialog dialog(portal.database);
    dialog.show();
    dialog.setCurrentKind(CategoryStore::Kind::Columns);
    dialog.sortByStrokes();
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Columns).first() == u"people");
    auto *undoButton = dialog.findChild<QToolButton *>(QStringLiteral("undo"));
    REQUIRE(undoButton);
    CHECK(undoButton->isEnabled());
    QTest::mouseClick(undoButton, Qt::LeftButton);
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Columns).first() == u"currency");
}

TEST_CASE("Undo in the Columns tab never undoes a Sections edit", "[ui][sections]")
{
    auto portal = Testing::seededPortal(); // sections finance, opinion
    CategoryStore columns(portal.database, CategoryStore::Kind::Columns);
    REQUIRE(columns.put(column(QStringLiteral("currency"), QStringLiteral("貨幣攻略"), 1)));
    REQUIRE(columns.put(column(QStringLiteral("people"), QStringLiteral("人物專訪"), 2)));
    const QStringList columnsBefore = storedKeys(portal.database, CategoryStore::Kind::Columns);
    SectionsDialog dialog(portal.database);
    dialog.show();
    auto *undoButton = dialog.findChild<QToolButton *>(QStringLiteral("undo"));
    REQUIRE(undoButton);

    // An edit in Sections, then a look at Columns, which has nothing to undo.
    CategoryListModel *sections = dialog.model(CategoryStore::Kind::Sections);
    REQUIRE(sections->requestOrder(
        { QStringLiteral("opinion"), QStringLiteral("finance") }, QStringLiteral("Move “評論”")));
    dialog.setCurrentKind(CategoryStore::Kind::Columns);
    CHECK_FALSE(undoButton->isEnabled());
    QTest::keyClick(dialog.view(CategoryStore::Kind::Columns), Qt::Key_Z, Qt::ControlModifier);
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Sections).first() == u"opinion");

    // A Columns edit is undone there; the Sections step waits in its own tab.
    dialog.sortByStrokes();
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Columns).first() == u"people");
    QTest::mouseClick(undoButton, Qt::LeftButton);
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Columns) == columnsBefore);
    CHECK_FALSE(undoButton->isEnabled());
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Sections).first() == u"opinion");
    CHECK(dialog.undoStack(CategoryStore::Kind::Sections)->canUndo());
    CHECK(dialog.undoStack(CategoryStore::Kind::Columns)->canRedo());

    dialog.setCurrentKind(CategoryStore::Kind::Sections);
    CHECK(undoButton->isEnabled());
    QTest::mouseClick(undoButton, Qt::LeftButton);
    CHECK(storedKeys(portal.database, CategoryStore::Kind::Sections).first() == u"finance");
}
