// The preview dock follows what the editor looks at, and says when an edition has no page
// for the article instead of showing another language's (issue 15).
#include "core/store/articlestore.h"
#include "ui/preview/previewdock.h"
#include "uitesting.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QWebEnginePage>
#include <QWebEngineView>
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

TEST_CASE("a page too large for setHtml() is measured as the data: URL it would become", "[ui][preview]")
{
    CHECK(PreviewDock::fitsSetHtml(QByteArray(1'900'000, 'a')));
    CHECK(PreviewDock::fitsSetHtml(QString(QChar(0x5B57)).repeated(70'000).toUtf8())); // 630,000 encoded
    CHECK_FALSE(PreviewDock::fitsSetHtml(QString(QChar(0x5B57)).repeated(250'000).toUtf8()));
    CHECK_FALSE(PreviewDock::fitsSetHtml(QByteArray("<p>").repeated(300'000))); // 7 a tag
}

TEST_CASE("the preview shows an article of 300,000 Chinese characters", "[ui][preview]")
{
    // Before, a page under 1.5 million UTF-16 units went to setHtml(), whose data: URL
    // Chromium refused past 2 MiB: the preview stayed blank.
    auto portal = Testing::seededPortal();
    Article article = Testing::article(QStringLiteral("長文"));
    article.body = QStringLiteral("政府今日公布最新經濟數據，本港第三季本地生產總值按年實質上升。\n\n")
                       .repeated(10'000);
    article = *ArticleStore(portal.database).create(article);
    PreviewDock dock;
    dock.resize(600, 800);
    dock.setDatabase(portal.database);
    dock.show();
    dock.setListArticle(article.id);
    REQUIRE(Testing::waitFor([&] { return dock.findChild<QWebEngineView *>() != nullptr; }));
    QWebEnginePage *page = dock.findChild<QWebEngineView *>()->page();
    qsizetype shown = 0;
    bool asking = false;
    CHECK(Testing::waitFor(
        [&] {
            if (!asking) {
                asking = true;
                page->runJavaScript(QStringLiteral("document.body ? document.body.innerText.length : 0"),
                    [&](const QVariant &length) {
                        shown = length.toLongLong();
                        asking = false;
                    });
            }
            return shown > 300'000;
        },
        30'000));
}
