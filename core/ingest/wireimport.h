#pragma once

// Turns a parsed wire draft into an article draft and stores it. A Simplified release
// can be converted to Hong Kong Traditional (a HK portal's default) and the typography
// fixed; the copy as it came in is always the first revision, so nothing is lost.

#include "core/content/article.h"
#include "core/content/portal.h"
#include "core/ingest/wireparser.h"
#include "core/store/articlestore.h"

namespace PortalDesk {

struct WireImportOptions
{
    bool convertToTraditional = true; // zh-Hans copy becomes zh-Hant-HK
    bool fixTypography = false; // apply the text engine's lint fixes

    // What a portal wants by default: a Hong Kong portal (default edition zh-Hant-HK)
    // converts Simplified releases; any other keeps them as they came.
    static WireImportOptions forPortal(const Portal &portal);
};

class WireImport
{
public:
    // The draft as the editor will see it: converted and fixed as `options` ask.
    // Fails only when the conversion cannot run (OpenCC data missing).
    static Result<WireDraft> adapt(const WireDraft &draft, const WireImportOptions &options);

    // An unsaved article holding the draft. Each caption becomes a photo waiting for its
    // picture (no file yet), in the order the copy gave them.
    static Article toArticle(const WireDraft &draft);

    // Creates the article as parsed, then saves the adapted version on top when it
    // differs. Returns the article as stored last.
    static Result<Article> create(
        ArticleStore &store, const WireDraft &draft, const WireImportOptions &options);
    // The same with the draft adapted already (adapt(draft, options)), so that the conversion
    // and typography run once per item (the feed import needs the adapted draft first).
    static Result<Article> create(ArticleStore &store, const WireDraft &draft, const WireDraft &adapted,
        const WireImportOptions &options);

    // Brings the article `articleId` up to date with the copy (a duplicate the editor chose
    // to update): its headline, standfirst, byline, source, dateline, body, credit and
    // original link become the adapted copy's, in one save (a new version in its History).
    // Its status, section, columns, schedule, slug and photos stay; captions the copy adds
    // become photos waiting for their picture while the article is a draft or in review.
    // Refused with Denied when the person's role may not edit the article, and with
    // Conflict, naming who, while someone else has it open to edit.
    static Result<Article> update(const DatabasePtr &database, const QString &articleId,
        const WireDraft &draft, const WireImportOptions &options);
};

} // namespace PortalDesk
