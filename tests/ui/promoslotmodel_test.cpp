#include "core/store/promostore.h"
#include "ui/promos/promoboard.h"
#include "ui/promos/promoslotmodel.h"
#include "ui/promos/promoslots.h"
#include "uitesting.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QListWidget>
#include <QMimeData>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

Promo promo(const QString &text, const QString &slot = QStringLiteral("sidebar.feature"))
{
    Promo promo;
    promo.slot = slot;
    promo.kicker = QStringLiteral("港融15周年");
    promo.text = text;
    promo.callToAction = QStringLiteral("► 即睇");
    promo.link = QStringLiteral("https://example.com/campaign");
    return promo;
}

// Three promos 甲, 乙, 丙 in sidebar.feature, in that order.
QStringList addThree(const DatabasePtr &database)
{
    PromoStore store(database);
    QStringList ids;
    int position = 1;
    for (const QString &text : { QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙") }) {
        Promo p = promo(text);
        p.position = position++;
        auto created = store.create(p);
        REQUIRE(created);
        ids.append(created->id);
    }
    return ids;
}

QStringList storedTexts(const DatabasePtr &database, const QString &slot = QStringLiteral("sidebar.feature"))
{
    QStringList texts;
    const auto promos = PromoStore(database).list(slot);
    REQUIRE(promos);
    for (const Promo &p : *promos)
        texts.append(p.text);
    return texts;
}

} // namespace

TEST_CASE("the promo slot model keeps the item model rules through edits and moves", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    const QStringList ids = addThree(portal.database);
    PromoSlotModel model(portal.database, QStringLiteral("sidebar.feature"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack stack;
    model.setUndoStack(&stack);

    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, PromoSlotModel::LineColumn).data().toString()
        == QStringLiteral("【港融15周年】甲 ► 即睇"));
    CHECK(model.index(0, PromoSlotModel::WidthColumn).data().toString() == QStringLiteral("2 / 72"));

    REQUIRE(model.insertPromo(promo(QStringLiteral("丁")), 1));
    CHECK(storedTexts(portal.database)
        == QStringList {
            QStringLiteral("甲"), QStringLiteral("丁"), QStringLiteral("乙"), QStringLiteral("丙") });
    REQUIRE(model.removePromo(ids.at(0)));
    CHECK(model.rowCount() == 3);

    // Someone else's change arrives through the database's signal.
    REQUIRE(PromoStore(portal.database).create(promo(QStringLiteral("戊"))));
    CHECK(model.rowCount() == 4);
}

