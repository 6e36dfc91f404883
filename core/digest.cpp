#include "core/digest.h"

#include <QCryptographicHash>
#include <openssl/evp.h>

namespace PortalDesk::Digest {

QByteArray sha256(QByteArrayView bytes)
{
    // Fetched once: OpenSSL 3 otherwise looks the algorithm up again on every call.
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!sha256 || EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, sha256, nullptr) != 1)
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256); // never seen; still right
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QByteArray sha256Hex(QByteArrayView bytes)
{
    return sha256(bytes).toHex();
}

} // namespace PortalDesk::Digest
