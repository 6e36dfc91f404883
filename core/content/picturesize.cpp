#include "core/content/picturesize.h"

#include <QtEndian>

namespace PortalDesk::PictureSize {

namespace {

quint32 big16(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint16>(bytes.data() + at);
}

quint32 little16(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

quint32 little24(QByteArrayView bytes, qsizetype at)
{
    return little16(bytes, at) | quint32(quint8(bytes[at + 2])) << 16;
}

std::optional<QSize> sized(quint32 width, quint32 height)
{
    if (width == 0 || height == 0 || width > 0x7FFFFFFF || height > 0x7FFFFFFF)
        return std::nullopt;
    return QSize(int(width), int(height));
}

// JPEG: the first start-of-frame segment after the markers before it.
std::optional<QSize> jpeg(QByteArrayView bytes)
{
    qsizetype at = 2;
    while (at + 4 <= bytes.size()) {
        if (quint8(bytes[at]) != 0xFF)
            return std::nullopt;
        const quint8 marker = quint8(bytes[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
            at += 2;
            continue;
        }
        const qsizetype length = big16(bytes, at + 2);
        const bool frame
            = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (at + 9 > bytes.size())
                return std::nullopt;
            return sized(big16(bytes, at + 7), big16(bytes, at + 5));
        }
        if (length < 2)
            return std::nullopt;
        at += 2 + length;
    }
    return std::nullopt;
}

std::optional<QSize> webp(QByteArrayView bytes)
{
    const QByteArrayView chunk = bytes.sliced(12, 4);
    if (chunk == "VP8X" && bytes.size() >= 30)
        return sized(little24(bytes, 24) + 1, little24(bytes, 27) + 1);
    if (chunk == "VP8 " && bytes.size() >= 30)
        return sized(little16(bytes, 26) & 0x3FFF, little16(bytes, 28) & 0x3FFF);
    if (chunk == "VP8L" && bytes.size() >= 25) {
        const quint32 bits = qFromLittleEndian<quint32>(bytes.data() + 21);
        return sized((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    return std::nullopt;
}

} // namespace

std::optional<QSize> read(QByteArrayView bytes)
{
    if (bytes.size() >= 24 && bytes.startsWith("\x89PNG\r\n\x1a\n") && bytes.sliced(12, 4) == "IHDR")
        return sized(qFromBigEndian<quint32>(bytes.data() + 16), qFromBigEndian<quint32>(bytes.data() + 20));
    if (bytes.size() >= 10 && (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a")))
        return sized(little16(bytes, 6), little16(bytes, 8));
    if (bytes.size() >= 16 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP")
        return webp(bytes);
    if (bytes.size() >= 4 && quint8(bytes[0]) == 0xFF && quint8(bytes[1]) == 0xD8)
        return jpeg(bytes);
    return std::nullopt;
}

} // namespace PortalDesk::PictureSize
