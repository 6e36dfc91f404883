#pragma once

// The folder an export writes to. Work goes into a hidden temporary sibling.
// Replace: the sibling receives the whole bundle and commit() swaps it in with
// one atomic rename. Update (incremental): the sibling receives only the
// changed files and commit() moves them in through a journal (see
// bundlejournal.h), so a one-page change costs one page, not a tree copy.
// Either way the previous bundle stays whole until the new one is complete.
// A folder that holds something other than a PortalDesk bundle is refused.

#include "core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QStringList>
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
        QByteArray input; // pages, feeds, sitemaps: a hash of what the file was made from
    };

    enum class Mode { Replace, Update };

    // Update falls back to Replace when the folder holds no bundle yet.
    static Result<BundleFolder> open(const QString &folder, Mode mode = Mode::Replace);
    BundleFolder(BundleFolder &&) noexcept;
    ~BundleFolder(); // removes the temporary folder unless committed

    QString path() const;
    Mode mode() const;

    // All may be called from several threads at once.
    // Update: leave the previous bundle's file in place (false: it is gone, write it).
    // keep() is for content-addressed files (same name, same bytes); keepUnchanged()
    // keeps a file only when it was made from `input`, as it is about to be again.
    bool keep(const QString &path);
    bool keepUnchanged(const QString &path, const QByteArray &input);
    Status write(const QString &path, const QByteArray &bytes, const QByteArray &input = {});
    // Update: the input the previous bundle's file at `path` was written with (empty if none).
    QByteArray previousInput(const QString &path) const;

    // Writes the manifest (with the export's moment and who exported, as lists name them)
    // and swaps (or moves) the new files in; returns the bundle's size in bytes.
    Result<qint64> commit(const QDateTime &moment, const QString &exportedBy = {});
    // After commit(): the previous bundle's files the new one does not have.
    QStringList removed() const;

private:
    BundleFolder();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace PortalDesk
