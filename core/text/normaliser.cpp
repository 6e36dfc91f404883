#include "core/text/normaliser.h"

#include <QCoreApplication>

namespace PortalDesk {

std::optional<qsizetype> Normaliser::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = data[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0; // overlong
            else if (b == 0xED)
                high = 0x9F; // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90; // overlong
            else if (b == 0xF4)
                high = 0x8F; // past U+10FFFF
        } else {
            return i;
        }
        if (i + length > n || data[i + 1] < low || data[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return std::nullopt;
}

Result<NormalisedText> Normaliser::fromUtf8(QByteArrayView bytes)
{
    if (const std::optional<qsizetype> offset = firstInvalidUtf8(bytes))
        return std::unexpected(Error { Error::Code::Format,
            QCoreApplication::translate("PortalDesk::Text", "invalid UTF-8 at byte offset %1").arg(*offset),
            QStringLiteral("byte %1").arg(*offset) });
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    const QString decoded = QString::fromUtf8(bytes);
    return normalise(decoded);
}

NormalisedText Normaliser::normalise(QStringView text)
{
    NormalisedText result;
    QString &out = result.text;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype runStart = 0; // copy clean runs in one go
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0))
            continue;
        if (c == u'\t' || c == u'\n')
            continue;
        out += text.sliced(runStart, i - runStart);
        runStart = i + 1;
        if (c == u'\r') {
            out += u'\n';
            ++result.lineEndingsFixed;
            if (i + 1 < n && text[i + 1] == u'\n') {
                ++i;
                runStart = i + 1;
            }
        } else {
            ++result.removedControls;
        }
    }
    if (runStart == 0)
        out = text.toString();
    else
        out += text.sliced(runStart);
    out = out.normalized(QString::NormalizationForm_C);
    return result;
}

} // namespace PortalDesk
