#include "core/store/promostore.h"
#include "storetesting.h"

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
