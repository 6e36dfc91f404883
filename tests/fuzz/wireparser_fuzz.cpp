// libFuzzer target for the wire parser (issues 6 and 18, every service's profile): arbitrary bytes through
// the Normaliser and WireParser, as a paste or a file reaches import-wire. Besides crashes and sanitizer
// reports it checks what the parser promises.

#include "core/ingest/wireparser.h"
#include "core/text/editionformat.h"
#include "core/text/normaliser.h"
#include "fuzzcheck.h"

using namespace PortalDesk;
using PortalDesk::Fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QTimeZone zone = EditionFormat::hongKong();
    const QByteArrayView bytes = Fuzz::bytesOf(data, size);
    const Result<NormalisedText> text = Normaliser::fromUtf8(bytes);
    if (!text) {
        require(text.error().code == Error::Code::Format);
        require(Normaliser::firstInvalidUtf8(bytes).has_value());
        return 0;
    }
    const WireDraft draft = WireParser::parse(text->text, zone);
    // Clean text out: no carriage returns or no-break spaces survive.
    for (const QString *text :
        { &draft.headline, &draft.body, &draft.credit, &draft.originalLink, &draft.notes, &draft.byline }) {
        require(!text->contains(u'\r'));
        require(!text->contains(QChar(0x00A0)));
    }
    require(draft.headline.size() <= 201);
    require(draft.originalLink.isEmpty() || draft.originalLink.startsWith(u"http", Qt::CaseInsensitive));
    // Never lose copy: something that is not empty leaves something behind.
    const bool blank = QString(text->text).remove(QChar(0x200B)).remove(QChar(0xFEFF)).trimmed().isEmpty();
    require(blank || !draft.headline.isEmpty() || !draft.body.isEmpty() || !draft.captions.isEmpty()
        || !draft.droppedLines.isEmpty() || !draft.credit.isEmpty() || !draft.notes.isEmpty()
        || draft.recognised);
    // A wire time is a real moment, and a service that read the copy names its source.
    require(!draft.publishedAt.isValid() || draft.publishedAt.date().isValid());
    require(draft.service.isEmpty() || !draft.source.isEmpty());
    require(draft.recognised || !draft.warnings.isEmpty());
    return 0;
}
