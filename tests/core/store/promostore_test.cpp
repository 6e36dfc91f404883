#include "core/store/promostore.h"
#include "core/store/sql.h"
#include "storetesting.h"

#include <QMap>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {
Promo auctionPromo()
{
    Promo promo;
    promo.slot = QStringLiteral("sidebar.feature");
    promo.kicker = QStringLiteral("與拍賣官看藝術");
    promo.text = QStringLiteral("畢加索的市場潛能有多強？亞洲收藏家如何從新角度鑑賞？");
    promo.callToAction = QStringLiteral("► 即睇");
    promo.link = QStringLiteral("https://demo.example/art");
    promo.startsAt = QDateTime(QDate(2024, 11, 1), QTime(0, 0), QTimeZone::utc());
    promo.endsAt = QDateTime(QDate(2024, 12, 1), QTime(0, 0), QTimeZone::utc());
    return promo;
}
} // namespace

TEST_CASE("promos are stored per slot in order, with version checks", "[store]")
{
    auto portal = Testing::freshPortal();
    PromoStore store(portal.database);
    Promo first = store.create(auctionPromo()).value();
    Promo second = auctionPromo();
    second.text = QStringLiteral("第二條推廣");
    second.position = 2;
    second = store.create(second).value();
    CHECK(store.get(first.id).value() == first);

    REQUIRE(store.reorder(QStringLiteral("sidebar.feature"), { second.id, first.id }));
    auto list = store.list(QStringLiteral("sidebar.feature"));
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == second.id);

    Promo stale = first; // reorder bumped its version
    stale.text = QStringLiteral("改");
    auto refused = store.save(stale);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Conflict);

    Promo fresh = store.get(first.id).value();
    fresh.enabled = false;
    REQUIRE(store.save(fresh));
    CHECK_FALSE(store.get(first.id)->enabled);
    REQUIRE(store.remove(first.id));
    CHECK(store.list()->size() == 1);
}

TEST_CASE("promo validation names the field", "[store]")
{
    Promo promo = auctionPromo();
    promo.link = QStringLiteral("javascript:alert(1)");
    CHECK(validate(promo).first().field == u"link");
    promo.link = QStringLiteral("article:a-123");
    CHECK(validate(promo).isEmpty());
    promo.endsAt = promo.startsAt.addSecs(-60);
    CHECK(validate(promo).first().field == u"ends_at");

    Promo inside = auctionPromo();
    CHECK(isShowing(inside, QDateTime(QDate(2024, 11, 15), QTime(0, 0), QTimeZone::utc())));
    CHECK_FALSE(isShowing(inside, QDateTime(QDate(2024, 12, 2), QTime(0, 0), QTimeZone::utc())));
    inside.enabled = false;
    CHECK_FALSE(isShowing(inside, QDateTime(QDate(2024, 11, 15), QTime(0, 0), QTimeZone::utc())));
}

namespace {

QStringList slotOrder(PromoStore &store, const QString &slot)
{
    QStringList ids;
    const auto promos = store.list(slot);
    REQUIRE(promos);
    int position = 0;
    for (const Promo &promo : *promos) {
        CHECK(promo.position == ++position); // numbered 1..n, no gaps
        ids.append(promo.id);
    }
    return ids;
}

// A promo in each of `slotNames`, numbered 1..n per slot in that order; their ids.
QStringList placePromos(PromoStore &store, const QStringList &slotNames)
{
    QStringList ids;
    QMap<QString, QStringList> bySlot;
    for (const QString &slot : slotNames) {
        Promo promo = auctionPromo();
        promo.slot = slot;
        ids.append(store.create(promo).value().id);
        bySlot[slot].append(ids.constLast());
    }
    for (auto it = bySlot.cbegin(); it != bySlot.cend(); ++it)
        REQUIRE(store.reorder(it.key(), it.value()));
    return ids;
}

} // namespace

