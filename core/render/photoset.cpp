#include "core/render/photoset.h"

#include <QFileInfo>

namespace PortalDesk {

const QList<int> &PhotoSet::standardWidths()
{
    static const QList<int> widths { 480, 960, 1600 };
    return widths;
}

PhotoSet PhotoSet::forSize(QSize upright, bool webp)
{
    PhotoSet set;
    set.size = upright;
    set.webp = webp;
    if (upright.width() < 1 || upright.height() < 1)
        return set;
    for (int width : standardWidths()) {
        if (width < upright.width())
            set.widths.append(width);
    }
    if (upright.width() < standardWidths().last())
        set.widths.append(upright.width());
    set.shareWidth = std::min(ShareWidth, upright.width());
    return set;
}

int PhotoSet::heightAt(int width) const
{
    return size.width() > 0
        ? std::max(1, int((qint64(size.height()) * width + size.width() / 2) / size.width()))
        : 0;
}

QString PhotoSet::variantPath(const QString &file, int width, QStringView format)
{
    return QStringLiteral("assets/media/%1.v%2-%3.%4")
        .arg(QFileInfo(file).completeBaseName(), QString::number(Version), QString::number(width), format);
}

QString PhotoSet::sharePath(const QString &file)
{
    return QStringLiteral("assets/media/%1.v%2-share.jpg")
        .arg(QFileInfo(file).completeBaseName(), QString::number(Version));
}

QByteArray PhotoSet::toText() const
{
    return "photoset/" + QByteArray::number(Version) + ' ' + QByteArray::number(size.width()) + 'x'
        + QByteArray::number(size.height()) + (webp ? " webp" : " jpeg");
}

PhotoSet PhotoSet::fromText(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(' ');
    if (parts.size() != 3 || parts.at(0) != "photoset/" + QByteArray::number(Version))
        return {};
    const QList<QByteArray> dimensions = parts.at(1).split('x');
    bool wide = false;
    bool high = false;
    const int width = dimensions.value(0).toInt(&wide);
    const int height = dimensions.value(1).toInt(&high);
    if (dimensions.size() != 2 || !wide || !high || width < 1 || height < 1 || width > 100000
        || height > 100000)
        return {};
    return forSize(QSize(width, height), parts.at(2) == "webp");
}

} // namespace PortalDesk
