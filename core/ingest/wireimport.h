#pragma once

// Turns a parsed wire draft into an article draft and stores it. A Simplified release
// can be converted to Hong Kong Traditional (a HK portal's default) and the typography
// fixed; the copy as it came in is always the first revision, so nothing is lost.

#include "core/content/article.h"
#include "core/ingest/wireparser.h"
#include "core/store/articlestore.h"

namespace PortalDesk {

struct WireImportOptions
{
    bool convertToTraditional = true; // zh-Hans copy becomes zh-Hant-HK
    bool fixTypography = false; // apply the text engine's lint fixes
};

class WireImport
{
public:
    // The draft as the editor will see it: converted and fixed as `options` ask.
    // Fails only when the conversion cannot run (OpenCC data missing).
    static Result<WireDraft> adapt(const WireDraft &draft, const WireImportOptions &options);

    // An unsaved article holding the draft. Photo captions are not photos yet (the store
    // needs a picture file for each): they are listed by captionNote().
    static Article toArticle(const WireDraft &draft);
    static QString captionNote(const WireDraft &draft);

    // Creates the article as parsed, then saves the adapted version on top when it
    // differs. Returns the article as stored last.
    static Result<Article> create(
        ArticleStore &store, const WireDraft &draft, const WireImportOptions &options);
};

} // namespace PortalDesk
