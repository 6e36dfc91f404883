// libFuzzer target for the picture header reader (issue 19): arbitrary bytes as a PNG, JPEG,
// GIF or WebP header, the check every picture passes before anything decodes it. Checks
// that it reads only the bytes it is given, that a size it reports is a real one, and that
// the bytes after a header never change what the header says.

#include "core/content/picturesize.h"
#include "fuzzcheck.h"

using namespace PortalDesk;
using PortalDesk::Fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = Fuzz::bytesOf(data, size);
    const std::optional<QSize> read = PictureSize::read(bytes);
    if (!read)
        return 0;
    require(read->width() > 0 && read->height() > 0, "a size read is positive on both sides");
    // The same header with more bytes after it (a longer file) says the same.
    QByteArray longer = bytes.toByteArray();
    longer.append(64, '\0');
    require(PictureSize::read(longer) == read, "bytes after the header change nothing");
    return 0;
}
