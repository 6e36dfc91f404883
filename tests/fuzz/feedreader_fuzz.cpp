// libFuzzer target for the feed reader (issue 18): arbitrary bytes as an RSS or Atom
// feed, and every item it gives through the wire parser, as ingest-feed does.

#include "core/ingest/feedreader.h"
#include "core/ingest/wireparser.h"
#include "core/text/editionformat.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace PortalDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QTimeZone zone = EditionFormat::hongKong();
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Feed> feed = FeedReader::parse(bytes);
    if (!feed) {
        if (feed.error().code != Error::Code::Format || feed.error().message.isEmpty())
            std::abort();
        return 0;
    }
    for (const FeedItem &item : feed->items) {
        const WireDraft draft = WireParser::parse(item.copy(), zone);
        if (!item.copy().trimmed().isEmpty() && draft.headline.isEmpty() && draft.body.isEmpty()
            && draft.notes.isEmpty() && draft.droppedLines.isEmpty() && draft.captions.isEmpty()
            && draft.credit.isEmpty() && !draft.recognised)
            std::abort(); // an item's text went missing
    }
    return 0;
}
