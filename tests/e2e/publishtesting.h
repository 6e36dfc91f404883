#pragma once

// What the publishing tests share: small bundles to publish, and how a target's site folder
// looks afterwards (tests/e2e/publish_test.cpp, publishfolder_test.cpp).

#include "core/publish/sitepublisher.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <sys/types.h>

namespace PortalDesk::Testing {

void writeFile(const QString &path, const QByteArray &bytes);
QString liveRelease(const QString &site); // the release `current` points at
QStringList releaseFolders(const QString &site); // sorted
ino_t inodeOf(const QString &path);
// A small bundle as the exporter leaves one: pages, an asset, and the manifest.
void makeBundle(const QString &folder, const QByteArray &front);

// A bundle made by makeBundle() and a site folder to publish it to, in a temporary folder.
struct FolderSite
{
    QTemporaryDir work; // first: the others are made from it
    const QString bundle;
    const QString site;

    explicit FolderSite(const QString &siteName = QStringLiteral("site"));
    SitePublisher publisher(const PublishOptions &options) const;
};

} // namespace PortalDesk::Testing
