// The preview dock follows what the editor looks at, and says when an edition has no page
// for the article instead of showing another language's (issue 15).
#include "core/store/articlestore.h"
#include "ui/preview/previewdock.h"
#include "uitesting.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

QAction *editionButton(PreviewDock &dock, const QString &text)
{
    for (QAction *action : dock.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("with the list in front, the preview follows the chosen article", "[ui][preview]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    const Article first = *store.create(Testing::article(QStringLiteral("港股收市")));
    const Article second = *store.create(Testing::article(QStringLiteral("恒指高開")));
    PreviewDock dock;
    dock.setDatabase(portal.database);
    dock.show();
    dock.setListArticle(first.id);
    CHECK(Testing::waitFor([&] { return dock.requestedArticle() == first.id; }));
    dock.setListArticle(second.id);
    CHECK(Testing::waitFor([&] { return dock.requestedArticle() == second.id; }));
}

TEST_CASE("EN on a Chinese article with no English partner says so", "[ui][preview]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    Article chinese = Testing::article(QStringLiteral("港股收市"));
    chinese.translationGroup = QStringLiteral("story-1");
    chinese = *store.create(chinese);
    PreviewDock dock;
    dock.setDatabase(portal.database);
    dock.show();
    dock.setListArticle(chinese.id);
    QAction *english = editionButton(dock, QStringLiteral("EN"));
    REQUIRE(english);
    english->trigger();
    auto *message = dock.findChild<QLabel *>(QStringLiteral("previewMessage"));
    REQUIRE(message);
    CHECK(Testing::waitFor([&] { return message->isVisible(); }));
    CHECK(message->text().startsWith(u"“港股收市” has no English version yet."));
    CHECK(dock.requestedArticle().isEmpty());

    // With a partner, EN shows the pair's page.
    Article partner = Testing::article(QStringLiteral("HSI closes"), Language::En);
    partner.translationGroup = QStringLiteral("story-1");
    REQUIRE(store.create(partner).has_value());
    english->trigger();
    CHECK(Testing::waitFor([&] { return dock.requestedArticle() == chinese.id; }));
}
