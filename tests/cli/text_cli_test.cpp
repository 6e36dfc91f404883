#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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

namespace {

// A portal whose texts hold the slips of issue 15: half-width punctuation in a standfirst,
// a kicker and a caption, a doubled short caption line, Cantonese in a promo's call to
// action and in a column's name.
const char *slipsPortal = R"({"format": "portaldesk/1",
  "sections": [{"key": "finance", "names": {"zh-Hant-HK": "財經新聞", "en": "Finance"}, "position": 1}],
  "columns": [{"key": "homes", "names": {"zh-Hant-HK": "睇樓團"}, "position": 1}],
  "articles": [{"id": "a-art", "language": "zh-Hant-HK", "section": "finance", "status": "draft",
    "kicker": "獨家:", "headline": "畢加索的市場潛能", "standfirst": "市場潛能有多強?亞洲收藏家",
    "body": "正文。\n圖為畢加索作品。\n圖為畢加索作品。",
    "photos": [{"file": null, "caption": "拍賣會現場,攝於會展", "credit": "", "alt": ""}]}],
  "promos": [{"id": "p-art", "slot": "sidebar.feature", "kicker": "與拍賣官看藝術", "text": "畢加索的市場潛能有多強？",
    "call_to_action": "► 即睇", "link": "https://demo.example/art", "language": "zh-Hant-HK", "position": 1},
   {"id": "p-own", "slot": "sidebar.feature", "text": "亞洲收藏家如何鑑賞？", "call_to_action": "► 即睇",
    "link": "https://demo.example/asia", "language": "zh-Hant-HK", "position": 2,
    "zh_hans_override": {"call_to_action": "► 立即查看"}}]})";

} // namespace

TEST_CASE("lint --db checks every text readers see and names the record and field", "[cli][text]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("portal.sqlite"));
    const QString file = folder.filePath(QStringLiteral("portal.json"));
    QFile json(file);
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(slipsPortal);
    json.close();
    auto loaded = runCli({ QStringLiteral("load"), QStringLiteral("--db"), db, file });
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exitCode == 0);

    auto text = runCli({ QStringLiteral("lint"), QStringLiteral("--db"), db });
    CHECK(text.exitCode == 1);
    const QString out = QString::fromUtf8(text.out);
    INFO(out.toStdString());
    CHECK(out.contains(u"article a-art kicker:1:3: error: punct.halfwidth: "));
    CHECK(out.contains(u"article a-art standfirst:1:8: error: punct.halfwidth: "));
    CHECK(out.contains(u"article a-art body:3:1: error: para.duplicate: "));
    CHECK(out.contains(u"article a-art photo 1 caption:1:6: error: punct.halfwidth: "));
    CHECK(out.contains(u"promo p-art (sidebar.feature 1) call to action:1:4: warning: word.cantonese: "));
    CHECK_FALSE(out.contains(u"promo p-own (sidebar.feature 2) call to action"));
    CHECK(out.contains(u"column 睇樓團 name:1:1: warning: word.cantonese: "));
    CHECK_FALSE(out.contains(u"section"));

    auto structured
        = runCli({ QStringLiteral("lint"), QStringLiteral("--db"), db, QStringLiteral("--json") });
    CHECK(structured.exitCode == 1);
    const QJsonArray findings = QJsonDocument::fromJson(structured.out).array();
    REQUIRE(findings.size() == 6);
    const QJsonObject standfirst = findings.at(1).toObject();
    CHECK(standfirst.value(QStringLiteral("record")).toString() == u"article");
    CHECK(standfirst.value(QStringLiteral("id")).toString() == u"a-art");
    CHECK(standfirst.value(QStringLiteral("field_key")).toString() == u"standfirst");
    CHECK(standfirst.value(QStringLiteral("severity")).toString() == u"error");
    const QJsonObject promo = findings.at(4).toObject();
    CHECK(promo.value(QStringLiteral("record")).toString() == u"promo");
    CHECK(promo.value(QStringLiteral("field_key")).toString() == u"call_to_action");
    CHECK(promo.value(QStringLiteral("severity")).toString() == u"warning");

    // The other flags: rules turned off, one language, and what only a FILE takes.
    auto quiet = runCli({ QStringLiteral("lint"), QStringLiteral("--db"), db, QStringLiteral("--disable"),
        QStringLiteral("punct.halfwidth"), QStringLiteral("--disable"), QStringLiteral("para.duplicate"),
        QStringLiteral("--disable"), QStringLiteral("word.cantonese") });
    CHECK(quiet.exitCode == 0);
    CHECK(quiet.out.isEmpty());
    auto english = runCli({ QStringLiteral("lint"), QStringLiteral("--db"), db, QStringLiteral("--language"),
        QStringLiteral("en") });
    CHECK_FALSE(QString::fromUtf8(english.out).contains(u"article"));
    CHECK(QString::fromUtf8(english.out).contains(u"column 睇樓團 name"));
    for (const QString &flag : { QStringLiteral("--fix"), QStringLiteral("--width=20") }) {
        auto refused = runCli({ QStringLiteral("lint"), QStringLiteral("--db"), db, flag });
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(flag.section(u'=', 0, 0)));
    }
    CHECK(runCli({ QStringLiteral("lint"), QStringLiteral("--db"), db, file }).exitCode == 2);
}

TEST_CASE("lint of a file says the severity and exits 0 for notes only", "[cli][text]")
{
    auto quoted
        = runCli({ QStringLiteral("lint"), QStringLiteral("--language"), QStringLiteral("zh-Hant-HK") },
            QByteArray("特首表示：「我哋會繼續。」\n"));
    CHECK(quoted.exitCode == 0);
    CHECK(QString::fromUtf8(quoted.out).startsWith(u"-:1:7: note: word.cantonese: "));
    auto spoken
        = runCli({ QStringLiteral("lint"), QStringLiteral("--language"), QStringLiteral("zh-Hant-HK") },
            QByteArray("特首表示我哋會繼續。\n"));
    CHECK(spoken.exitCode == 1);
    CHECK(QString::fromUtf8(spoken.out).startsWith(u"-:1:5: warning: word.cantonese: "));
}
