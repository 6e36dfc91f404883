#pragma once

// Re-encodes a photo for the web: turned upright by its EXIF orientation, scaled to the
// widths of its PhotoSet (never up), written as JPEG and WebP (when Qt's WebP plugin,
// Debian's qt6-image-formats-plugins, is there) plus a share image for og:image.
// Re-encoding drops every metadata block, EXIF with its GPS position included.

#include "core/error.h"
#include "core/render/photoset.h"

#include <QByteArray>
#include <QList>
#include <utility>

namespace PortalDesk {

class PhotoEncoder
{
public:
    static constexpr int JpegQuality = 82;
    static constexpr int WebpQuality = 80;

    struct Encoded
    {
        PhotoSet set;
        QList<std::pair<QString, QByteArray>> files; // bundle path → bytes
    };

    // `file`: the picture's media name (names the variants); `original`: its bytes.
    static Result<Encoded> encode(const QString &file, const QByteArray &original);
    static bool canWriteWebp();
};

} // namespace PortalDesk
