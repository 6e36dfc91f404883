// Another client's changes reach this one's change signals: a second connection to the
// same portal stands for a colleague's PortalDesk. Runs on both engines.

#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/changewatch.h"
#include "core/store/probeoutcomes.h"
#include "storetesting.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace PortalDesk;

TEST_CASE("another editor's saves and section changes reach this editor's change signals", "[store][watch]")
{
    auto portal = Testing::seededPortal();
    auto opened = Database::open(portal.database->address());
    REQUIRE(opened.has_value());
    const DatabasePtr colleague = *opened;

    ChangeWatch watch(portal.database);
    REQUIRE(watch.start().has_value());
    QSignalSpy articles(portal.database.get(), &Database::articlesChanged);
    QSignalSpy categories(portal.database.get(), &Database::categoriesChanged);

    const Article created = ArticleStore(colleague).create(Testing::sampleArticle()).value();
    REQUIRE(articles.wait(5000));
    const QStringList ids = articles.takeFirst().first().toStringList();
    if (Testing::onPostgres())
        CHECK(ids == QStringList { created.id }); // the server says which
    else
        CHECK(ids.isEmpty()); // SQLite only knows that something changed

    Article edited = created;
    edited.headline = QStringLiteral("同事改了標題");
    REQUIRE(ArticleStore(colleague).save(edited).has_value());
    REQUIRE((articles.size() > 0 || articles.wait(5000)));

    REQUIRE(CategoryStore(colleague, CategoryStore::Kind::Sections)
                .put({ QStringLiteral("sport"), { { Language::En, QStringLiteral("Sport") } }, 3 }));
    REQUIRE((categories.size() > 0 || categories.wait(5000)));
}

TEST_CASE("this editor's own saves are not announced back to it a second time", "[store][watch]")
{
    auto portal = Testing::seededPortal();
    ChangeWatch watch(portal.database);
    REQUIRE(watch.start().has_value());
    QSignalSpy articles(portal.database.get(), &Database::articlesChanged);
    REQUIRE(ArticleStore(portal.database).create(Testing::sampleArticle()).has_value());
    CHECK(articles.size() == 1); // the store's own signal
    QTest::qWait(4 * ChangeWatch::PollMs);
    CHECK(articles.size() == 1);
}

TEST_CASE("probe outcomes pass between threads in order, and the newest survive a backlog", "[store][watch]")
{
    using ServerSocket::Probe;
    ServerSocket::Outcomes outcomes;
    CHECK(outcomes.take().empty());
    outcomes.put(Probe::Silent);
    outcomes.put(Probe::Answered);
    outcomes.put(Probe::Failed);
    CHECK(outcomes.take() == std::vector { Probe::Silent, Probe::Answered, Probe::Failed });
    CHECK(outcomes.take().empty());

    // A window that fell far behind gets the last Capacity outcomes, oldest first.
    std::vector<Probe> sent;
    for (int i = 0; i < ServerSocket::Outcomes::Capacity + 5; ++i) {
        sent.push_back(Probe(i % 3));
        outcomes.put(sent.back());
    }
    const std::vector<Probe> kept(sent.end() - ServerSocket::Outcomes::Capacity, sent.end());
    CHECK(outcomes.take() == kept);

    // One thread puts while another takes: every outcome arrives once, in order. The prober
    // stays within the capacity (as it does for a watch that keeps up) by looking at how
    // many were taken, so that no outcome is dropped however the two threads are scheduled.
    constexpr int total = 20000;
    std::atomic<int> takenSoFar = 0;
    std::thread prober([&outcomes, &takenSoFar] {
        for (int i = 0; i < total; ++i) {
            while (i - takenSoFar >= ServerSocket::Outcomes::Capacity)
                std::this_thread::yield();
            outcomes.put(Probe(i % 3));
        }
    });
    std::vector<Probe> received;
    while (int(received.size()) < total) {
        const auto taken = outcomes.take();
        received.insert(received.end(), taken.begin(), taken.end());
        takenSoFar = int(received.size());
        if (taken.empty())
            std::this_thread::yield();
    }
    prober.join();
    CHECK(outcomes.take().empty());
    REQUIRE(received.size() == std::size_t(total));
    bool inOrder = true;
    for (int i = 0; i < total; ++i)
        inOrder = inOrder && received[i] == Probe(i % 3);
    CHECK(inOrder);
}
