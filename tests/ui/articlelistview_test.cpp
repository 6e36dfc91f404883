#include "core/store/articlestore.h"
#include "core/store/changewatch.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/articles/articlelistview.h"
#include "uitesting.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

struct Fixture
{
    Testing::TestPortal portal = Testing::seededPortal();
    ArticleListView view;
    QLineEdit *search = nullptr;
    QTableView *table = nullptr;

    Fixture()
    {
        ArticleStore store(portal.database);
        REQUIRE(store.create(Testing::article(QStringLiteral("恒指半日升 200 點"))));
        REQUIRE(store.create(Testing::article(QStringLiteral("HSI up 200 points"), Language::En)));
        REQUIRE(store.create(Testing::article(QStringLiteral("樓市觀察"), Language::ZhHantHK,
            ArticleStatus::Draft, QStringLiteral("opinion"))));
        view.resize(900, 500);
        view.setDatabase(portal.database);
        view.show();
        search = view.findChild<QLineEdit *>(QStringLiteral("searchField"));
        table = view.findChild<QTableView *>(QStringLiteral("articleTable"));
        REQUIRE(search);
        REQUIRE(table);
    }

    bool showsEmptyState() const
    {
        return view.findChild<QStackedWidget *>()->currentWidget()->objectName() == u"emptyState";
    }
};

} // namespace

TEST_CASE("typing in the search box filters the list after a short pause", "[ui]")
{
    Fixture f;
    REQUIRE(f.table->model()->rowCount() == 3);

    QTest::keyClicks(f.search, QStringLiteral("HSI"));
    CHECK(f.table->model()->rowCount() == 3); // not on every keystroke
    CHECK(Testing::waitFor([&] { return f.table->model()->rowCount() == 1; }));
    CHECK(f.table->model()->index(0, 0).data().toString() == u"HSI up 200 points");

    f.search->clear();
    CHECK(Testing::waitFor([&] { return f.table->model()->rowCount() == 3; }));

    // Chinese arrives from the input method as committed text.
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("樓市"));
    QCoreApplication::sendEvent(f.search, &typed);
    CHECK(f.search->text() == u"樓市");
    CHECK(Testing::waitFor([&] { return f.table->model()->rowCount() == 1; }));
    CHECK(f.table->model()->index(0, 0).data().toString() == u"樓市觀察");
}

TEST_CASE("the filter combos narrow the list at once", "[ui]")
{
    Fixture f;
    auto *status = f.view.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *section = f.view.findChild<QComboBox *>(QStringLiteral("sectionFilter"));
    auto *language = f.view.findChild<QComboBox *>(QStringLiteral("languageFilter"));
    REQUIRE(status);
    REQUIRE(section);
    REQUIRE(language);

    CHECK(section->count() == 3); // all, finance, opinion
    CHECK(section->itemText(1) == u"財經新聞 · Finance");

    status->setCurrentIndex(status->findData(int(ArticleStatus::Draft)));
    CHECK(f.table->model()->rowCount() == 1);
    status->setCurrentIndex(0);
    language->setCurrentIndex(language->findData(int(Language::En)));
    CHECK(f.table->model()->rowCount() == 1);
    section->setCurrentIndex(section->findData(QStringLiteral("opinion")));
    CHECK(f.table->model()->rowCount() == 0);
    CHECK(f.showsEmptyState());
    language->setCurrentIndex(0);
    CHECK(f.table->model()->rowCount() == 1);
    CHECK_FALSE(f.showsEmptyState());
}

TEST_CASE("the status filter lists what the Status column shows: a schedule whose time has come is Published",
    "[ui]")
{
    Fixture f; // two published stories and a draft
    Article due = Testing::article(QStringLiteral("到時發布"), Language::ZhHantHK, ArticleStatus::Scheduled);
    due.publishAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QString dueId = ArticleStore(f.portal.database).create(due)->id;
    Article ahead
        = Testing::article(QStringLiteral("稍後發布"), Language::ZhHantHK, ArticleStatus::Published);
    ahead.publishAt = QDateTime::currentDateTimeUtc().addSecs(3600); // stored as a schedule
    const QString aheadId = ArticleStore(f.portal.database).create(ahead)->id;
    REQUIRE(Testing::waitFor([&] { return f.table->model()->rowCount() == 5; }));

    auto *status = f.view.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    const auto listed = [&] {
        QStringList ids;
        for (int row = 0; row < f.table->model()->rowCount(); ++row)
            ids << f.table->model()->index(row, 0).data(ArticleListModel::ArticleIdRole).toString();
        return ids;
    };
    status->setCurrentIndex(status->findData(int(ArticleStatus::Published)));
    CHECK(listed().size() == 3);
    CHECK(listed().contains(dueId));
    CHECK_FALSE(listed().contains(aheadId));
    status->setCurrentIndex(status->findData(int(ArticleStatus::Scheduled)));
    CHECK(listed() == QStringList { aheadId });
    CHECK(f.table->model()
              ->index(0, ArticleListModel::StatusColumn)
              .data()
              .toString()
              .startsWith(u"Scheduled for"));
}

