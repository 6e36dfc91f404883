#include "ui/editor/conflictdialog.h"
#include "uitesting.h"

#include <QPushButton>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

TEST_CASE("the conflict dialog lists only true conflicts, with the version both started from", "[ui][editor]")
{
    Article base = Testing::article(QStringLiteral("原來的標題"));
    base.body = QStringLiteral("第一段。\n\n第二段。\n\n第三段。");
    base.version = 3;
    Article mine = base;
    mine.headline = QStringLiteral("我的標題");
    mine.kicker = QStringLiteral("快訊");
    mine.body = QStringLiteral("第一段，我改了。\n\n第二段，我也改了。\n\n第三段。");
    Article theirs = base;
    theirs.headline = QStringLiteral("他們的標題");
    theirs.body = QStringLiteral("第一段。\n\n第二段，他們改了。\n\n第三段，他們改了。");
    theirs.version = 4;
    const ArticleMerge merge = mergeArticles(base, mine, theirs);

    ConflictDialog dialog(merge, base, QTimeZone("Asia/Hong_Kong"), QStringLiteral("someone saved"));
    const auto *table = dialog.findChild<QTableWidget *>();
    REQUIRE(table);
    REQUIRE(dialog.conflictCount() == 2); // the headline and the second paragraph; the kicker is settled
    CHECK(table->item(0, 0)->text() == u"Headline");
    CHECK(table->item(0, 1)->text() == u"原來的標題");
    CHECK(table->item(0, 2)->text() == u"我的標題");
    CHECK(table->item(0, 3)->text() == u"他們的標題");
    CHECK(table->item(1, 0)->text() == u"Body, paragraph 2");
    CHECK(table->item(1, 1)->text() == u"第二段。");

    // Nothing is picked for the editor: Save Merge waits for every choice.
    QPushButton *save = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        save = button->text() == u"Save Merge" ? button : save;
    REQUIRE(save);
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(dialog.resolved().has_value());
    dialog.choose(0, ConflictDialog::Pick::Theirs);
    CHECK_FALSE(save->isEnabled());
    dialog.choose(1, ConflictDialog::Pick::Both);
    CHECK(save->isEnabled());

    const auto merged = dialog.resolved();
    REQUIRE(merged.has_value());
    CHECK(merged->headline == u"他們的標題");
    CHECK(merged->kicker == u"快訊");
    CHECK(merged->body
        == u"第一段，我改了。\n\n第二段，我也改了。\n\n第二段，他們改了。\n\n第三段，他們改了。");
    CHECK(merged->version == 4);
}