TEST_CASE("moving a promo to another slot renumbers both slots in one step", "[store]")
{
    auto portal = Testing::freshPortal();
    PromoStore store(portal.database);
    const QString feature = QStringLiteral("sidebar.feature");
    const QString campaign = QStringLiteral("sidebar.campaign");
    const QStringList ids = placePromos(store, { feature, feature, feature, campaign, campaign });

    const auto moved = store.moveToSlot(ids.at(1), feature, campaign, 1);
    REQUIRE(moved);
    CHECK(moved->slot == campaign);
    CHECK(moved->position == 2);
    CHECK(slotOrder(store, feature) == QStringList { ids.at(0), ids.at(2) });
    CHECK(slotOrder(store, campaign) == QStringList { ids.at(3), ids.at(1), ids.at(4) });

    // Out of range: the end of the slot.
    REQUIRE(store.moveToSlot(ids.at(0), feature, campaign, 99));
    CHECK(slotOrder(store, campaign).last() == ids.at(0));
    CHECK(slotOrder(store, feature) == QStringList { ids.at(2) });
}

TEST_CASE("a refused move to another slot leaves both slots as they were", "[sqlite][store]")
{
    auto portal = Testing::freshPortal();
    PromoStore store(portal.database);
    const QString feature = QStringLiteral("sidebar.feature");
    const QString campaign = QStringLiteral("sidebar.campaign");
    const QStringList ids = placePromos(store, { feature, feature, campaign });
    const QList<Promo> before = store.list().value();

    SECTION("the promo was moved away by someone else")
    {
        const auto refused = store.moveToSlot(ids.at(0), campaign, feature, 0);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Conflict);
    }
    SECTION("the promo was deleted")
    {
        REQUIRE(store.remove(ids.at(2)));
        const auto refused = store.moveToSlot(ids.at(2), campaign, feature, 0);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::NotFound);
        return;
    }
    SECTION("the database refuses the last write, renumbering the slot left")
    {
        // Fails only once the promo is in its new slot and that slot is renumbered.
        REQUIRE(Sql::run(Sql::connection(*portal.database),
            QStringLiteral(
                "CREATE TRIGGER refuse_renumbering BEFORE UPDATE OF position ON promos"
                " WHEN NEW.slot = 'sidebar.feature' BEGIN SELECT RAISE(ABORT, 'no renumbering'); END")));
        const auto refused = store.moveToSlot(ids.at(0), feature, campaign, 0);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"no renumbering"));
    }
    CHECK(store.list().value() == before);
    CHECK(slotOrder(store, feature) == ids.mid(0, 2));
    CHECK(slotOrder(store, campaign) == ids.mid(2, 1));
}

TEST_CASE("a promo keeps its own Simplified texts, each on its own", "[store]")
{
    auto portal = Testing::freshPortal();
    PromoStore store(portal.database);
    Promo promo = auctionPromo();
    promo.simplifiedOverride.callToAction = QStringLiteral("► 立即查看");
    promo = store.create(promo).value();
    CHECK(store.get(promo.id).value() == promo);
    CHECK(store.get(promo.id)->simplifiedOverride.callToAction == u"► 立即查看");
    CHECK(store.get(promo.id)->simplifiedOverride.text.isEmpty());

    promo.simplifiedOverride.text = QStringLiteral("毕加索的市场潜能有多强？");
    promo.simplifiedOverride.kicker = QStringLiteral("与拍卖官看艺术");
    promo = store.save(promo).value();
    CHECK(store.list(QStringLiteral("sidebar.feature"))->first() == promo);

    promo.simplifiedOverride = {}; // back to converting
    promo = store.save(promo).value();
    CHECK(store.get(promo.id)->simplifiedOverride.isEmpty());
}

TEST_CASE("only a zh-Hant-HK promo has its own Simplified texts", "[store]")
{
    Promo promo = auctionPromo();
    promo.simplifiedOverride.text = QStringLiteral("毕加索");
    CHECK(validate(promo).isEmpty());
    promo.language = Language::En;
    REQUIRE(validate(promo).size() == 1);
    CHECK(validate(promo).first().field == u"zh_hans_override");
    auto portal = Testing::freshPortal();
    auto refused = PromoStore(portal.database).create(promo);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == u"zh_hans_override");
}
