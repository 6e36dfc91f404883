#include "ui/editor/conflictdialog.h"
#include "uitesting.h"

#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

TEST_CASE("the conflict dialog lists only the differing fields and merges the picks", "[ui][editor]")
{
    Article mine = Testing::article(QStringLiteral("我的標題"));
    mine.body = QStringLiteral("我的內文");
    mine.kicker = QStringLiteral("快訊");
    Article theirs = mine;
    theirs.headline = QStringLiteral("他們的標題");
    theirs.body = QStringLiteral("他們的內文");
    theirs.version = 4;

    ConflictDialog dialog(mine, theirs, QTimeZone("Asia/Hong_Kong"), QStringLiteral("someone saved"));
    const auto *table = dialog.findChild<QTableWidget *>();
    REQUIRE(table);
    CHECK(table->rowCount() == 2); // headline and body
    CHECK(table->item(0, 0)->text() == u"Headline");
    CHECK(table->item(0, 1)->text() == u"我的標題");
    CHECK(table->item(0, 2)->text() == u"他們的標題");

    dialog.choose(ArticleField::Body, true);
    const Article merged = dialog.merged();
    CHECK(merged.headline == u"我的標題");
    CHECK(merged.body == u"他們的內文");
    CHECK(merged.kicker == u"快訊");
}
