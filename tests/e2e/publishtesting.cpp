#include "publishtesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <sys/stat.h>

namespace PortalDesk::Testing {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString liveRelease(const QString &site)
{
    return QFileInfo(QFileInfo(site + QStringLiteral("/current")).symLinkTarget()).fileName();
}

QStringList releaseFolders(const QString &site)
{
    return QDir(site + QStringLiteral("/releases")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

ino_t inodeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_ino;
}

void makeBundle(const QString &folder, const QByteArray &front)
{
    writeFile(folder + QStringLiteral("/manifest.json"), "{\"files\":{}}");
    writeFile(folder + QStringLiteral("/zh-hant-hk/index.html"), front);
    writeFile(folder + QStringLiteral("/assets/site.css"), "body{}");
    writeFile(folder + QStringLiteral("/路透社/港元.html"), "港元拆息");
}

FolderSite::FolderSite(const QString &siteName)
    : bundle(work.filePath(QStringLiteral("bundle")))
    , site(work.filePath(siteName))
{
    makeBundle(bundle, "first");
}

SitePublisher FolderSite::publisher(const PublishOptions &options) const
{
    auto target = PublishTarget::parse(site);
    REQUIRE(target.has_value());
    return SitePublisher(*target, options);
}

} // namespace PortalDesk::Testing
