#pragma once

// The folder an export writes to. Work goes into a hidden temporary sibling;
// commit() writes manifest.json and swaps the new folder in with one atomic
// rename, so the previous bundle stays whole until the new one is complete.
// A folder that holds something other than a PortalDesk bundle is refused.

#include "core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <memory>

namespace PortalDesk {

class BundleFolder
{
public:
    static constexpr QLatin1StringView Format { "portaldesk-bundle/1" };

    struct Entry
    {
        QByteArray sha256;
        qint64 size = 0;
    };
    struct Manifest
    {
        QHash<QString, Entry> files;
        QHash<QString, QByteArray> inputs; // page path → hash of what it was rendered from
    };

    static Result<BundleFolder> open(const QString &folder);
    BundleFolder(BundleFolder &&) noexcept;
    ~BundleFolder(); // removes the temporary folder unless committed

    QString path() const;
    const Manifest &previousManifest() const;

    // Both may be called from several threads at once.
    bool keep(const QString &path); // reuse the previous bundle's file unchanged
    Status write(const QString &path, const QByteArray &bytes);

    // Writes the manifest and swaps the folder in; returns the bundle's size in bytes.
    Result<qint64> commit(const QHash<QString, QByteArray> &inputs, const QDateTime &moment);

private:
    BundleFolder();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace PortalDesk
