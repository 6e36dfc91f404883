#include "core/store/articlestore.h"
#include "core/store/portalstore.h"
#include "ui/articles/articlelistmodel.h"
#include "uitesting.h"

#include <QAbstractItemModelTester>
#include <QThread>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

QString cell(const ArticleListModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("the article list model keeps the item model rules through loads, fetches and changes", "[ui]")
{
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 250);
    ArticleListModel model;
    model.setDatabase(portal.database);
    REQUIRE(model.rowCount() == 200);
    // Attached after the first load: Qt 6.4's tester runs its checks, fetchMore
    // included, from modelReset before it has marked the reset finished, so it
    // cannot watch a reset that leaves rows to fetch. It fetches the rest itself.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({}));

    ArticleFilter filter;
    filter.text = QStringLiteral("快訊 12");
    model.setFilter(filter);
    CHECK(model.rowCount() == 11); // 12 and 120–129

    REQUIRE(ArticleStore(portal.database).create(Testing::article(QStringLiteral("港股快訊 12 新"))));
    REQUIRE(Testing::waitFor([&] { return model.rowCount() == 12; }));

    model.setDatabase(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the article list loads 200 articles at a time", "[ui]")
{
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 450);
    ArticleListModel model;
    model.setDatabase(portal.database);

    CHECK(model.matchingCount() == 450);
    CHECK(model.rowCount() == 200);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    // Newest change first, as the store orders them.
    for (int row = 1; row < model.rowCount(); ++row) {
        const auto newer
            = model.summary(model.index(row - 1, 0).data(ArticleListModel::ArticleIdRole).toString());
        const auto older
            = model.summary(model.index(row, 0).data(ArticleListModel::ArticleIdRole).toString());
        REQUIRE((newer && older));
        REQUIRE(newer->updatedAt >= older->updatedAt);
    }
}

TEST_CASE("status, language, section and search filters narrow the article list", "[ui]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    REQUIRE(store.create(Testing::article(QStringLiteral("恒指半日升 200 點"))));
    REQUIRE(store.create(Testing::article(QStringLiteral("HSI up 200 points"), Language::En)));
    REQUIRE(store.create(Testing::article(
        QStringLiteral("樓市觀察"), Language::ZhHantHK, ArticleStatus::Draft, QStringLiteral("opinion"))));
    ArticleListModel model;
    model.setDatabase(portal.database);
    REQUIRE(model.rowCount() == 3);

    ArticleFilter filter;
    filter.status = ArticleStatus::Draft;
    model.setFilter(filter);
    CHECK(model.rowCount() == 1);
    CHECK(model.isFiltered());
    CHECK(model.matchingCount() == 1);
    CHECK(model.totalCount() == 3);

    filter = {};
    filter.language = Language::En;
    model.setFilter(filter);
    CHECK(model.rowCount() == 1);
    CHECK(cell(model, 0, ArticleListModel::HeadlineColumn) == u"HSI up 200 points");

    filter = {};
    filter.section = QStringLiteral("finance");
    model.setFilter(filter);
    CHECK(model.rowCount() == 2);

    filter = {};
    filter.text = QStringLiteral("200");
    model.setFilter(filter);
    CHECK(model.rowCount() == 2);

    filter.text = QStringLiteral("no such words");
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);

    model.setFilter({});
    CHECK(model.rowCount() == 3);
    CHECK_FALSE(model.isFiltered());
}

TEST_CASE("an article saved through the store shows at the top of the list", "[ui]")
{
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 3);
    ArticleListModel model;
    model.setDatabase(portal.database);
    REQUIRE(model.rowCount() == 3);

    ArticleStore store(portal.database);
    QThread::msleep(5); // a later change time than the three above, so it sorts first
    auto created = store.create(Testing::article(QStringLiteral("突發：颱風信號")));
    REQUIRE(created);
    REQUIRE(Testing::waitFor([&] { return model.rowCount() == 4; }));
    CHECK(model.index(0, 0).data(ArticleListModel::ArticleIdRole).toString() == created->id);
    CHECK(cell(model, 0, ArticleListModel::HeadlineColumn) == u"突發：颱風信號");

    Article edited = *created;
    edited.status = ArticleStatus::Archived;
    QThread::msleep(5);
    REQUIRE(store.save(edited));
    REQUIRE(Testing::waitFor([&] {
        return cell(model, 0, ArticleListModel::StatusColumn) == statusName(ArticleStatus::Archived);
    }));

    REQUIRE(store.remove(created->id));
    REQUIRE(Testing::waitFor([&] { return model.rowCount() == 3; }));
}