TEST_CASE("dropping a promo on another row reorders the slot in the store, undoably", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    const QStringList ids = addThree(portal.database);
    PromoSlotModel model(portal.database, QStringLiteral("sidebar.feature"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack stack;
    model.setUndoStack(&stack);
    QPersistentModelIndex first = model.index(0, 0);

    // Drag 甲 and drop it below 丙, as the view does.
    std::unique_ptr<QMimeData> data(model.mimeData({ model.index(0, 0) }));
    REQUIRE(model.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {});
    CHECK(storedTexts(portal.database)
        == QStringList { QStringLiteral("乙"), QStringLiteral("丙"), QStringLiteral("甲") });
    CHECK(first.row() == 2); // the selection follows the promo
    CHECK(stack.count() == 1);

    // A fresh model (the next start) reads the same order.
    PromoSlotModel reopened(portal.database, QStringLiteral("sidebar.feature"));
    CHECK(reopened.order() == QStringList { ids.at(1), ids.at(2), ids.at(0) });

    stack.undo();
    CHECK(storedTexts(portal.database)
        == QStringList { QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙") });

    // moveRows, as Move Down does: 甲 after 乙.
    REQUIRE(model.moveRows({}, 0, 1, {}, 2));
    CHECK(storedTexts(portal.database)
        == QStringList { QStringLiteral("乙"), QStringLiteral("甲"), QStringLiteral("丙") });

    // A drop from another slot is refused.
    PromoSlotModel campaign(portal.database, QStringLiteral("sidebar.campaign"));
    CHECK_FALSE(campaign.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
}

TEST_CASE("deleting a promo on the board and undoing brings it back in its place", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    const QStringList ids = addThree(portal.database);
    PromoBoard board;
    board.setDatabase(portal.database);
    board.setCurrentSlot(QStringLiteral("sidebar.feature"));
    CHECK(board.slotNames().contains(QStringLiteral("header.products")));
    PromoSlotModel *model = board.model(QStringLiteral("sidebar.feature"));
    REQUIRE(model);

    board.view()->selectRow(1);
    board.deletePromo();
    CHECK(storedTexts(portal.database) == QStringList { QStringLiteral("甲"), QStringLiteral("丙") });

    QTest::keyClick(board.view(), Qt::Key_Z, Qt::ControlModifier); // Ctrl+Z in the board
    CHECK(storedTexts(portal.database)
        == QStringList { QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙") });
    CHECK(model->order() == ids); // same id, same place
    board.undoStack(QStringLiteral("sidebar.feature"))->redo();
    CHECK(storedTexts(portal.database) == QStringList { QStringLiteral("甲"), QStringLiteral("丙") });

    board.view()->selectRow(0);
    board.duplicatePromo();
    CHECK(storedTexts(portal.database)
        == QStringList { QStringLiteral("甲"), QStringLiteral("甲"), QStringLiteral("丙") });
}

TEST_CASE("the board warns when a Chinese promo is too wide for its slot", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    // 44 full-width characters: 88 columns against the sidebar's two lines of 36.
    REQUIRE(PromoStore(portal.database)
                .create(promo(QStringLiteral("畢加索的市場潛能有多強？亞洲收藏家如何從新角度鑑賞？拍賣官話你"
                                             "知今季最值得留意的三件作品"))));
    REQUIRE(PromoStore(portal.database)
                .create(promo(QStringLiteral("專業版 Pro 8"), QStringLiteral("header.products"))));
    PromoBoard board;
    board.setDatabase(portal.database);
    board.setCurrentSlot(QStringLiteral("sidebar.feature"));
    board.view()->selectRow(0);
    CHECK(board.model(QStringLiteral("sidebar.feature"))
              ->index(0, 0)
              .data(PromoSlotModel::TooWideRole)
              .toBool());
    CHECK(board.warning().contains(QStringLiteral("88")));
    CHECK(board.warning().contains(QStringLiteral("72")));

    board.setCurrentSlot(QStringLiteral("header.products"));
    board.view()->selectRow(0);
    CHECK(board.warning().isEmpty());
    CHECK(PromoSlots::widthLimit(QStringLiteral("header.products")) == 24);
}

TEST_CASE("a promo dropped on another slot moves there, and Undo brings it back", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    const QStringList ids = addThree(portal.database);
    PromoBoard board;
    board.resize(1100, 500);
    board.setDatabase(portal.database);
    board.show();
    board.setCurrentSlot(QStringLiteral("sidebar.feature"));
    PromoSlotModel *feature = board.model(QStringLiteral("sidebar.feature"));
    PromoSlotModel *campaign = board.model(QStringLiteral("sidebar.campaign"));
    REQUIRE(feature);
    REQUIRE(campaign);
    QAbstractItemModelTester featureTester(feature, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester campaignTester(campaign, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // 乙 dragged from the table onto 「sidebar.campaign」 in the slot list.
    auto *slotList = board.findChild<QListWidget *>(QStringLiteral("slots"));
    REQUIRE(slotList);
    QListWidgetItem *target = nullptr;
    for (int i = 0; i < slotList->count(); ++i) {
        if (slotList->item(i)->data(Qt::UserRole).toString() == u"sidebar.campaign")
            target = slotList->item(i);
    }
    REQUIRE(target);
    std::unique_ptr<QMimeData> drag(feature->mimeData({ feature->index(1, 0) }));
    const QPoint at = slotList->visualItemRect(target).center();
    QDragEnterEvent enter(at, Qt::MoveAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(slotList->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(slotList->viewport(), &drop);

    CHECK(feature->order() == QStringList { ids.at(0), ids.at(2) });
    CHECK(campaign->order() == QStringList { ids.at(1) });
    CHECK(PromoStore(portal.database).get(ids.at(1))->slot == u"sidebar.campaign");
    CHECK(storedTexts(portal.database) == QStringList { QStringLiteral("甲"), QStringLiteral("丙") });
    CHECK(target->text().contains(u"(1)"));

    QUndoStack *undo = board.undoStack(QStringLiteral("sidebar.feature"));
    undo->undo();
    CHECK(feature->order() == ids); // back in its place
    CHECK(campaign->rowCount() == 0);
    CHECK(PromoStore(portal.database).get(ids.at(1))->slot == u"sidebar.feature");

    // Move to Slot from the toolbar does the same.
    board.view()->selectRow(0);
    board.moveToSlot(QStringLiteral("header.products"));
    CHECK(board.model(QStringLiteral("header.products"))->order() == QStringList { ids.at(0) });
    CHECK(feature->order() == QStringList { ids.at(1), ids.at(2) });
    undo->undo();
    CHECK(feature->order() == ids);
}

namespace {

// The stored slot as (id, position) pairs, in order.
QList<std::pair<QString, int>> storedPlaces(const DatabasePtr &database, const QString &slot)
{
    QList<std::pair<QString, int>> places;
    const auto promos = PromoStore(database).list(slot);
    REQUIRE(promos);
    for (const Promo &p : *promos)
        places.append({ p.id, p.position });
    return places;
}

// The promo board on sidebar.feature, with sidebar.campaign beside it.
struct BoardOnFeature
{
    PromoBoard board;
    PromoSlotModel *feature = nullptr;
    PromoSlotModel *campaign = nullptr;

    explicit BoardOnFeature(const DatabasePtr &database)
    {
        board.setDatabase(database);
        board.show();
        board.setCurrentSlot(QStringLiteral("sidebar.feature"));
        feature = board.model(QStringLiteral("sidebar.feature"));
        campaign = board.model(QStringLiteral("sidebar.campaign"));
        REQUIRE(feature);
        REQUIRE(campaign);
    }
};

} // namespace

TEST_CASE("Move to Slot, Undo and Redo each persist both slots, numbered in order", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    const QStringList ids = addThree(portal.database);
    Promo other = promo(QStringLiteral("丁"), QStringLiteral("sidebar.campaign"));
    other.position = 1;
    const QString otherId = PromoStore(portal.database).create(other)->id;
    BoardOnFeature open(portal.database);
    PromoBoard &board = open.board;
    PromoSlotModel *feature = open.feature;
    PromoSlotModel *campaign = open.campaign;
    QAbstractItemModelTester featureTester(feature, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester campaignTester(campaign, QAbstractItemModelTester::FailureReportingMode::Fatal);
    using Places = QList<std::pair<QString, int>>;
    const Places featureBefore { { ids.at(0), 1 }, { ids.at(1), 2 }, { ids.at(2), 3 } };
    REQUIRE(storedPlaces(portal.database, QStringLiteral("sidebar.feature")) == featureBefore);

    board.view()->selectRow(0);
    board.moveToSlot(QStringLiteral("sidebar.campaign"));
    const Places featureAfter { { ids.at(1), 1 }, { ids.at(2), 2 } };
    const Places campaignAfter { { otherId, 1 }, { ids.at(0), 2 } };
    CHECK(storedPlaces(portal.database, QStringLiteral("sidebar.feature")) == featureAfter);
    CHECK(storedPlaces(portal.database, QStringLiteral("sidebar.campaign")) == campaignAfter);
    CHECK(campaign->order() == QStringList { otherId, ids.at(0) });
    CHECK(campaign->promo(ids.at(0))->position == 2); // the model holds what was stored

    QUndoStack *undo = board.undoStack(QStringLiteral("sidebar.feature"));
    REQUIRE(undo->count() == 1);
    undo->undo();
    CHECK(storedPlaces(portal.database, QStringLiteral("sidebar.feature")) == featureBefore);
    CHECK(storedPlaces(portal.database, QStringLiteral("sidebar.campaign")) == Places { { otherId, 1 } });
    CHECK(feature->order() == ids);
    undo->redo();
    CHECK(storedPlaces(portal.database, QStringLiteral("sidebar.feature")) == featureAfter);
    CHECK(storedPlaces(portal.database, QStringLiteral("sidebar.campaign")) == campaignAfter);
    CHECK(feature->order() == QStringList { ids.at(1), ids.at(2) });

    // Someone deletes the promo: Undo cannot bring it back, changes nothing and leaves no step.
    REQUIRE(PromoStore(portal.database).remove(ids.at(0)));
    undo->undo();
    CHECK(storedPlaces(portal.database, QStringLiteral("sidebar.feature")) == featureAfter);
    CHECK(storedPlaces(portal.database, QStringLiteral("sidebar.campaign")) == Places { { otherId, 1 } });
    CHECK(undo->count() == 0);
}

TEST_CASE("a move to another slot the database refuses changes neither slot", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    const QStringList ids = addThree(portal.database);
    BoardOnFeature open(portal.database);
    PromoBoard &board = open.board;
    PromoSlotModel *feature = open.feature;
    PromoSlotModel *campaign = open.campaign;
    QString failure;
    QObject::connect(feature, &PromoSlotModel::failed, [&](const QString &message) { failure = message; });
    // The last of the move's writes, renumbering the slot it leaves, fails.
    QSqlQuery trigger(QSqlDatabase::database(portal.database->connectionName()));
    REQUIRE(trigger.exec(QStringLiteral(
        "CREATE TRIGGER refuse_renumbering BEFORE UPDATE OF position ON promos"
        " WHEN NEW.slot = 'sidebar.feature' BEGIN SELECT RAISE(ABORT, 'no renumbering'); END")));

    board.view()->selectRow(1);
    board.moveToSlot(QStringLiteral("sidebar.campaign"));
    CHECK(failure.contains(u"no renumbering"));
    CHECK(feature->order() == ids);
    CHECK(campaign->rowCount() == 0);
    CHECK(storedTexts(portal.database)
        == QStringList { QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙") });
    CHECK(storedTexts(portal.database, QStringLiteral("sidebar.campaign")).isEmpty());
    CHECK(board.undoStack(QStringLiteral("sidebar.feature"))->count() == 0);
}
