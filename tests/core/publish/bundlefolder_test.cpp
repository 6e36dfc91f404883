// A bundle folder whose manifest was written by hand or by an attacker (found by
// tests/fuzz/bundle_fuzz.cpp): its paths outside the bundle, and a folder it lists as a
// file, never reach the update's journal, so the update commits and the next one runs.

#include "core/content/rules.h"
#include "core/publish/bundlefolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

void put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("a hostile manifest cannot leave an update half-committed or reach outside", "[publish]")
{
    QTemporaryDir folder;
    const QDir sandbox(folder.path());
    const QString bundle = sandbox.filePath(QStringLiteral("bundle"));
    put(sandbox.filePath(QStringLiteral("outside.txt")), "not the bundle's");
    put(bundle + QStringLiteral("/index.html"), "<p>front page</p>");
    put(bundle + QStringLiteral("/en/a.html"), "<p>a</p>");
    put(bundle + QStringLiteral("/manifest.json"),
        R"({"format": "portaldesk-bundle/1", "files": {"../outside.txt": {"sha256": "x", "size": 16},
            "/etc/hostname": {"size": 1}, "en": {"size": 1}, "index.html": {"sha256": "y", "size": 17}}})");

    for (int run = 0; run < 2; ++run) {
        auto update = BundleFolder::open(bundle, BundleFolder::Mode::Update);
        REQUIRE(update.has_value());
        REQUIRE(update->write(QStringLiteral("index.html"), "<p>new front page</p>").has_value());
        const auto committed = update->commit(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        INFO((committed ? QString() : committed.error().message).toStdString());
        REQUIRE(committed.has_value());
    }
    CHECK(QFile::exists(sandbox.filePath(QStringLiteral("outside.txt"))));
    CHECK(QFileInfo(bundle + QStringLiteral("/en/a.html")).isFile());
    CHECK(sandbox.entryList({ QStringLiteral(".bundle.portaldesk-commit-*") }, QDir::Dirs | QDir::Hidden)
              .isEmpty());
}

TEST_CASE(
    "a manifest's over-long names and repeated paths neither stop an update nor delete a page", "[publish]")
{
    QTemporaryDir folder;
    const QDir sandbox(folder.path());
    const QString bundle = sandbox.filePath(QStringLiteral("bundle"));
    put(bundle + QStringLiteral("/index.html"), "<p>front page</p>");
    put(bundle + QStringLiteral("/en/a.html"), "<p>a</p>");
    // Our own layout (the fast reader): 120 bytes that are not UTF-8 become 120 U+FFFD, a name
    // of 360 bytes that no file system holds; and en/a.html is listed twice.
    const QByteArray longName = "ind" + QByteArray(120, '\xff') + "x.html";
    put(bundle + QStringLiteral("/manifest.json"),
        "{\n    \"format\": \"portaldesk-bundle/1\",\n    \"exported_at\": \"2026-01-01T00:00:00Z\",\n"
        "    \"files\": {\n"
        "        \"en/a.html\": { \"sha256\": \"11\", \"size\": 8 },\n"
        "        \"en/a.html\": { \"sha256\": \"12\", \"size\": 8 },\n"
        "        \""
            + longName
            + "\": { \"sha256\": \"22\", \"size\": 1 }\n"
              "    }\n}\n");
    CHECK_FALSE(Rules::isSafeRelativePath(QString::fromUtf8(longName)));

    for (int run = 0; run < 2; ++run) {
        auto update = BundleFolder::open(bundle, BundleFolder::Mode::Update);
        REQUIRE(update.has_value());
        update->keep(QStringLiteral("en/a.html"));
        REQUIRE(update->write(QStringLiteral("index.html"), "<p>new front page</p>").has_value());
        const auto committed = update->commit(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        INFO((committed ? QString() : committed.error().message).toStdString());
        REQUIRE(committed.has_value());
        CHECK(QFileInfo(bundle + QStringLiteral("/en/a.html")).isFile());
    }
    CHECK(sandbox.entryList({ QStringLiteral(".bundle.portaldesk-commit-*") }, QDir::Dirs | QDir::Hidden)
              .isEmpty());
}
