#include "core/text/normaliser.h"
#include "tests/core/text/textfixture.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

TEST_CASE("line endings become LF", "[text]")
{
    const NormalisedText result = Normaliser::normalise(u"第一段\r\n第二段\rThird\n");
    CHECK(result.text == u"第一段\n第二段\nThird\n"_s);
    CHECK(result.lineEndingsFixed == 2);
    CHECK(result.removedControls == 0);
}

TEST_CASE("NUL and control characters are removed and counted", "[text]")
{
    const NormalisedText result = Normaliser::normalise(u"多強\u0000?\u0007亞洲\t收藏\u001B家\u0085\n"_s);
    CHECK(result.text == u"多強?亞洲\t收藏家\n"_s);
    CHECK(result.removedControls == 4);
}

TEST_CASE("text is composed to NFC", "[text]")
{
    const NormalisedText result = Normaliser::normalise(u"Cafe\u0301 cafe\u0301"_s);
    CHECK(result.text == u"Café café"_s);
}

TEST_CASE("invalid UTF-8 is rejected with its byte offset", "[text]")
{
    // "頭髮" is 6 bytes; then a stray continuation byte.
    const QByteArray bad = QByteArray("\xE9\xA0\xAD\xE9\xAB\xAE") + '\x80' + "abc";
    CHECK(Normaliser::firstInvalidUtf8(bad) == 6);
    const Result<NormalisedText> result = Normaliser::fromUtf8(bad);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == Error::Code::Format);
    CHECK(result.error().message.contains(u"6"_s));

    CHECK(Normaliser::firstInvalidUtf8("abc\xC0\xAF") == 3); // overlong '/'
    CHECK(Normaliser::firstInvalidUtf8("ab\xED\xA0\x80") == 2); // surrogate
    CHECK(Normaliser::firstInvalidUtf8("a\xF4\x90\x80\x80") == 1); // past U+10FFFF
    CHECK(Normaliser::firstInvalidUtf8("abc\xE9\xA0") == 3); // truncated at the end
    CHECK_FALSE(Normaliser::firstInvalidUtf8("\xF0\xA8\x8B\xA2 ok").has_value()); // 𨋢
}

TEST_CASE("a UTF-8 file is decoded and normalised", "[text]")
{
    const Result<NormalisedText> result = Normaliser::fromUtf8("\xEF\xBB\xBF\xE9\xA0\xAD\r\n");
    REQUIRE(result.has_value());
    CHECK(result->text == u"頭\n"_s);
}
