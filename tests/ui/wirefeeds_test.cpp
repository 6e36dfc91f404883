// File ▸ Wire Feeds… (issue 18): a feed added, polled off the GUI thread, its items made
// drafts once, and its log shown.

#include "core/store/articlestore.h"
#include "ui/ingest/wirefeeds.h"
#include "uitesting.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

TEST_CASE("a feed is added, polled, and its items become drafts once", "[ui][ingest][feed]")
{
    Testing::TestPortal portal = Testing::seededPortal();
    const QString feed = QStringLiteral(PORTALDESK_FIXTURES_DIR "/feeds/gov-press-releases.xml");
    {
        WireFeedsDialog dialog(portal.database);
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("feedAddress"));
        REQUIRE(address);
        address->setText(feed);
        QMetaObject::invokeMethod(address, "returnPressed");
        CHECK(dialog.feeds() == QStringList { feed });

        QSignalSpy created(&dialog, &WireFeedsDialog::draftsCreated);
        QSignalSpy finished(&dialog, &WireFeedsDialog::pollFinished);
        dialog.pollNow();
        CHECK(dialog.isPolling());
        REQUIRE(Testing::waitFor([&] { return finished.count() == 1; }));
        REQUIRE(created.count() == 1);
        const QStringList ids = created.first().first().toStringList();
        REQUIRE(ids.size() == 2);
        const Article article = ArticleStore(portal.database).get(ids.first()).value();
        CHECK(article.headline == QStringLiteral("Fresh measures to support tourism announced"));
        CHECK(article.source == QStringLiteral("HKSAR Government"));

        auto *log = dialog.findChild<QTreeWidget *>(QStringLiteral("feedLog"));
        REQUIRE(log);
        CHECK(log->topLevelItemCount() == 2);

        dialog.pollNow(); // nothing new: both skipped
        REQUIRE(Testing::waitFor([&] { return finished.count() == 2; }));
        CHECK(created.count() == 1);
        CHECK(log->topLevelItemCount() == 4);
        CHECK(log->topLevelItem(0)->text(2).contains(QStringLiteral("taken before")));
    }
    // The feed and its log are remembered for the next time the dialog opens.
    WireFeedsDialog reopened(portal.database);
    CHECK(reopened.feeds() == QStringList { feed });
    CHECK(ArticleStore(portal.database).count().value() == 2);
}
