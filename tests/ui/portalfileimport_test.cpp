#include "core/installation.h"
#include "core/store/articlestore.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/portalfileimport.h"
#include "uitesting.h"

#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

using PortalDesk::Ui::Testing::TemporarySettings;

// The demo portal as a portal file, photos beside it as the format wants.
QString demoPortalFile(const QTemporaryDir &folder)
{
    const QString demo = Installation::dataPath(QStringLiteral("demo"));
    const QString file = folder.filePath(QStringLiteral("newsroom.portaldesk.json"));
    REQUIRE(QFile::copy(demo + QStringLiteral("/portal.json"), file));
    REQUIRE(QDir().mkpath(folder.filePath(QStringLiteral("photos"))));
    const QStringList photos = QDir(demo + QStringLiteral("/photos")).entryList(QDir::Files);
    for (const QString &photo : photos)
        REQUIRE(QFile::copy(
            demo + QStringLiteral("/photos/") + photo, folder.filePath(QStringLiteral("photos/")) + photo));
    return file;
}

bool waitForFinish(QSignalSpy &spy)
{
    return Testing::waitFor([&spy] { return !spy.isEmpty(); });
}

} // namespace

TEST_CASE("only *.portaldesk.json names a portal file", "[ui]")
{
    CHECK(PortalFileImport::isPortalFile(QStringLiteral("/tmp/desk.portaldesk.json")));
    CHECK(PortalFileImport::isPortalFile(QStringLiteral("Desk.PortalDesk.JSON")));
    CHECK_FALSE(PortalFileImport::isPortalFile(QStringLiteral("/tmp/portal.json")));
    CHECK_FALSE(PortalFileImport::isPortalFile(QStringLiteral("/tmp/portal.sqlite")));
}

TEST_CASE("a portal file opens as a new database holding its content", "[ui]")
{
    TemporarySettings settings;
    QTemporaryDir folder;
    const QString file = demoPortalFile(folder);
    const QString target = folder.filePath(QStringLiteral("newsroom.sqlite"));
    MainWindow window;
    QSignalSpy finished(window.portalFileImport(), &PortalFileImport::finished);
    window.portalFileImport()->load(file, target);
    REQUIRE(waitForFinish(finished));
    CHECK(finished.first().first().toBool());
    REQUIRE(window.database());
    CHECK(window.database()->address() == QFileInfo(target).absoluteFilePath());
    auto articles = ArticleStore(window.database()).count();
    REQUIRE(articles);
    CHECK(*articles >= 13);
}

TEST_CASE("a portal file is never loaded over an existing database", "[ui]")
{
    TemporarySettings settings;
    QTemporaryDir folder;
    const QString file = demoPortalFile(folder);
    const QString target = folder.filePath(QStringLiteral("kept.sqlite"));
    {
        QFile existing(target);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("the editor's own bytes");
    }
    MainWindow window;
    QSignalSpy finished(window.portalFileImport(), &PortalFileImport::finished);
    bool answered = false;
    QString said;
    Testing::answerModal(
        [&said](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            REQUIRE(box);
            said = box->text();
            box->accept();
        },
        &answered);
    window.portalFileImport()->load(file, target);
    REQUIRE(waitForFinish(finished));
    CHECK(answered);
    CHECK(said.contains(QStringLiteral("already exists")));
    CHECK_FALSE(finished.first().first().toBool());
    QFile kept(target);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "the editor's own bytes");
}

TEST_CASE("a broken portal file says why and leaves no database behind", "[ui]")
{
    TemporarySettings settings;
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("broken.portaldesk.json"));
    {
        QFile broken(file);
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"format": "portaldesk/1", "articles": [)");
    }
    const QString target = folder.filePath(QStringLiteral("broken.sqlite"));
    MainWindow window;
    QSignalSpy finished(window.portalFileImport(), &PortalFileImport::finished);
    QString said;
    Testing::answerModal([&said](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        said = box->text();
        box->accept();
    });
    window.portalFileImport()->load(file, target);
    REQUIRE(waitForFinish(finished));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(said.contains(QStringLiteral("broken.portaldesk.json could not be loaded")));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK_FALSE(window.database());
}

TEST_CASE("About names the version, the git revision and the database schema version", "[ui]")
{
    TemporarySettings settings;
    MainWindow window;
    const QString text = window.aboutText();
    CHECK(text.contains(QStringLiteral("PortalDesk ") + Installation::version()));
    CHECK(text.contains(QStringLiteral("Git revision ") + Installation::revision()));
    CHECK(text.contains(QStringLiteral("Database schema version %1").arg(Installation::schemaVersion())));
    CHECK(Installation::schemaVersion() >= 6);
}
