#include "core/store/articlestore.h"
#include "ui/articles/articleinfobox.h"
#include "ui/articles/articlelistmodel.h"
#include "uitesting.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

TEST_CASE("the article box shows an article's headline, section and status without editing", "[ui]")
{
    auto portal = Testing::seededPortal();
    auto created = ArticleStore(portal.database)
                       .create(Testing::article(QStringLiteral("樓市觀察：<b>加息</b>後點揀"),
                           Language::ZhHantHK, ArticleStatus::InReview, QStringLiteral("opinion")));
    REQUIRE(created);
    ArticleListModel model;
    model.setDatabase(portal.database);

    ArticleInfoBox box(model, created->id);
    CHECK(box.text() == created->headline);
    CHECK(box.textFormat() == Qt::PlainText); // a headline is never markup
    CHECK(box.informativeText().contains(QStringLiteral("評論")));
    CHECK(box.informativeText().contains(statusName(ArticleStatus::InReview)));
    CHECK(box.informativeText().contains(model.formatTime(created->updatedAt)));
    CHECK(box.buttons().size() == 1);

    ArticleInfoBox gone(model, QStringLiteral("no-such-id"));
    CHECK_FALSE(gone.text().isEmpty());
}
