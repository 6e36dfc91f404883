#include "core/store/articlelisting.h"
#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/sql.h"
#include "storetesting.h"

#include <QSet>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using Key = ArticleOrder::Key;

namespace {

const QList<Key> allKeys { Key::Updated, Key::Headline, Key::Section, Key::Language, Key::Status,
    Key::UpdatedBy };

QString keyName(Key key)
{
    switch (key) {
    case Key::Updated:
        return QStringLiteral("updated");
    case Key::Headline:
        return QStringLiteral("headline");
    case Key::Section:
        return QStringLiteral("section");
    case Key::Language:
        return QStringLiteral("language");
    case Key::Status:
        return QStringLiteral("status");
    case Key::UpdatedBy:
        return QStringLiteral("author");
    }
    return {};
}

// 61 articles with many equal sort keys, equal change times among them, and
// headlines and authors differing only in case, so every tie rule is walked.
void addVariedArticles(const DatabasePtr &database)
{
    ArticleStore store(database);
    const QStringList headlines { QStringLiteral("Alpha rally"), QStringLiteral("alpha rally"),
        QStringLiteral("Beta"), QStringLiteral("港股半日升"), QStringLiteral("恒指收市"),
        QStringLiteral("zeta") };
    const QStringList sections { QStringLiteral("finance"), QStringLiteral("opinion"), QString() };
    const QStringList authors { QStringLiteral("Chan"), QStringLiteral("chan"), QStringLiteral("wong"),
        QStringLiteral("") };
    const QSqlDatabase db = Sql::connection(*database);
    for (int i = 0; i < 61; ++i) {
        Article article = Testing::sampleArticle(headlines.at(i % headlines.size()));
        article.section = sections.at(i % sections.size());
        article.slug = QStringLiteral("story-%1").arg(i);
        article.translationGroup.clear();
        const auto created = store.create(article);
        REQUIRE(created);
        const QString time = QStringLiteral("2024-11-%1T08:00:00.000Z").arg(10 + i % 4);
        const auto changed = Sql::run(db,
            QStringLiteral(
                "UPDATE articles SET language = ?, status = ?, updated_by = ?, updated_at = ? WHERE id = ?"),
            { languageTag(allLanguages().at(i % 3)), statusKey(allStatuses().at(i % 5)),
                authors.at(i % authors.size()), time, created->id });
        INFO((changed ? QString() : changed.error().text()).toStdString());
        REQUIRE(changed);
    }
}

// What the row is sorted by, computed here rather than by the database.
QVariant sortValue(const ArticleSummary &row, Key key)
{
    static const QHash<QString, int> sectionPositions { { QString(), -1 }, { QStringLiteral("finance"), 1 },
        { QStringLiteral("opinion"), 2 } };
    switch (key) {
    case Key::Updated:
        return {};
    case Key::Headline:
        return row.headline.toLower();
    case Key::UpdatedBy:
        return row.updatedBy.toLower();
    case Key::Section:
        return sectionPositions.value(row.section);
    case Key::Language:
        return int(allLanguages().indexOf(row.language));
    case Key::Status:
        return int(allStatuses().indexOf(row.status));
    }
    return {};
}

// <0 when `a` belongs before `b` in `order`.
int compareRows(const ArticleSummary &a, const ArticleSummary &b, const ArticleOrder &order)
{
    const bool byUpdate = order.key == Key::Updated;
    if (!byUpdate) {
        const int keys
            = QVariant::compare(sortValue(a, order.key), sortValue(b, order.key)) == QPartialOrdering::Less
            ? -1
            : (sortValue(a, order.key) == sortValue(b, order.key) ? 0 : 1);
        if (keys != 0)
            return order.descending ? -keys : keys;
    }
    const bool oldestFirst = byUpdate && !order.descending;
    if (a.updatedAt != b.updatedAt)
        return (a.updatedAt < b.updatedAt) == oldestFirst ? -1 : 1;
    if (a.id == b.id)
        return 0;
    return (a.id < b.id) == !oldestFirst ? -1 : 1;
}

QList<ArticleSummary> allPages(
    const ArticleStore &store, const ArticleFilter &filter, const ArticleOrder &order, int size)
{
    QList<ArticleSummary> rows;
    std::optional<ArticleCursor> after;
    for (int pages = 0; pages < 1000; ++pages) {
        const auto page = store.page(filter, order, after, size);
        REQUIRE(page);
        if (page->rows.isEmpty())
            break;
        CHECK(page->rows.size() <= size);
        rows += page->rows;
        after = page->last;
    }
    return rows;
}

QStringList idsOf(const QList<ArticleSummary> &rows)
{
    QStringList ids;
    for (const ArticleSummary &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

TEST_CASE("paging through the article list in every order gives each article once, in order", "[store]")
{
    auto portal = Testing::seededPortal();
    addVariedArticles(portal.database);
    ArticleStore store(portal.database);
    const int total = store.count().value();
    REQUIRE(total == 61);

    for (const Key key : allKeys) {
        for (const bool descending : { false, true }) {
            const ArticleOrder order { key, descending };
            INFO(keyName(key).toStdString() << (descending ? " descending" : " ascending"));
            const QList<ArticleSummary> paged = allPages(store, {}, order, 7);
            const QStringList ids = idsOf(paged);
            CHECK(ids.size() == total);
            CHECK(QSet<QString>(ids.begin(), ids.end()).size() == total);
            for (qsizetype i = 1; i < paged.size(); ++i) {
                INFO("rows " << i - 1 << " and " << i);
                CHECK(compareRows(paged.at(i - 1), paged.at(i), order) < 0);
            }
            // The same rows as one query for the whole list, and as a page of any size.
            CHECK(idsOf(store.list({}, order).value()) == ids);
            CHECK(idsOf(allPages(store, {}, order, 1)) == ids);

            ArticleFilter english;
            english.language = Language::En;
            const QStringList filtered = idsOf(allPages(store, english, order, 4));
            CHECK(filtered.size() == store.count(english).value());
            CHECK(filtered == idsOf(store.list(english, order).value()));

            // Typed into the search box: the search's own bindings come before the seek's.
            ArticleFilter searched;
            searched.text = QStringLiteral("alpha");
            searched.status = ArticleStatus::Draft;
            const QStringList found = idsOf(allPages(store, searched, order, 2));
            CHECK(found.size() == 5); // more than a page of 2
            CHECK(store.count(searched).value() == 5);
            CHECK(found == idsOf(store.list(searched, order).value()));
        }
    }
}

TEST_CASE("a page after a cursor starts right after that row, whatever changed above it", "[store]")
{
    auto portal = Testing::seededPortal();
    addVariedArticles(portal.database);
    ArticleStore store(portal.database);
    const ArticleOrder byHeadline { Key::Headline, false };
    const auto first = store.page({}, byHeadline, std::nullopt, 10);
    REQUIRE(first);
    const QStringList before = idsOf(store.list({}, byHeadline).value());

    // A new article at the top and one of the first page gone: the next page does not shift.
    Article early = Testing::sampleArticle(QStringLiteral("AAA first of all"));
    early.slug = QStringLiteral("early");
    REQUIRE(store.create(early));
    REQUIRE(store.remove(first->rows.at(3).id));
    const auto second = store.page({}, byHeadline, first->last, 10);
    REQUIRE(second);
    CHECK(idsOf(second->rows) == before.mid(10, 10));
}

TEST_CASE("every order of the article list, filtered or not, reads an index, never a sort of its own",
    "[sqlite][store]")
{
    using ArticleListing::Part;
    auto portal = Testing::seededPortal();
    addVariedArticles(portal.database);
    const QSqlDatabase db = Sql::connection(*portal.database);
    ArticleFilter published;
    published.status = ArticleStatus::Published;
    ArticleFilter english;
    english.language = Language::En;
    for (const Key key : allKeys) {
        for (const bool descending : { false, true }) {
            for (const ArticleFilter &filter : { ArticleFilter {}, published, english }) {
                const ArticleOrder order { key, descending };
                QVariantList bindings;
                const auto where
                    = ArticleListing::where(portal.database, filter, bindings, ArticleListing::Use::Listing);
                REQUIRE(where);
                const ArticleCursor cursor { key == Key::Headline || key == Key::UpdatedBy
                        ? QVariant(QStringLiteral("beta"))
                        : QVariant(1),
                    QStringLiteral("2024-11-11T08:00:00.000Z"), QStringLiteral("m") };
                for (const Part part : { Part::FromTop, Part::SameKey, Part::LaterKeys }) {
                    if (key == Key::Updated && part == Part::LaterKeys)
                        continue; // the update order needs no second part
                    INFO(keyName(key).toStdString()
                        << (descending ? " descending" : " ascending") << ", part " << int(part) << ", where"
                        << where->toStdString());
                    QVariantList all = bindings;
                    all += ArticleListing::seekBindings(order, cursor, part);
                    all << 200;
                    auto plan = Sql::run(db,
                        QStringLiteral("EXPLAIN QUERY PLAN ") + ArticleListing::query(order, *where, part),
                        all);
                    REQUIRE(plan);
                    QStringList steps;
                    while (plan->next())
                        steps.append(plan->value(3).toString());
                    INFO(steps.join(QStringLiteral(" | ")).toStdString());
                    CHECK(steps.filter(QStringLiteral("USE TEMP B-TREE")).isEmpty());
                    CHECK_FALSE(steps.filter(QStringLiteral("USING INDEX")).isEmpty());
                }
            }
        }
    }
}

TEST_CASE("reordering sections reorders the article list sorted by section", "[store]")
{
    auto portal = Testing::seededPortal(); // finance 1, opinion 2
    ArticleStore store(portal.database);
    Article finance = Testing::sampleArticle(QStringLiteral("財經"));
    finance.slug = QStringLiteral("finance-story");
    Article opinion = Testing::sampleArticle(QStringLiteral("評論"));
    opinion.section = QStringLiteral("opinion");
    opinion.slug = QStringLiteral("opinion-story");
    Article none = Testing::sampleArticle(QStringLiteral("未分類"));
    none.section.clear();
    none.slug = QStringLiteral("no-section");
    const QString financeId = store.create(finance)->id;
    const QString opinionId = store.create(opinion)->id;
    const QString noneId = store.create(none)->id;
    const ArticleOrder bySection { Key::Section, false };
    CHECK(idsOf(store.page({}, bySection, std::nullopt, 10)->rows)
        == QStringList { noneId, financeId, opinionId });

    REQUIRE(CategoryStore(portal.database, CategoryStore::Kind::Sections)
                .reorder({ QStringLiteral("opinion"), QStringLiteral("finance") }));
    CHECK(idsOf(store.page({}, bySection, std::nullopt, 10)->rows)
        == QStringList { noneId, opinionId, financeId });
    REQUIRE(CategoryStore(portal.database, CategoryStore::Kind::Sections)
                .put({ QStringLiteral("finance"), { { Language::En, QStringLiteral("Finance") } }, 0 }));
    CHECK(idsOf(store.page({}, bySection, std::nullopt, 10)->rows)
        == QStringList { noneId, financeId, opinionId });

    // An article moved to another section takes that section's place.
    Article moved = *store.get(financeId);
    moved.section = QStringLiteral("opinion");
    REQUIRE(store.save(moved));
    CHECK(idsOf(store.page({}, { Key::Section, true }, std::nullopt, 10)->rows).first() == financeId);
}

TEST_CASE("the status filter follows the state editors see, not the stored key", "[store]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto make = [&](const QString &headline, ArticleStatus status, const QDateTime &publishAt) {
        Article article = Testing::sampleArticle(headline);
        article.slug.clear();
        article.status = status;
        article.publishAt = publishAt;
        return store.create(article).value().id;
    };
    const QString live = make(QStringLiteral("Live"), ArticleStatus::Published, now.addSecs(-3600));
    const QString liveNoTime = make(QStringLiteral("Live, no time"), ArticleStatus::Published, {});
    const QString ahead = make(QStringLiteral("Ahead"), ArticleStatus::Scheduled, now.addSecs(3600));
    const QString passed = make(QStringLiteral("Passed"), ArticleStatus::Scheduled, now.addSecs(-60));
    const QString draft = make(QStringLiteral("Draft"), ArticleStatus::Draft, now.addSecs(3600));
    // Stored as published with its time still ahead (an import, or an older PortalDesk).
    const QString storedAhead = make(QStringLiteral("Stored ahead"), ArticleStatus::Published, {});
    REQUIRE(Sql::run(Sql::connection(*portal.database),
        QStringLiteral("UPDATE articles SET publish_at = ? WHERE id = ?"),
        { Sql::fromTime(now.addSecs(7200)), storedAhead }));

    const auto ids = [&](ArticleStatus status) {
        ArticleFilter filter;
        filter.status = status;
        QStringList found;
        const QList<ArticleSummary> rows = store.list(filter).value();
        for (const ArticleSummary &row : rows)
            found << row.id;
        found.sort();
        CHECK(store.count(filter).value() == found.size());
        return found;
    };
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    CHECK(ids(ArticleStatus::Published) == sorted({ live, liveNoTime, passed }));
    CHECK(ids(ArticleStatus::Scheduled) == sorted({ ahead, storedAhead }));
    CHECK(ids(ArticleStatus::Draft) == QStringList { draft });

    ArticleFilter later;
    later.status = ArticleStatus::Published;
    later.moment = now.addSecs(3 * 3600); // once every time has come
    CHECK(store.count(later).value() == 5);
}
