#include "core/ingest/wireduplicates.h"

#include "core/content/originallink.h"
#include "core/ingest/wireimport.h"
#include "core/search/storyfingerprint.h"
#include "core/store/articlefingerprints.h"
#include "core/store/articlestore.h"

#include <QCoreApplication>
#include <cmath>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Ingest", text);
}

// How far below the threshold a sketch's estimate may fall and the article still be
// compared exactly: about three times the estimate's spread at a 50 % similarity.
constexpr double estimateMargin = 0.2;
// The most articles compared exactly for one piece of copy.
constexpr int mostCompared = 8;

} // namespace

QString WireDuplicate::reason() const
{
    if (match == Match::SameLink)
        return tr("same original link");
    return tr("%1 % the same text").arg(percent());
}

int WireDuplicate::percent() const
{
    return int(std::floor(similarity * 100 + 1e-9));
}

Result<std::optional<WireDuplicate>> WireDuplicates::find(const DatabasePtr &database, const WireDraft &draft)
{
    ArticleFingerprints fingerprints(database);
    if (auto refreshed = fingerprints.refresh(); !refreshed)
        return std::unexpected(refreshed.error());

    const QList<quint64> shingles
        = StoryFingerprint::shingles(ArticleFingerprints::storyText(WireImport::toArticle(draft)));
    const auto candidates = fingerprints.candidates(OriginalLink::key(draft.originalLink),
        StoryFingerprint::sketch(shingles), SameTextThreshold - estimateMargin, mostCompared);
    if (!candidates)
        return std::unexpected(candidates.error());

    ArticleStore store(database);
    std::optional<WireDuplicate> best;
    for (const FingerprintCandidate &candidate : *candidates) {
        Result<Article> article = store.get(candidate.articleId);
        if (!article) {
            if (article.error().code == Error::Code::NotFound) // deleted since the look-up
                continue;
            return std::unexpected(article.error());
        }
        const double similarity = StoryFingerprint::similarity(
            shingles, StoryFingerprint::shingles(ArticleFingerprints::storyText(*article)));
        if (candidate.sameLink)
            return WireDuplicate { std::move(*article), WireDuplicate::Match::SameLink, similarity };
        if (similarity >= SameTextThreshold && (!best || similarity > best->similarity))
            best = WireDuplicate { std::move(*article), WireDuplicate::Match::SameText, similarity };
    }
    return best;
}

} // namespace PortalDesk
