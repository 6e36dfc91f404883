#include "core/render/siteicons.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QtEndian>

namespace PortalDesk::SiteIcons {

namespace {

QByteArray squarePng(const QImage &logo, int size)
{
    QImage square(size, size, QImage::Format_ARGB32_Premultiplied);
    square.fill(Qt::transparent);
    const QImage scaled = logo.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&square);
    painter.drawImage((size - scaled.width()) / 2, (size - scaled.height()) / 2, scaled);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    square.save(&buffer, "PNG");
    return bytes;
}

void append16(QByteArray &out, quint16 value)
{
    const quint16 little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), 2);
}

void append32(QByteArray &out, quint32 value)
{
    const quint32 little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), 4);
}

} // namespace

QMap<QString, QByteArray> fromLogo(const QByteArray &logo)
{
    const QImage image = QImage::fromData(logo);
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return {};
    return { { QStringLiteral("favicon-32.png"), squarePng(image, FaviconSize) },
        { QStringLiteral("apple-touch-icon.png"), squarePng(image, TouchIconSize) } };
}

QByteArray logoPng(const QByteArray &picture)
{
    QImage image = QImage::fromData(picture);
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return {};
    if (std::max(image.width(), image.height()) > LogoMaxSide)
        image = image.scaled(LogoMaxSide, LogoMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG"); // and so no EXIF or other metadata
    return bytes;
}

QByteArray ico(const QByteArray &png)
{
    // ICO since Windows Vista may hold a whole PNG; every browser reads it.
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!png.startsWith(signature) || png.size() < 24)
        return {};
    const quint32 width = qFromBigEndian<quint32>(png.constData() + 16);
    const quint32 height = qFromBigEndian<quint32>(png.constData() + 20);
    QByteArray out;
    append16(out, 0); // reserved
    append16(out, 1); // type: icon
    append16(out, 1); // one image
    out.append(char(width >= 256 ? 0 : width)); // 0 means 256
    out.append(char(height >= 256 ? 0 : height));
    out.append(char(0)); // no palette
    out.append(char(0)); // reserved
    append16(out, 1); // colour planes
    append16(out, 32); // bits per pixel
    append32(out, quint32(png.size()));
    append32(out, 6 + 16); // the image follows this one directory entry
    return out + png;
}

} // namespace PortalDesk::SiteIcons
