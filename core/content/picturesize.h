#pragma once

// A picture's width and height read from its header (PNG, JPEG, GIF, WebP), without
// decoding it: core has no image library, and a photo must be judged by its size before
// anything decodes it (a 30,000 × 30,000 picture takes 3.6 GB once decoded).

#include <QByteArrayView>
#include <QSize>
#include <optional>

namespace PortalDesk::PictureSize {

// Nothing when the bytes are not one of those formats or the header is cut short.
std::optional<QSize> read(QByteArrayView bytes);

} // namespace PortalDesk::PictureSize
