#include "core/store/articlestore.h"
#include "core/store/exportlock.h"
#include "ui/export/exportdialog.h"
#include "uitesting.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

using PortalDesk::Ui::Testing::TemporarySettings;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("the export dialog exports a small portal on a worker thread and sums it up", "[ui][export]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    Testing::addArticles(portal.database, 3);
    QTemporaryDir out;
    const QString bundle = out.filePath(QStringLiteral("bundle"));

    ExportDialog dialog(portal.database);
    dialog.setFolder(bundle);
    dialog.setIncremental(false);
    dialog.show();
    dialog.start();
    CHECK(dialog.isRunning()); // returned at once: the work is elsewhere
    bool succeeded = false;
    REQUIRE(Testing::waitForFinished(dialog, &succeeded));
    INFO(dialog.summary().toStdString());
    CHECK(succeeded);
    CHECK(dialog.summary().contains(QStringLiteral("pages written")));
    CHECK(QFile::exists(bundle + QStringLiteral("/index.html")));
    CHECK(QDir(dialog.bundleFolder()) == QDir(bundle));

    // Cancelled before any page is written: the previous bundle stays as it was.
    const QByteArray before = readAll(bundle + QStringLiteral("/manifest.json"));
    REQUIRE_FALSE(before.isEmpty());
    // Enough new pages that the export is still at work when Cancel comes.
    Testing::addArticles(portal.database, 300, QStringLiteral("新消息"));
    dialog.start();
    dialog.cancel();
    REQUIRE(Testing::waitForFinished(dialog, &succeeded));
    CHECK_FALSE(succeeded);
    CHECK(dialog.summary().contains(QStringLiteral("cancelled")));
    CHECK(readAll(bundle + QStringLiteral("/manifest.json")) == before);
}

TEST_CASE("the export dialog shows why an export failed", "[ui][export]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    QTemporaryDir out;
    ExportDialog dialog(portal.database);
    dialog.setFolder(out.filePath(QStringLiteral("bundle")));
    dialog.setThemeFolder(out.filePath(QStringLiteral("no-such-theme")));
    dialog.start();
    bool succeeded = true;
    REQUIRE(Testing::waitForFinished(dialog, &succeeded));
    CHECK_FALSE(succeeded);
    CHECK(dialog.summary().startsWith(QStringLiteral("The export failed: ")));
}

TEST_CASE("the export dialog says who else is exporting before anyone presses Export", "[ui][export]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    auto colleague = Database::open(portal.database->address());
    REQUIRE(colleague.has_value());
    auto taken = ExportLock::take(*colleague); // a colleague's export, running
    REQUIRE(taken.has_value());
    std::optional<ExportLock> held(std::move(*taken));

    ExportDialog dialog(portal.database);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("is already exporting this portal")));
    QPushButton *exportButton = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == u"Export")
            exportButton = button;
    }
    REQUIRE(exportButton);
    CHECK_FALSE(exportButton->isEnabled());

    held.reset(); // their export ends
    CHECK(Testing::waitFor([&] { return exportButton->isEnabled(); }));
    CHECK(status->text().isEmpty());
}
