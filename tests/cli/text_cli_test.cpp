#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using PortalDesk::Testing::runCli;

namespace {
QByteArray fixture()
{
    QFile file(QStringLiteral(PORTALDESK_FIXTURES_DIR "/wire-prnewswire-etnet.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("convert turns Traditional into Simplified phrase by phrase and back", "[cli][text]")
{
    auto simplified = runCli({ QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("zh-Hans") },
        QByteArray("頭髮「發展」 https://example.com/頭髮 3.5%\n"));
    REQUIRE(simplified.exitCode == 0);
    CHECK(QString::fromUtf8(simplified.out)
              .startsWith(QStringLiteral("头发“发展” https://example.com/頭髮 3.5%")));
    auto traditional
        = runCli({ QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("zh-Hant-HK") },
            QByteArray("头发 干燥 干涉 一只猫"));
    REQUIRE(traditional.exitCode == 0);
    CHECK(QString::fromUtf8(traditional.out).contains(QStringLiteral("頭髮 乾燥 干涉 一隻貓")));
    auto badTarget = runCli(
        { QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("fr") }, QByteArray("x"));
    CHECK(badTarget.exitCode == 2);
}

TEST_CASE("segment, stats and slug on the wire fixture", "[cli][text]")
{
    auto words
        = runCli({ QStringLiteral("segment") }, QByteArray("香港科技園發展\nHello world, 3.5 percent\n"));
    REQUIRE(words.exitCode == 0);
    CHECK(QString::fromUtf8(words.out).contains(QStringLiteral("科技")));
    CHECK(QString::fromUtf8(words.out).contains(QStringLiteral("Hello world 3.5 percent")));

    auto stats = runCli({ QStringLiteral("stats"), QStringLiteral("--json") }, fixture());
    REQUIRE(stats.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
    CHECK(counts.value(QStringLiteral("cjk_chars")).toInt() > 100);
    CHECK(counts.value(QStringLiteral("latin_words")).toInt() > 400);
    CHECK(counts.value(QStringLiteral("reading_seconds")).toInt() > 0);
    CHECK(counts.value(QStringLiteral("words_total")).toInt()
        == counts.value(QStringLiteral("cjk_chars")).toInt()
            + counts.value(QStringLiteral("latin_words")).toInt());

    auto slug = runCli({ QStringLiteral("slug"), QStringLiteral("--language"), QStringLiteral("zh-Hant-HK"),
        QStringLiteral("香港科技園") });
    REQUIRE(slug.exitCode == 0);
    CHECK(slug.out.trimmed() == "xiang-gang-ke-ji-yuan");
}

TEST_CASE("lint reports, fixes and exits by its findings", "[cli][text]")
{
    auto findings = runCli({ QStringLiteral("lint"), QStringLiteral("--language"),
                               QStringLiteral("zh-Hant-HK"), QStringLiteral("--json") },
        QByteArray("畢加索的市場潛能有多強?亞洲收藏家如何鑑賞?\n"));
    CHECK(findings.exitCode == 1);
    const QJsonArray list = QJsonDocument::fromJson(findings.out).array();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("rule")).toString() == u"punct.halfwidth");
    CHECK(list.at(0).toObject().value(QStringLiteral("replacement")).toString() == u"？");

    auto fixed = runCli({ QStringLiteral("lint"), QStringLiteral("--language"), QStringLiteral("zh-Hant-HK"),
                            QStringLiteral("--fix") },
        QByteArray("畢加索的市場潛能有多強?亞洲收藏家如何鑑賞?\n"));
    CHECK(fixed.exitCode == 0);
    CHECK(QString::fromUtf8(fixed.out).startsWith(
        QStringLiteral("畢加索的市場潛能有多強？亞洲收藏家如何鑑賞？")));

    auto clean = runCli({ QStringLiteral("lint"), QStringLiteral("--language"), QStringLiteral("en") },
        QByteArray("A clean English line.\n"));
    CHECK(clean.exitCode == 0);

    auto invalid
        = runCli({ QStringLiteral("lint"), QStringLiteral("--language"), QStringLiteral("zh-Hant-HK") },
            QByteArray("ab\xff"
                       "cd"));
    CHECK(invalid.exitCode == 2);
    CHECK(invalid.err.contains(QStringLiteral("byte offset 2")));
}
