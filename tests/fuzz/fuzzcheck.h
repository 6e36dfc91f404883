#pragma once

// What every fuzz target shares: a failed property aborts, so libFuzzer saves the input
// as a crash, and the bytes libFuzzer hands over as a view and as text.

#include <QByteArrayView>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace PortalDesk::Fuzz {

// Aborts with `what` on stderr when a property does not hold.
inline void require(bool condition, const char *what = "a property")
{
    if (!condition) {
        std::fprintf(stderr, "fuzz: broken: %s\n", what);
        std::abort();
    }
}

inline QByteArrayView bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Input as a person's text: invalid UTF-8 becomes U+FFFD, as a paste would.
inline QString textOf(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(bytesOf(data, size));
}

} // namespace PortalDesk::Fuzz