TEST_CASE("Enter or a double-click on an article reports which one", "[ui]")
{
    Fixture f;
    QSignalSpy activated(&f.view, &ArticleListView::articleActivated);
    const QModelIndex second = f.table->model()->index(1, 0);
    const QString id = second.data(ArticleListModel::ArticleIdRole).toString();

    f.table->setCurrentIndex(second);
    QTest::keyClick(f.table, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toString() == id);

    const QModelIndex first = f.table->model()->index(0, 0);
    const QPoint centre = f.table->visualRect(first).center();
    QTest::mouseClick(f.table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(f.table->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(0).toString() == first.data(ArticleListModel::ArticleIdRole).toString());
}

TEST_CASE("Down in the search box moves on to the first result", "[ui]")
{
    Fixture f;
    f.view.activateWindow();
    f.search->setFocus();
    REQUIRE(Testing::waitFor([&] { return f.search->hasFocus(); }));
    QTest::keyClick(f.search, Qt::Key_Down);
    CHECK(f.table->hasFocus());
    CHECK(f.table->currentIndex().row() == 0);
}

TEST_CASE("the chosen article stays chosen when the list reloads", "[ui]")
{
    Fixture f;
    const QModelIndex last = f.table->model()->index(2, 0);
    const QString id = last.data(ArticleListModel::ArticleIdRole).toString();
    f.table->setCurrentIndex(last);

    REQUIRE(ArticleStore(f.portal.database).create(Testing::article(QStringLiteral("新文章"))));
    REQUIRE(Testing::waitFor([&] { return f.table->model()->rowCount() == 4; }));
    CHECK(f.view.currentArticleId() == id);
}

TEST_CASE("with no database the list says what to do", "[ui]")
{
    ArticleListView view;
    view.show();
    QSignalSpy open(&view, &ArticleListView::openDatabaseRequested);
    CHECK(view.findChild<QStackedWidget *>()->currentWidget()->objectName() == u"emptyState");
    CHECK_FALSE(view.findChild<QLineEdit *>(QStringLiteral("searchField"))->isEnabled());
    const QList<QPushButton *> buttons
        = view.findChild<QStackedWidget *>()->currentWidget()->findChildren<QPushButton *>();
    REQUIRE(buttons.size() == 2);
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    CHECK(open.count() == 1);
}

TEST_CASE("a click on a column header sorts the list through the store", "[ui]")
{
    Fixture f;
    QHeaderView *header = f.table->horizontalHeader();
    const auto clickHeader = [&](int column) {
        const QPoint at(
            header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    const auto column = [&](int col) {
        QStringList cells;
        for (int row = 0; row < f.table->model()->rowCount(); ++row)
            cells.append(f.table->model()->index(row, col).data().toString());
        return cells;
    };
    CHECK(header->sortIndicatorSection() == ArticleListModel::UpdatedColumn);
    CHECK(column(0).first() == u"樓市觀察"); // newest change first

    clickHeader(ArticleListModel::HeadlineColumn);
    CHECK(header->sortIndicatorSection() == ArticleListModel::HeadlineColumn);
    CHECK(column(0)
        == QStringList { QStringLiteral("HSI up 200 points"), QStringLiteral("恒指半日升 200 點"),
            QStringLiteral("樓市觀察") });
    clickHeader(ArticleListModel::HeadlineColumn);
    CHECK(column(0)
        == QStringList { QStringLiteral("樓市觀察"), QStringLiteral("恒指半日升 200 點"),
            QStringLiteral("HSI up 200 points") });

    clickHeader(ArticleListModel::StatusColumn); // along the workflow: the draft first
    const QString draft = statusName(ArticleStatus::Draft);
    const QString published = statusName(ArticleStatus::Published);
    CHECK(column(ArticleListModel::StatusColumn) == QStringList { draft, published, published });

    clickHeader(ArticleListModel::SectionColumn); // the portal's section order: finance, then opinion
    CHECK(column(ArticleListModel::SectionColumn).last() == u"評論");
}

TEST_CASE("a colleague's new article and edit show in the list without losing the selection", "[ui][watch]")
{
    Fixture f;
    auto opened = Database::open(f.portal.database->address()); // the colleague's own connection
    REQUIRE(opened.has_value());
    ChangeWatch watch(f.portal.database);
    REQUIRE(watch.start().has_value());

    const auto headlineAt = [&](int row) {
        return f.table->model()->index(row, ArticleListModel::HeadlineColumn).data().toString();
    };
    int selected = -1;
    for (int row = 0; row < f.table->model()->rowCount(); ++row)
        selected = headlineAt(row) == u"樓市觀察" ? row : selected;
    REQUIRE(selected >= 0);
    f.table->selectRow(selected);

    QThread::msleep(5); // a later change time, so it sorts first
    REQUIRE(ArticleStore(*opened).create(Testing::article(QStringLiteral("同事的突發新聞"))).has_value());
    REQUIRE(Testing::waitFor([&] { return f.table->model()->rowCount() == 4; }));
    CHECK(headlineAt(0) == u"同事的突發新聞");
    const QModelIndexList rows = f.table->selectionModel()->selectedRows(ArticleListModel::HeadlineColumn);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().data().toString() == u"樓市觀察");
}
