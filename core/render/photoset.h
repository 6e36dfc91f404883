#pragma once

// The sizes an exported photo is offered in: WebP and JPEG at several widths for
// srcset (never wider than the picture itself), and a share image for og:image.
// The export encodes them (core/publish/photoencoder.h) and hands the renderer one
// PhotoSet per picture, so pages can give each <img> its width, height and srcset.

#include <QHash>
#include <QList>
#include <QSize>
#include <QString>

namespace PortalDesk {

struct PhotoSet
{
    static constexpr int Version = 1; // part of every file name: a new encoding makes new names
    static constexpr int ShareWidth = 1200;
    static const QList<int> &standardWidths(); // 480, 960, 1600

    QSize size; // the picture upright (its EXIF orientation applied)
    QList<int> widths; // exported widths, ascending
    int shareWidth = 0;
    bool webp = false; // WebP variants exist beside the JPEG ones

    // The widths for a picture of `upright` size: each standard width below its own,
    // and its own width when that is below the largest standard one.
    static PhotoSet forSize(QSize upright, bool webp);
    bool isValid() const { return size.width() > 0 && size.height() > 0 && !widths.isEmpty(); }
    int heightAt(int width) const;

    // "assets/media/<name without extension>.v1-960.webp", "….v1-960.jpg", "….v1-share.jpg".
    static QString variantPath(const QString &file, int width, QStringView format);
    static QString sharePath(const QString &file);

    // How the set is remembered in a bundle's manifest ("photoset/1 1600x1067 webp"), so an
    // incremental export reuses the files without reading the picture again.
    QByteArray toText() const;
    static PhotoSet fromText(const QByteArray &text);
};

using PhotoSets = QHash<QString, PhotoSet>; // by media file name

} // namespace PortalDesk
