#include "core/publish/photoencoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::PhotoEncoder", text);
}

QByteArray written(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (qstrcmp(format, "jpeg") == 0) {
        writer.setOptimizedWrite(true);
        writer.setProgressiveScanWrite(true);
    }
    return writer.write(image) ? bytes : QByteArray();
}

// JPEG has no transparency: a transparent PNG goes onto white, as on the page.
QImage opaque(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

} // namespace

bool PhotoEncoder::canWriteWebp()
{
    static const bool supported = QImageWriter::supportedImageFormats().contains("webp");
    return supported;
}

Result<PhotoEncoder::Encoded> PhotoEncoder::encode(const QString &file, const QByteArray &original)
{
    QBuffer buffer;
    buffer.setData(original);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation applied, so the pixels stand upright
    const QImage upright = reader.read();
    if (upright.isNull())
        return fail(
            Error::Code::Format, tr("the picture %1 cannot be read: %2").arg(file, reader.errorString()));

    Encoded encoded;
    encoded.set = PhotoSet::forSize(upright.size(), canWriteWebp());
    const QImage flat = opaque(upright);
    auto scaled = [&](int width) {
        return width == flat.width() ? flat
                                     : flat.scaled(width, encoded.set.heightAt(width), Qt::IgnoreAspectRatio,
                                         Qt::SmoothTransformation);
    };
    auto add = [&](const QString &path, const QImage &image, const char *format, int quality) -> Status {
        const QByteArray bytes = written(image, format, quality);
        if (bytes.isEmpty())
            return fail(Error::Code::Format,
                tr("the picture %1 could not be written as %2").arg(file, QString::fromLatin1(format)));
        encoded.files.append({ path, bytes });
        return {};
    };
    for (int width : std::as_const(encoded.set.widths)) {
        const QImage image = scaled(width);
        if (auto done = add(PhotoSet::variantPath(file, width, u"jpg"), image, "jpeg", JpegQuality); !done)
            return std::unexpected(done.error());
        if (encoded.set.webp) {
            if (auto done = add(PhotoSet::variantPath(file, width, u"webp"), image, "webp", WebpQuality);
                !done)
                return std::unexpected(done.error());
        }
    }
    if (auto done = add(PhotoSet::sharePath(file), scaled(encoded.set.shareWidth), "jpeg", JpegQuality);
        !done)
        return std::unexpected(done.error());
    return encoded;
}

} // namespace PortalDesk
