#pragma once

// The gate every piece of text passes on its way in (typing, paste, files, wire copy):
// strict UTF-8, NFC, LF line endings, no NUL or stray control characters. Done once
// at the edge so the lint, the counts and the store all see the same characters.

#include "core/error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <optional>

namespace PortalDesk {

struct NormalisedText
{
    QString text;
    qsizetype removedControls = 0; // NUL and C0/C1 controls other than tab and newline
    qsizetype lineEndingsFixed = 0; // CRLF and lone CR turned into LF
};

class Normaliser
{
public:
    // Decodes strict UTF-8 (a leading byte order mark is dropped) and normalises.
    // Fails with Format naming the byte offset (0-based) of the first invalid sequence.
    static Result<NormalisedText> fromUtf8(QByteArrayView bytes);

    static NormalisedText normalise(QStringView text);

    // The offset of the first byte that does not start a valid UTF-8 sequence
    // (overlong forms, surrogates and code points past U+10FFFF are invalid).
    static std::optional<qsizetype> firstInvalidUtf8(QByteArrayView bytes);
};

} // namespace PortalDesk