TEST_CASE("the article list names sections in the article's language and shows Hong Kong time", "[ui]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    REQUIRE(store.create(Testing::article(QStringLiteral("恒指半日升 200 點"))));
    REQUIRE(store.create(Testing::article(QStringLiteral("HSI up 200 points"), Language::En)));
    ArticleListModel model;
    model.setDatabase(portal.database);
    REQUIRE(model.rowCount() == 2);

    const int english = cell(model, 0, ArticleListModel::HeadlineColumn).startsWith(u"HSI") ? 0 : 1;
    const int chinese = 1 - english;
    CHECK(cell(model, english, ArticleListModel::SectionColumn) == u"Finance");
    CHECK(cell(model, english, ArticleListModel::LanguageColumn)
        == ArticleListModel::languageName(Language::En));
    CHECK(cell(model, chinese, ArticleListModel::SectionColumn) == u"財經新聞");
    CHECK(cell(model, chinese, ArticleListModel::StatusColumn) == statusName(ArticleStatus::Published));
    CHECK(cell(model, chinese, ArticleListModel::UpdatedByColumn) == u"chan.tai.man");

    const QDateTime lateUtc(QDate(2024, 11, 11), QTime(16, 30), QTimeZone::utc());
    CHECK(model.formatTime(lateUtc) == u"2024-11-12 00:30");
    const auto saved = model.summary(model.index(0, 0).data(ArticleListModel::ArticleIdRole).toString());
    REQUIRE(saved);
    CHECK(cell(model, 0, ArticleListModel::UpdatedColumn) == model.formatTime(saved->updatedAt));

    Portal settings = PortalStore(portal.database).get().value();
    settings.timeZone = QStringLiteral("Europe/London");
    REQUIRE(PortalStore(portal.database).put(settings));
    CHECK(model.formatTime(lateUtc) == u"2024-11-11 16:30");
}

TEST_CASE("sorting asks the store for the order and still loads one page", "[ui]")
{
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 450);
    ArticleStore store(portal.database);
    REQUIRE(
        store.create(Testing::article(QStringLiteral("banana futures"), Language::En, ArticleStatus::Draft)));
    REQUIRE(store.create(
        Testing::article(QStringLiteral("Apple results"), Language::En, ArticleStatus::Archived)));
    ArticleListModel model; // no tester: it cannot watch a reset that leaves rows to fetch (see above)
    model.setDatabase(portal.database);
    model.fetchMore({}); // the reader had scrolled down …

    model.sort(ArticleListModel::HeadlineColumn, Qt::AscendingOrder);
    CHECK(model.rowCount() == ArticleListModel::PageSize); // … and is back at the top, one page loaded
    CHECK(cell(model, 0, ArticleListModel::HeadlineColumn) == u"Apple results"); // case does not count
    CHECK(cell(model, 1, ArticleListModel::HeadlineColumn) == u"banana futures");

    model.sort(ArticleListModel::StatusColumn, Qt::DescendingOrder);
    CHECK(cell(model, 0, ArticleListModel::StatusColumn) == statusName(ArticleStatus::Archived));
    model.sort(ArticleListModel::LanguageColumn, Qt::DescendingOrder);
    CHECK(cell(model, 0, ArticleListModel::LanguageColumn) == ArticleListModel::languageName(Language::En));

    // Every row arrives exactly once across the pages of a sorted list.
    model.sort(ArticleListModel::HeadlineColumn, Qt::DescendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(ArticleListModel::ArticleIdRole).toString());
    CHECK(ids.size() == 452);
    CHECK(cell(model, 451, ArticleListModel::HeadlineColumn) == u"Apple results");
}

TEST_CASE("a sorted list scrolled down stays whole while articles are added, saved and deleted", "[ui]")
{
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 450);
    ArticleStore store(portal.database);
    ArticleListModel model;
    model.setDatabase(portal.database);
    model.sort(ArticleListModel::HeadlineColumn, Qt::DescendingOrder);
    model.fetchMore({});
    REQUIRE(model.rowCount() == 2 * ArticleListModel::PageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Above the loaded rows, among them, and below them.
    REQUIRE(store.create(
        Testing::article(QStringLiteral("滬指 頭條"), Language::ZhHantHK, ArticleStatus::Draft)));
    const QString gone = model.index(10, 0).data(ArticleListModel::ArticleIdRole).toString();
    REQUIRE(store.remove(gone));
    Article renamed = *store.get(model.index(20, 0).data(ArticleListModel::ArticleIdRole).toString());
    renamed.headline = QStringLiteral("AAA 改了標題");
    REQUIRE(store.save(renamed));
    REQUIRE(
        Testing::waitFor([&] { return cell(model, 0, ArticleListModel::HeadlineColumn) == u"滬指 頭條"; }));
    CHECK(model.matchingCount() == 450);
    while (model.canFetchMore({}))
        model.fetchMore({});

    QStringList listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed.append(model.index(row, 0).data(ArticleListModel::ArticleIdRole).toString());
    QStringList expected;
    const QList<ArticleSummary> stored = store.list({}, { ArticleOrder::Key::Headline, true }).value();
    for (const ArticleSummary &summary : stored)
        expected.append(summary.id);
    CHECK(listed == expected);
    CHECK_FALSE(listed.contains(gone));
    CHECK(listed.last() == renamed.id);
}
