// Item 4 of issue 19: links and slugs that hide what they say are refused, and a host
// whose letters mix scripts is shown as punycode.

#include "core/content/article.h"
#include "core/content/portal.h"
#include "core/content/promo.h"
#include "core/content/rules.h"
#include "core/ingest/wirechrome.h"
#include "core/render/markdown.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

const QString rlo = QStringLiteral("\u202E");

// One code point as text (QString::fromUcs4 would drop U+FEFF as a byte order mark).
QString character(char32_t c)
{
    const QChar pair[2] = { QChar(QChar::highSurrogate(c)), QChar(QChar::lowSurrogate(c)) };
    return QChar::requiresSurrogates(c) ? QString(pair, 2) : QString(QChar(char16_t(c)));
}

// The one error of `errors` about `field`, or an empty message.
QString errorFor(const QList<Error> &errors, const QString &field)
{
    for (const Error &error : errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

} // namespace

TEST_CASE("bidi controls and invisible characters are found", "[content]")
{
    CHECK(Rules::hiddenCharacter(u"https://example.com/a") == std::nullopt);
    CHECK(Rules::hiddenCharacter(u"香港科技園 https://例子.香港/頁") == std::nullopt);
    for (const char32_t c :
        { 0x202AU, 0x202BU, 0x202CU, 0x202DU, 0x202EU, 0x2066U, 0x2067U, 0x2068U, 0x2069U, 0x200EU, 0x200FU,
            0x061CU, 0x200BU, 0x200CU, 0x200DU, 0x2060U, 0xFEFFU, 0x00ADU, 0xFE0FU, 0x3164U, 0xE0041U }) {
        const QString text = QStringLiteral("https://example.com/") + character(c) + QStringLiteral("x");
        INFO(uint(c));
        CHECK(Rules::hiddenCharacter(text) == c);
        CHECK_FALSE(Rules::isWebLink(text));
        CHECK_FALSE(Markdown::isAllowedUrl(text));
    }
    CHECK(Rules::hiddenCharacterProblem(QString(QStringLiteral("a") + rlo))
              ->contains(QStringLiteral("U+202E")));
}

TEST_CASE(
    "a link or slug with a hidden character is refused, naming the field and the character", "[content]")
{
    Article article;
    article.headline = QStringLiteral("恒指收市升");
    article.originalLink = QStringLiteral("https://example.com/") + rlo + QStringLiteral("gpj.exe");
    article.slug = QStringLiteral("hang-seng") + QStringLiteral("\u200B");
    const QList<Error> errors = validate(article);
    CHECK(errorFor(errors, QStringLiteral("original_link")).contains(QStringLiteral("U+202E")));
    CHECK(errorFor(errors, QStringLiteral("original_link")).contains(QStringLiteral("direction-changing")));
    CHECK(errorFor(errors, QStringLiteral("slug")).contains(QStringLiteral("U+200B")));

    Promo promo;
    promo.slot = QStringLiteral("sidebar.feature");
    promo.text = QStringLiteral("即睇");
    promo.link = QStringLiteral("https://exa\u2066mple.com/");
    CHECK(errorFor(validate(promo), QStringLiteral("link")).contains(QStringLiteral("U+2066")));

    Portal portal;
    portal.baseUrl = QStringLiteral("https://news.example.hk/\uFEFF");
    CHECK(errorFor(validate(portal), QStringLiteral("base_url")).contains(QStringLiteral("U+FEFF")));
}

TEST_CASE("a body link with a hidden character keeps its text but loses its link", "[content]")
{
    const QString html = Markdown::toHtml(QStringLiteral("[年報](https://example.com/\u202Efdp.exe)"));
    CHECK_FALSE(html.contains(QStringLiteral("<a ")));
    CHECK(html.contains(QStringLiteral("年報")));
}

TEST_CASE("a host mixing scripts is shown as punycode, others as typed", "[content]")
{
    // A Cyrillic а (U+0430) in a Latin name: the classic look-alike.
    CHECK(Rules::displayHost(QStringLiteral("https://\u0430pple.com/login")) == u"xn--pple-43d.com");
    CHECK(Rules::displayHost(QStringLiteral("https://www.\u03BFnline.hk/")).startsWith(u"www.xn--"));
    CHECK(Rules::displayHost(QStringLiteral("https://apple.com/")) == u"apple.com");
    CHECK(Rules::displayHost(QStringLiteral("https://例子.香港/")) == u"例子.香港");
    CHECK(Rules::displayHost(QStringLiteral("https://hk例子.com/")) == u"hk例子.com");
    CHECK(Rules::displayHost(QStringLiteral("https://пример.рф/")) == u"пример.рф");
    // Whole in Cyrillic, reading as a Latin word under a Latin top-level domain.
    CHECK(Rules::displayHost(QStringLiteral("https://\u0440\u0430\u0443.com/")).startsWith(u"xn--"));
}

TEST_CASE("wire copy keeps a link with a hidden character as text, not as the original link", "[content]")
{
    CHECK(WireChrome::isWebLink(u"https://example.com/release.html"));
    CHECK_FALSE(WireChrome::isWebLink(u"https://example.com/\u202Elmth.exe"));
}
