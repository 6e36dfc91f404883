// Item 3 of issue 19: the portal file's limits (core/content/limits.h), each refused with a
// message naming the file or record and the limit, with nothing loaded.

#include "core/content/limits.h"
#include "core/exchange/interchange.h"
#include "core/store/mediastore.h"
#include "core/store/promostore.h"
#include "storetesting.h"

#include <QDir>
#include <QFile>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

QString write(const QDir &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("a 2 GB portal file is refused before it is read", "[sqlite][store]")
{
    auto portal = Testing::freshPortal();
    const QString path = QDir(portal.folder->path()).filePath(QStringLiteral("huge.portaldesk.json"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(2LL * 1024 * 1024 * 1024)); // sparse: no disk, no memory
    }
    const auto report = Interchange::loadFile(portal.database, path);
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().message.contains(QStringLiteral("2,147,483,648 bytes")));
    CHECK(report.error().message.contains(QStringLiteral("at most 536,870,912")));
    CHECK(report.error().message.contains(path));
}

TEST_CASE("a portal file of 100,000 promos is refused, nothing loaded", "[sqlite][store]")
{
    auto portal = Testing::freshPortal();
    QByteArray json = R"({"format": "portaldesk/1", "promos": [)";
    for (int i = 0; i < 100'000; ++i) {
        json += (i ? "," : "") + QByteArray(R"({"id":"p-)") + QByteArray::number(i)
            + R"(","slot":"sidebar.feature","text":"即睇","link":"https://example.com/"})";
    }
    json += "]}";
    const auto report = Interchange::load(portal.database, json, portal.folder->path());
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().field == u"promos");
    CHECK(report.error().message.contains(QStringLiteral("100,000 promos")));
    CHECK(report.error().message.contains(QStringLiteral("at most 10,000")));
    CHECK(PromoStore(portal.database).list()->isEmpty());
}

TEST_CASE("a 30,000 × 30,000 photo is refused, naming the article and the limit", "[sqlite][store]")
{
    auto portal = Testing::freshPortal();
    const QDir folder(portal.folder->path());
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    png.append(8, '\0');
    qToBigEndian<quint32>(30'000, png.data() + 16);
    qToBigEndian<quint32>(30'000, png.data() + 20);
    write(folder, QStringLiteral("media/huge.png"), png);
    const QString path = write(folder, QStringLiteral("portal.json"),
        R"({"format": "portaldesk/1", "articles": [{"id": "a-big", "language": "en", "headline": "Big",
            "photos": [{"file": "media/huge.png", "caption": "Too big"}]}]})");
    const auto report = Interchange::loadFile(portal.database, path);
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().field.contains(QStringLiteral("articles[0] (id “a-big”), photos")));
    CHECK(report.error().message.contains(QStringLiteral("30,000 × 30,000 pixels")));
    CHECK(report.error().message.contains(QStringLiteral("at most 12,000")));
}

TEST_CASE("a photo file over 50 MB is refused before it is read", "[sqlite][store]")
{
    auto portal = Testing::freshPortal();
    const QDir folder(portal.folder->path());
    const QString photo = write(folder, QStringLiteral("media/huge.jpg"), "\xFF\xD8");
    REQUIRE(QFile::resize(photo, Limits::photoFileBytes + 1)); // sparse
    const QString path = write(folder, QStringLiteral("portal.json"),
        R"({"format": "portaldesk/1", "articles": [{"id": "a-big", "language": "en", "headline": "Big",
            "photos": [{"file": "media/huge.jpg"}]}]})");
    const auto report = Interchange::loadFile(portal.database, path);
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().message.contains(QStringLiteral("52,428,801 bytes")));
    CHECK(report.error().message.contains(QStringLiteral("at most 52,428,800")));
}

TEST_CASE("a picture attached in the editor or to a promo meets the same limits", "[sqlite][store]")
{
    auto portal = Testing::freshPortal();
    const QDir folder(portal.folder->path());
    MediaStore media(portal.database);
    // Its sides read from the header: nothing is decoded, nothing is stored.
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    png.append(8, '\0');
    qToBigEndian<quint32>(30'000, png.data() + 16);
    qToBigEndian<quint32>(30'000, png.data() + 20);
    const auto huge = media.put(png, QStringLiteral("/home/desk/Pictures/huge.png"));
    REQUIRE_FALSE(huge.has_value());
    CHECK(huge.error().message.contains(QStringLiteral("“huge.png” is 30,000 × 30,000 pixels")));
    CHECK(huge.error().message.contains(QStringLiteral("at most 12,000")));
    CHECK(media.names().value().isEmpty());

    // A file over 50 MB is refused before a byte of it is read.
    const QString big = write(folder, QStringLiteral("big.jpg"), "\xFF\xD8");
    REQUIRE(QFile::resize(big, Limits::photoFileBytes + 1)); // sparse
    const auto read = MediaStore::readPicture(big, QStringLiteral("big.jpg"));
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().message.contains(QStringLiteral("“big.jpg” is 52,428,801 bytes")));
    CHECK(MediaStore::readPicture(folder.filePath(QStringLiteral("none.png")), QStringLiteral("none.png"))
              .error()
              .message.contains(QStringLiteral("cannot read “none.png”")));

    // An ordinary picture goes in.
    const QString small = write(folder, QStringLiteral("small.png"), png.left(8));
    const auto fine = MediaStore::readPicture(small, QStringLiteral("small.png"));
    REQUIRE(fine.has_value());
    CHECK(media.put(*fine, small).has_value());
}
