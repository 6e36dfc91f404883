// Pictures in an exported bundle: resized WebP and JPEG with srcset, width and height,
// a share image for og:image, never the original (it may carry a GPS position), and
// not encoded again by an incremental export unless the picture changed.

#include "bundlecheck.h"
#include "core/store/articlestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

ino_t inodeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_ino;
}

} // namespace

TEST_CASE("photos are exported resized as WebP and JPEG with srcset, width and height, never as originals",
    "[publish][photos]")
{
    auto demo = demoPortal();
    const QString bundle = demo.folder->filePath(QStringLiteral("site"));
    exportTo(demo.database, bundle);
    const QStringList files = bundleFiles(bundle);
    QStringList media;
    for (const QString &file : files) {
        if (file.startsWith(u"assets/media/"))
            media.append(file);
    }
    REQUIRE_FALSE(media.isEmpty());
    for (const QString &file : std::as_const(media)) {
        INFO(file.toStdString());
        CHECK((file.endsWith(u".jpg") || file.endsWith(u".webp")));
        CHECK(file.contains(u".v1-"));
    }

    const QString page = QString::fromUtf8(readFile(QDir(bundle).filePath(
        QStringLiteral("en/articles/a-linping-micro-drama-"
                       "xinhua-silk-road-hangzhou-linping-holds-micro-drama-conference.html"))));
    static const QRegularExpression picture(QStringLiteral(
        "<picture><source type=\"image/webp\" srcset=\"([^\"]+)\" sizes=\"[^\"]+\"><img src=\"([^\"]+)\" "
        "srcset=\"([^\"]+)\" sizes=\"[^\"]+\" width=\"(\\d+)\" height=\"(\\d+)\" alt=\"[^\"]+\"></picture>"));
    const auto match = picture.match(page);
    INFO(page.toStdString());
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).endsWith(u".webp 640w"));
    CHECK(match.captured(3).contains(u".jpg 480w, "));
    CHECK(match.captured(4) == u"640"); // the demo's pictures are 640 × 400: never made larger
    CHECK(match.captured(5) == u"400");
    const QImage shown(QDir(QFileInfo(QDir(bundle).filePath(QStringLiteral("en/articles/x.html"))).path())
                           .filePath(match.captured(2)));
    CHECK(shown.size() == QSize(640, 400));
    CHECK(brokenLinks(bundle).isEmpty());

    // The share image, absolute, in og:image.
    static const QRegularExpression ogImage(
        QStringLiteral("<meta property=\"og:image\" content=\"([^\"]+)\">"));
    CHECK(ogImage.match(page).captured(1).endsWith(u".v1-share.jpg"));
}

TEST_CASE("an incremental export keeps the encoded pictures of unchanged photos", "[publish][photos]")
{
    auto demo = demoPortal();
    const QString bundle = demo.folder->filePath(QStringLiteral("site"));
    exportTo(demo.database, bundle);
    QString share;
    for (const QString &file : bundleFiles(bundle)) {
        if (file.endsWith(u"-share.jpg"))
            share = QDir(bundle).filePath(file);
    }
    REQUIRE_FALSE(share.isEmpty());
    const ino_t before = inodeOf(share);

    ArticleStore store(demo.database);
    Article edited = store.get(QStringLiteral("a-linping-micro-drama")).value();
    edited.standfirst = QStringLiteral("An edit that leaves the photo alone.");
    REQUIRE(store.save(edited));
    exportTo(demo.database, bundle, true);
    CHECK(inodeOf(share) == before); // not written again
    CHECK(manifestProblems(bundle).isEmpty());
    CHECK(brokenLinks(bundle).isEmpty());
}
