// A new translation starts with the original's structure, not its words (issue 15).
#include "core/content/translationdraft.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("a new English translation keeps the structure and drops the Chinese words", "[content][pairs]")
{
    Article original;
    original.id = QStringLiteral("zh-1");
    original.translationGroup = QStringLiteral("zh-1");
    original.language = Language::ZhHantHK;
    original.section = QStringLiteral("finance");
    original.columns = { QStringLiteral("markets") };
    original.kicker = QStringLiteral("港股");
    original.headline = QStringLiteral("港股半日升200點");
    original.standfirst = QStringLiteral("科技股造好");
    original.body = QStringLiteral("【本報訊】恒指半日升200點。");
    original.source = QStringLiteral("美通社");
    original.dateline = QStringLiteral("北京");
    original.credit = QStringLiteral("source: Xinhua Silk Road");
    original.originalLink = QStringLiteral("https://www.prnasia.com/story/1.shtml");
    original.photos = { Photo { QStringLiteral("hsi.jpg"), QStringLiteral("交易所大堂"),
        QStringLiteral("Reuters"), QStringLiteral("交易大堂的電子板") } };
    original.status = ArticleStatus::Published;
    original.version = 7;

    const Article draft = translationDraft(original, Language::En, QStringLiteral("en-1"));
    CHECK(draft.id == u"en-1");
    CHECK(draft.language == Language::En);
    CHECK(draft.version == 0);
    CHECK(draft.status == ArticleStatus::Draft);
    CHECK(draft.translationGroup == u"zh-1");
    CHECK(draft.section == u"finance");
    CHECK(draft.columns == original.columns);
    CHECK(draft.originalLink == original.originalLink);
    // Nothing a translator writes anew, and nothing in the wrong language.
    CHECK(draft.kicker.isEmpty());
    CHECK(draft.headline.isEmpty());
    CHECK(draft.standfirst.isEmpty());
    CHECK(draft.body.isEmpty());
    CHECK(draft.source.isEmpty());
    CHECK(draft.dateline.isEmpty());
    CHECK(draft.credit == u"source: Xinhua Silk Road"); // already English
    REQUIRE(draft.photos.size() == 1);
    CHECK(draft.photos.first().file == u"hsi.jpg");
    CHECK(draft.photos.first().caption.isEmpty());
    CHECK(draft.photos.first().alt.isEmpty());
    CHECK(draft.photos.first().credit == u"Reuters");

    // The other way round: English names stay out of a Chinese translation.
    Article english = original;
    english.language = Language::En;
    english.source = QStringLiteral("PR Newswire");
    english.dateline = QStringLiteral("BEIJING");
    english.credit = QStringLiteral("來源：新華絲路");
    const Article chinese = translationDraft(english, Language::ZhHantHK, QStringLiteral("zh-2"));
    CHECK(chinese.source.isEmpty());
    CHECK(chinese.dateline.isEmpty());
    CHECK(chinese.credit == u"來源：新華絲路");
    CHECK(chinese.photos.first().caption == u"交易所大堂");
    CHECK(chinese.photos.first().credit.isEmpty());
}
