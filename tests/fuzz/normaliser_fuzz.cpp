// libFuzzer target for the Normaliser (issue 19): arbitrary bytes through the gate every
// file, paste and wire text passes. Checks what the gate promises: strict UTF-8 with the
// first bad byte named, and on success NFC text with LF line endings and no stray controls,
// which a second pass leaves as it is.

#include "core/text/normaliser.h"
#include "fuzzcheck.h"

using namespace PortalDesk;
using PortalDesk::Fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = Fuzz::bytesOf(data, size);
    const Result<NormalisedText> result = Normaliser::fromUtf8(bytes);
    const std::optional<qsizetype> invalid = Normaliser::firstInvalidUtf8(bytes);
    if (!result) {
        require(result.error().code == Error::Code::Format, "invalid UTF-8 is a Format error");
        require(invalid.has_value() && *invalid >= 0 && *invalid < bytes.size(), "the bad byte is named");
        require(result.error().message.contains(QString::number(*invalid)), "the message names the offset");
        return 0;
    }
    require(!invalid.has_value(), "accepted bytes are valid UTF-8");
    const QString &text = result->text;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        require(u == u'\t' || u == u'\n' || (u >= 0x20 && u != 0x7F && (u < 0x80 || u > 0x9F)),
            "no NUL, CR or other control character survives");
    }
    require(text.normalized(QString::NormalizationForm_C) == text, "the text is NFC");
    const NormalisedText again = Normaliser::normalise(text);
    require(again.text == text && again.removedControls == 0 && again.lineEndingsFixed == 0,
        "normalising twice changes nothing");
    // Valid UTF-8 with nothing to clean comes through unchanged, apart from a leading BOM.
    if (result->removedControls == 0 && result->lineEndingsFixed == 0) {
        QByteArrayView body = bytes;
        if (body.startsWith("\xEF\xBB\xBF"))
            body = body.sliced(3);
        const QString decoded = QString::fromUtf8(body);
        require(decoded.normalized(QString::NormalizationForm_C) == text, "nothing else is changed");
    }
    return 0;
}
