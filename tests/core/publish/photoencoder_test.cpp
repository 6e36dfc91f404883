#include "core/publish/photoencoder.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    return bytes;
}

void put16(QByteArray &out, quint16 value)
{
    const quint16 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), 2);
}

void put32(QByteArray &out, quint32 value)
{
    const quint32 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), 4);
}

// A camera's JPEG: an Exif block right after the start marker, with an orientation
// (6: turn 90° clockwise to view) and a GPS position naming a secret place.
QByteArray cameraJpeg(const QImage &sensor)
{
    QByteArray tiff("MM\0\x2a", 4);
    put32(tiff, 8); // IFD0 right after the header
    put16(tiff, 2); // two entries
    put16(tiff, 0x0112); // Orientation, SHORT, 1, value 6
    put16(tiff, 3);
    put32(tiff, 1);
    put16(tiff, 6);
    put16(tiff, 0);
    put16(tiff, 0x8825); // GPS IFD, LONG, 1, at offset 38
    put16(tiff, 4);
    put32(tiff, 1);
    put32(tiff, 38);
    put32(tiff, 0); // no next IFD
    put16(tiff, 1); // GPS IFD: one entry
    put16(tiff, 0x001b); // GPSProcessingMethod, UNDEFINED, 16 bytes at offset 56
    put16(tiff, 7);
    put32(tiff, 16);
    put32(tiff, 56);
    put32(tiff, 0);
    tiff += QByteArray("SECRET-HIDEOUT!!", 16);
    QByteArray app1("\xff\xe1", 2);
    put16(app1, quint16(2 + 6 + tiff.size()));
    app1 += QByteArray("Exif\0\0", 6) + tiff;
    const QByteArray jpeg = encoded(sensor, "JPEG");
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

QImageReader::ImageReaderError readerCheck(
    const QByteArray &bytes, QByteArray *format, QImageIOHandler::Transformations *turn)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    *format = reader.format();
    *turn = reader.transformation();
    return reader.error();
}

QByteArray formatOf(const QByteArray &bytes)
{
    QByteArray format;
    QImageIOHandler::Transformations turn;
    readerCheck(bytes, &format, &turn);
    return format;
}

QImageIOHandler::Transformations turnOf(const QByteArray &bytes)
{
    QByteArray format;
    QImageIOHandler::Transformations turn;
    readerCheck(bytes, &format, &turn);
    return turn;
}

QImage decoded(const QByteArray &bytes)
{
    QImage image = QImage::fromData(bytes);
    REQUIRE_FALSE(image.isNull());
    return image;
}

} // namespace

TEST_CASE("a photo comes in several widths as WebP and JPEG, never wider than itself", "[publish][photos]")
{
    QImage wide(2400, 1600, QImage::Format_RGB32);
    wide.fill(QColor(20, 90, 160));
    auto done = PhotoEncoder::encode(QStringLiteral("abc123.png"), encoded(wide, "PNG"));
    REQUIRE(done.has_value());
    REQUIRE(PhotoEncoder::canWriteWebp()); // Debian's qt6-image-formats-plugins, from scripts/bootstrap
    CHECK(done->set.size == QSize(2400, 1600));
    CHECK(done->set.widths == QList<int> { 480, 960, 1600 });
    CHECK(done->set.shareWidth == 1200);
    QStringList paths;
    for (const auto &[path, bytes] : done->files) {
        paths.append(path);
        const QImage image = decoded(bytes);
        INFO(path.toStdString());
        if (path.endsWith(u"-share.jpg")) {
            CHECK(image.size() == QSize(1200, 800));
            continue;
        }
        const int width = path.section(u'-', -1).section(u'.', 0, 0).toInt();
        CHECK(image.size() == QSize(width, done->set.heightAt(width)));
        CHECK(done->set.heightAt(width) == (width * 2 + 1) / 3); // 1600 → 1067, rounded
        CHECK(formatOf(bytes) == (path.endsWith(u".webp") ? QByteArray("webp") : QByteArray("jpeg")));
    }
    CHECK(paths
        == QStringList { u"assets/media/abc123.v1-480.jpg"_qs, u"assets/media/abc123.v1-480.webp"_qs,
            u"assets/media/abc123.v1-960.jpg"_qs, u"assets/media/abc123.v1-960.webp"_qs,
            u"assets/media/abc123.v1-1600.jpg"_qs, u"assets/media/abc123.v1-1600.webp"_qs,
            u"assets/media/abc123.v1-share.jpg"_qs });

    // A small picture is offered at its own width only, and shared as it is.
    QImage small(300, 200, QImage::Format_ARGB32);
    small.fill(Qt::transparent);
    auto little = PhotoEncoder::encode(QStringLiteral("small.png"), encoded(small, "PNG"));
    REQUIRE(little.has_value());
    CHECK(little->set.widths == QList<int> { 300 });
    CHECK(little->set.shareWidth == 300);
    CHECK(decoded(little->files.first().second).pixelColor(5, 5) == QColor(Qt::white)); // JPEG: on white
}

TEST_CASE(
    "a camera photo is turned upright and loses its Exif block, GPS position and all", "[publish][photos]")
{
    QImage sensor(640, 320, QImage::Format_RGB32); // as the sensor saw it: lying on its side
    sensor.fill(Qt::darkGreen);
    const QByteArray original = cameraJpeg(sensor);
    REQUIRE(original.contains("SECRET-HIDEOUT"));
    REQUIRE(turnOf(original) != QImageIOHandler::TransformationNone); // the reader sees the orientation

    auto done = PhotoEncoder::encode(QStringLiteral("camera.jpg"), original);
    REQUIRE(done.has_value());
    CHECK(done->set.size == QSize(320, 640)); // upright: portrait
    for (const auto &[path, bytes] : done->files) {
        INFO(path.toStdString());
        CHECK_FALSE(bytes.contains("SECRET-HIDEOUT"));
        CHECK_FALSE(bytes.contains(QByteArray("Exif\0\0", 6)));
        const QImage image = decoded(bytes);
        CHECK(image.height() > image.width());
    }
}

TEST_CASE("a picture that is not one is refused with its name", "[publish][photos]")
{
    auto done
        = PhotoEncoder::encode(QStringLiteral("broken.png"), QByteArray("\x89PNG\r\n\x1a\nnot really", 18));
    REQUIRE_FALSE(done.has_value());
    CHECK(done.error().message.contains(u"broken.png"));
    CHECK_FALSE(PhotoEncoder::encode(QStringLiteral("empty.jpg"), QByteArray()).has_value());
}

TEST_CASE("a photo set survives the manifest and refuses what it did not write", "[publish][photos]")
{
    const PhotoSet set = PhotoSet::forSize(QSize(1000, 750), true);
    CHECK(set.widths == QList<int> { 480, 960, 1000 });
    const PhotoSet back = PhotoSet::fromText(set.toText());
    CHECK(back.size == set.size);
    CHECK(back.widths == set.widths);
    CHECK(back.webp);
    for (const QByteArray &bad :
        { QByteArray(), QByteArray("photoset/0 10x10 webp"), QByteArray("photoset/1 0x10 webp"),
            QByteArray("photoset/1 10x webp"), QByteArray("photoset/1 999999x10 jpeg") })
        CHECK_FALSE(PhotoSet::fromText(bad).isValid());
}
