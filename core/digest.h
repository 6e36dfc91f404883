#pragma once

// SHA-256 for export: every exported byte is hashed for the manifest, so this uses
// OpenSSL's implementation (SHA extensions where the processor has them),
// several times faster than QCryptographicHash in Qt 6.4.

#include <QByteArray>
#include <QByteArrayView>

namespace PortalDesk::Digest {

QByteArray sha256(QByteArrayView bytes); // the 32 bytes
QByteArray sha256Hex(QByteArrayView bytes); // 64 lowercase hex digits

} // namespace PortalDesk::Digest
