#include "bundlecheck.h"
#include "core/publish/bundleexporter.h"
#include "core/render/portalsnapshot.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

// Runs headless Chromium the way the machine allows: no sandbox (CI runs as root),
// no background network traffic, a throwaway profile.
QByteArray chromium(const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    INFO("chromium is installed by scripts/bootstrap");
    REQUIRE_FALSE(program.isEmpty());
    QTemporaryDir profile;
    QProcess process;
    QStringList all { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
        QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
        QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"), QStringLiteral("--user-data-dir=") + profile.path() };
    all += arguments;
    process.start(program, all);
    REQUIRE(process.waitForFinished(90000));
    return process.readAllStandardOutput();
}

QString pageUrl(const QString &bundle, const QString &path)
{
    return QUrl::fromLocalFile(QDir(bundle).filePath(path)).toString();
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

TEST_CASE("exported pages open in Chromium with their headlines and are not blank", "[e2e]")
{
    auto demo = demoPortal();
    const QString bundle = demo.folder->filePath(QStringLiteral("site"));
    ExportOptions options;
    options.outFolder = bundle;
    options.at = demoMoment();
    auto report = BundleExporter(demo.database).run(options);
    REQUIRE(report.has_value());

    auto snapshot = PortalSnapshot::load(demo.database, demoMoment());
    REQUIRE(snapshot.has_value());
    const Article *lead = nullptr;
    const Article *english = nullptr;
    for (const Article &article : snapshot->articles) {
        if (!lead && article.language == Language::ZhHantHK)
            lead = &article;
        if (!english && article.id == u"a-linping-micro-drama")
            english = &article;
    }
    REQUIRE(lead);
    REQUIRE(english);

    const QString front = QString::fromUtf8(
        chromium({ QStringLiteral("--dump-dom"), pageUrl(bundle, QStringLiteral("index.html")) }));
    CHECK(front.contains(lead->headline));
    CHECK(front.contains(u"港融財經網"));

    const QString articlePath = QStringLiteral("en/articles/")
        + QDir(bundle + QStringLiteral("/en/articles"))
              .entryList({ QStringLiteral("a-linping-micro-drama-*.html") })
              .value(0);
    const QString article
        = QString::fromUtf8(chromium({ QStringLiteral("--dump-dom"), pageUrl(bundle, articlePath) }));
    CHECK(article.contains(english->headline));
    CHECK(article.contains(u"Original link"));

    QDir().mkpath(QStringLiteral(PORTALDESK_ARTIFACTS_DIR));
    const struct
    {
        QString page;
        QString png;
        QString size;
    } shots[] = {
        { QStringLiteral("index.html"), QStringLiteral("front-zh-hant.png"), QStringLiteral("1280,900") },
        { articlePath, QStringLiteral("article-en.png"), QStringLiteral("1280,1200") },
        { QStringLiteral("zh-hans/index.html"), QStringLiteral("front-zh-hans-mobile.png"),
            QStringLiteral("390,844") },
    };
    for (const auto &shot : shots) {
        const QString png = QDir(QStringLiteral(PORTALDESK_ARTIFACTS_DIR)).filePath(shot.png);
        QFile::remove(png);
        chromium({ QStringLiteral("--window-size=") + shot.size, QStringLiteral("--screenshot=") + png,
            pageUrl(bundle, shot.page) });
        const QImage image(png);
        INFO(png.toStdString());
        REQUIRE_FALSE(image.isNull());
        CHECK(distinctColours(image) > 20);
    }
}
