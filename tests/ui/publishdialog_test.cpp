#include "commandonpath.h"
#include "core/store/portalstore.h"
#include "ui/export/publishdialog.h"
#include "uitesting.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

using PortalDesk::Ui::Testing::TemporarySettings;

QString liveRelease(const QString &site)
{
    return QFileInfo(QFileInfo(site + QStringLiteral("/current")).symLinkTarget()).fileName();
}

// The exporter's bundle folders go to a cache folder of the test's own.
struct TemporaryCache
{
    QTemporaryDir folder;
    QByteArray before = qgetenv("XDG_CACHE_HOME");
    TemporaryCache() { qputenv("XDG_CACHE_HOME", folder.path().toUtf8()); }
    ~TemporaryCache()
    {
        if (before.isEmpty())
            qunsetenv("XDG_CACHE_HOME");
        else
            qputenv("XDG_CACHE_HOME", before);
    }
};

// A portal of a few articles and a web folder to publish it to, with the settings and the
// bundle cache of the test's own.
struct PublishFixture
{
    TemporarySettings settings;
    TemporaryCache cache;
    Testing::TestPortal portal = Testing::seededPortal();
    QTemporaryDir web;
    const QString site = web.filePath(QStringLiteral("news"));
};

// Publishes and waits for the end; true when the portal went live.
bool publishAndWait(PublishDialog &dialog)
{
    dialog.publish();
    bool succeeded = false;
    REQUIRE(Testing::waitForFinished(dialog, &succeeded));
    INFO(dialog.summary().toStdString());
    return succeeded;
}

} // namespace

TEST_CASE("Publish to Web Server exports, puts the portal live, saves the target and rolls back",
    "[ui][export][publish]")
{
    PublishFixture fixture;
    const auto &portal = fixture.portal;
    const QString &site = fixture.site;
    Testing::addArticles(portal.database, 3);

    PublishDialog dialog(portal.database);
    auto *saved = dialog.findChild<QComboBox *>(QStringLiteral("savedTargets"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    auto *last = dialog.findChild<QLabel *>(QStringLiteral("lastPublish"));
    REQUIRE(saved);
    CHECK(saved->count() == 1); // "New target…" alone
    dialog.show();

    // A mistake in the address is named, and nothing is saved or started.
    dialog.setTarget(QStringLiteral("staging"), QStringLiteral("web1:-rf"), 3);
    dialog.publish();
    CHECK_FALSE(dialog.isRunning());
    CHECK(status->text().contains(u"web1:-rf"));
    CHECK(PortalStore(portal.database).get()->publishTargets.isEmpty());

    dialog.setTarget(QStringLiteral("staging"), site, 3);
    dialog.publish();
    CHECK(dialog.isRunning()); // returned at once: the work is elsewhere
    bool succeeded = false;
    REQUIRE(Testing::waitForFinished(dialog, &succeeded));
    INFO(dialog.summary().toStdString());
    REQUIRE(succeeded);
    const QString first = liveRelease(site);
    CHECK(dialog.summary().contains(QStringLiteral("release %1 is live").arg(first)));
    CHECK(QFileInfo::exists(site + QStringLiteral("/current/manifest.json")));
    CHECK(last->text().startsWith(u"Last: "));
    // Saved with the portal, for everyone, and offered first next time.
    const QList<PublishDestination> kept = PortalStore(portal.database).get()->publishTargets;
    REQUIRE(kept.size() == 1);
    CHECK(kept.first() == PublishDestination { QStringLiteral("staging"), site, 3 });
    CHECK(saved->count() == 2);

    Testing::addArticles(portal.database, 1, QStringLiteral("新稿"));
    dialog.publish();
    REQUIRE(Testing::waitForFinished(dialog, &succeeded));
    REQUIRE(succeeded);
    const QString second = liveRelease(site);
    CHECK(second != first);

    // Roll Back asks first; No changes nothing, Yes puts the earlier release back.
    bool answered = false;
    auto answer = [](QMessageBox::StandardButton which) {
        return [which](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            REQUIRE(box);
            box->button(which)->click();
        };
    };
    Testing::answerModal(answer(QMessageBox::No), &answered);
    dialog.rollBack();
    CHECK(answered);
    CHECK_FALSE(dialog.isRunning());
    CHECK(liveRelease(site) == second);
    Testing::answerModal(answer(QMessageBox::Yes), &answered);
    dialog.rollBack();
    REQUIRE(Testing::waitForFinished(dialog, &succeeded));
    REQUIRE(succeeded);
    CHECK(liveRelease(site) == first);
    CHECK(dialog.summary().contains(QStringLiteral("release %1 is live again (was %2)").arg(first, second)));

    // A new dialog offers the saved target and says how the last publish ended.
    PublishDialog again(portal.database);
    CHECK(again.targetName() == u"staging");
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("targetAddress"))->text() == site);
    CHECK(again.findChild<QLabel *>(QStringLiteral("lastPublish"))->text() == last->text());
}

TEST_CASE("Esc during a rollback says the switch goes on, and closes the dialog once it is done",
    "[ui][export][publish]")
{
    PublishFixture fixture;
    const auto &portal = fixture.portal;
    const QString &site = fixture.site;
    Testing::addArticles(portal.database, 2);
    PublishDialog dialog(portal.database);
    dialog.show();
    dialog.setTarget(QStringLiteral("staging"), site, 3);
    REQUIRE(publishAndWait(dialog));
    const QString first = liveRelease(site);
    Testing::addArticles(portal.database, 1, QStringLiteral("新稿"));
    REQUIRE(publishAndWait(dialog));

    // The switch replaces `current` with mv: a slow one first on PATH keeps it running a while.
    const TestCommands::CommandOnPath slowMv(
        fixture.web.filePath(QStringLiteral("tools")), QStringLiteral("mv"), 1);

    bool answered = false;
    Testing::answerModal(
        [](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            REQUIRE(box);
            box->button(QMessageBox::Yes)->click();
        },
        &answered);
    dialog.rollBack();
    REQUIRE(dialog.isRunning());
    dialog.reject(); // Esc
    CHECK(dialog.isRunning());
    CHECK(dialog.isVisible());
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    CHECK(status->text().contains(u"cannot be stopped halfway"));
    bool succeeded = false;
    REQUIRE(Testing::waitForFinished(dialog, &succeeded));
    CHECK(succeeded);
    CHECK(liveRelease(site) == first);
    CHECK_FALSE(dialog.isVisible()); // closed, as asked, once the switch was done
}
