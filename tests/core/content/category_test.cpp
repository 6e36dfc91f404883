#include "core/content/category.h"
#include "core/content/portal.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("sections need a safe key and a name", "[content]")
{
    CHECK(validate(
        Category { QStringLiteral("finance"), { { Language::ZhHantHK, QStringLiteral("財經新聞") } }, 1 })
              .isEmpty());
    CHECK(validate(
              Category { QStringLiteral("財經"), { { Language::ZhHantHK, QStringLiteral("財經新聞") } }, 1 })
              .first()
              .field
        == u"key");
    CHECK(validate(Category { QStringLiteral("finance"), { { Language::En, QStringLiteral(" ") } }, 1 })
              .first()
              .field
        == u"names");
}

TEST_CASE("portal time zone falls back to Hong Kong", "[content]")
{
    Portal portal;
    CHECK(portal.zone().id() == "Asia/Hong_Kong");
    portal.timeZone = QStringLiteral("Nowhere/Else");
    CHECK(portal.zone().id() == "Asia/Hong_Kong");
    CHECK(validate(portal).first().field == u"time_zone");
}
