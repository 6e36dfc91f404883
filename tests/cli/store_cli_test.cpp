#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using PortalDesk::Testing::runCli;

TEST_CASE("demo, list, dump and load work end to end", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    auto demo = runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db });
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains("articles"));

    auto list = runCli({ QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray articles = QJsonDocument::fromJson(list.out).array();
    REQUIRE(articles.size() >= 13);
    bool wireStory = false;
    for (const QJsonValue &article : articles)
        wireStory = wireStory
            || article.toObject()
                   .value(QStringLiteral("headline"))
                   .toString()
                   .contains(QStringLiteral("Linping"));
    CHECK(wireStory);

    auto drafts = runCli({ QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--status"),
        QStringLiteral("draft"), QStringLiteral("--json") });
    REQUIRE(drafts.exitCode == 0);
    for (const QJsonValue &article : QJsonDocument::fromJson(drafts.out).array())
        CHECK(article.toObject().value(QStringLiteral("status")).toString() == u"draft");

    const QString first = folder.filePath(QStringLiteral("first.json"));
    REQUIRE(runCli({ QStringLiteral("dump"), QStringLiteral("--db"), db, QStringLiteral("--out"), first })
                .exitCode
        == 0);
    const QString copy = folder.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(runCli({ QStringLiteral("load"), QStringLiteral("--db"), copy, first }).exitCode == 0);
    auto second = runCli({ QStringLiteral("dump"), QStringLiteral("--db"), copy });
    REQUIRE(second.exitCode == 0);
    QFile firstFile(first);
    REQUIRE(firstFile.open(QIODevice::ReadOnly));
    CHECK(second.out == firstFile.readAll());

    auto again = runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db });
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("--merge")));
}

TEST_CASE("the CLI explains bad input on stderr and exits non-zero", "[cli]")
{
    QTemporaryDir folder;
    auto noVerb = runCli({});
    CHECK(noVerb.exitCode == 2);
    CHECK(noVerb.out.contains("Commands:"));

    auto unknown = runCli({ QStringLiteral("publish-everything") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command")));

    for (const char *verb : { "list", "dump", "load", "demo" }) {
        auto help = runCli({ QString::fromLatin1(verb), QStringLiteral("--help") });
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains("--db"));
    }

    auto noDb = runCli({ QStringLiteral("list") });
    CHECK(noDb.exitCode == 2);
    CHECK(noDb.err.contains(QStringLiteral("--db")));

    auto missing = runCli(
        { QStringLiteral("list"), QStringLiteral("--db"), folder.filePath(QStringLiteral("none.sqlite")) });
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("none.sqlite")));

    const QString bad = folder.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"portaldesk/1\",\n \"articles\": [{\"id\": \"x\", \"language\": \"klingon\", "
               "\"headline\": \"h\"}]}");
    file.close();
    auto load = runCli(
        { QStringLiteral("load"), QStringLiteral("--db"), folder.filePath(QStringLiteral("x.sqlite")), bad });
    CHECK(load.exitCode == 2);
    CHECK(load.err.contains(QStringLiteral("articles[0]")));
    CHECK(load.err.contains(QStringLiteral("klingon")));

    auto badStatus = runCli({ QStringLiteral("list"), QStringLiteral("--db"),
        folder.filePath(QStringLiteral("x.sqlite")), QStringLiteral("--status"), QStringLiteral("done") });
    CHECK(badStatus.exitCode == 2);
    CHECK(badStatus.err.contains(QStringLiteral("done")));
}

TEST_CASE("load --merge of a file with articles only keeps the portal's settings", "[cli]")
{
    // Issue 12: after `demo` and a merge of one article, dump showed "name": {} and the
    // default base URL, and the next export lost its masthead.
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode == 0);
    auto before = runCli({ QStringLiteral("dump"), QStringLiteral("--db"), db });
    REQUIRE(before.exitCode == 0);
    const QJsonObject portalBefore
        = QJsonDocument::fromJson(before.out).object().value(QStringLiteral("portal")).toObject();
    REQUIRE(portalBefore.value(QStringLiteral("name")).toObject().size() >= 2);

    const QString file = folder.filePath(QStringLiteral("one.json"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(R"({"format": "portaldesk/1", "articles": [{"id": "a-merged", "language": "en",
        "headline": "One more story", "body": "Added by a merge.", "section": "features"}]})");
    out.close();
    auto merged
        = runCli({ QStringLiteral("load"), QStringLiteral("--db"), db, QStringLiteral("--merge"), file });
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);

    auto after = runCli({ QStringLiteral("dump"), QStringLiteral("--db"), db });
    REQUIRE(after.exitCode == 0);
    const QJsonObject dumped = QJsonDocument::fromJson(after.out).object();
    CHECK(dumped.value(QStringLiteral("portal")).toObject() == portalBefore);
    CHECK(QJsonDocument::fromJson(before.out).object().value(QStringLiteral("sections"))
        == dumped.value(QStringLiteral("sections")));
    CHECK(QJsonDocument::fromJson(before.out).object().value(QStringLiteral("promos"))
        == dumped.value(QStringLiteral("promos")));
    CHECK(dumped.value(QStringLiteral("articles")).toArray().size()
        == QJsonDocument::fromJson(before.out).object().value(QStringLiteral("articles")).toArray().size()
            + 1);
}

TEST_CASE("migrate copies a portal into an empty database, verified, and refuses a full one", "[cli]")
{
    QTemporaryDir folder;
    const QString from = folder.filePath(QStringLiteral("from.sqlite"));
    const QString to = folder.filePath(QStringLiteral("to.sqlite"));
    REQUIRE(runCli({ QStringLiteral("demo"), QStringLiteral("--db"), from }).exitCode == 0);
    auto copied
        = runCli({ QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to });
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.out.contains("verified: the same rows and content digest"));
    CHECK(runCli({ QStringLiteral("dump"), QStringLiteral("--db"), to }).out
        == runCli({ QStringLiteral("dump"), QStringLiteral("--db"), from }).out);
    auto again
        = runCli({ QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to });
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("only into an empty database")));
    auto missing = runCli({ QStringLiteral("migrate"), QStringLiteral("--from"),
        folder.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--to"), to });
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("no database file")));
}

TEST_CASE("export says what it left out and why", "[cli][workflow]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode == 0);
    // Before the demo's scheduled story is due (see tests/core/publish/bundlecheck.cpp).
    auto run = runCli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
        folder.filePath(QStringLiteral("site")), QStringLiteral("--at"),
        QStringLiteral("2024-11-25T08:00:00+08:00") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString out = QString::fromUtf8(run.out);
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("left out ")));
    CHECK(out.contains(QStringLiteral("scheduled for later")));
    CHECK(out.contains(QStringLiteral("): scheduled for 20"))); // the story, its id and its time
    CHECK(out.contains(QStringLiteral(" HKT\n")));
}

TEST_CASE("list shows the state editors see; trash, restore and empty-trash work headless", "[cli][trash]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode == 0);
    const auto ids = [&] {
        auto list = runCli({ QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json") });
        REQUIRE(list.exitCode == 0);
        QStringList found;
        for (const QJsonValue &article : QJsonDocument::fromJson(list.out).array())
            found << article.toObject().value(QStringLiteral("id")).toString();
        return found;
    };
    auto text = runCli({ QStringLiteral("list"), QStringLiteral("--db"), db });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("  Published  ")); // the name people read, not the stored key
    CHECK_FALSE(text.out.contains("  published  "));

    const QStringList before = ids();
    REQUIRE(before.size() > 2);
    const QString gone = before.first();
    auto trashed = runCli({ QStringLiteral("trash"), QStringLiteral("--db"), db, gone });
    INFO(trashed.err.toStdString());
    REQUIRE(trashed.exitCode == 0);
    CHECK_FALSE(ids().contains(gone));
    auto listing = runCli({ QStringLiteral("trash"), QStringLiteral("--db"), db, QStringLiteral("--list") });
    CHECK(listing.out.contains(gone.toUtf8()));

    auto again = runCli({ QStringLiteral("trash"), QStringLiteral("--db"), db, gone });
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(gone.toUtf8()));

    REQUIRE(runCli({ QStringLiteral("restore"), QStringLiteral("--db"), db, gone }).exitCode == 0);
    CHECK(ids().size() == before.size());

    REQUIRE(runCli({ QStringLiteral("trash"), QStringLiteral("--db"), db, gone }).exitCode == 0);
    auto emptied = runCli({ QStringLiteral("empty-trash"), QStringLiteral("--db"), db });
    REQUIRE(emptied.exitCode == 0);
    CHECK(emptied.out.contains("deleted 1 "));
    CHECK(runCli({ QStringLiteral("restore"), QStringLiteral("--db"), db, gone }).exitCode != 0);
}

TEST_CASE("pair, unpair and mark-up-to-date work headless, and list shows the pairs", "[cli][pairs]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode == 0);
    const QString zh = QStringLiteral("a-hibor-carry-trade-zh");
    const QString en = QStringLiteral("a-hibor-carry-trade-en");
    const auto partnerOf = [&](const QString &id) {
        auto list = runCli({ QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json") });
        REQUIRE(list.exitCode == 0);
        for (const QJsonValue &article : QJsonDocument::fromJson(list.out).array()) {
            if (article.toObject().value(QStringLiteral("id")).toString() == id)
                return article.toObject().value(QStringLiteral("partner_language")).toString();
        }
        FAIL("no such article in the list");
        return QString();
    };
    CHECK(partnerOf(zh) == u"en");
    CHECK(partnerOf(en) == u"zh-Hant-HK");
    auto text = runCli({ QStringLiteral("list"), QStringLiteral("--db"), db });
    CHECK(text.out.contains("⇄ en"));

    auto unpaired = runCli({ QStringLiteral("unpair"), QStringLiteral("--db"), db, en });
    INFO(unpaired.err.toStdString());
    REQUIRE(unpaired.exitCode == 0);
    CHECK(partnerOf(zh).isEmpty());
    CHECK(partnerOf(en).isEmpty());

    // Two Chinese articles are no pair; the message names what is in the way.
    auto sameLanguage = runCli(
        { QStringLiteral("pair"), QStringLiteral("--db"), db, zh, QStringLiteral("a-serene-bay-launch-zh") });
    CHECK(sameLanguage.exitCode == 2);
    CHECK_FALSE(sameLanguage.err.isEmpty());
    CHECK(partnerOf(zh).isEmpty());
    CHECK(runCli({ QStringLiteral("pair"), QStringLiteral("--db"), db, zh }).exitCode == 2);

    auto paired = runCli({ QStringLiteral("pair"), QStringLiteral("--db"), db, zh, en });
    INFO(paired.err.toStdString());
    REQUIRE(paired.exitCode == 0);
    CHECK(paired.out.contains("is now the translation of"));
    CHECK(partnerOf(zh) == u"en");
    CHECK(partnerOf(en) == u"zh-Hant-HK");

    auto synced = runCli({ QStringLiteral("mark-up-to-date"), QStringLiteral("--db"), db, en });
    INFO(synced.err.toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(runCli({ QStringLiteral("mark-up-to-date"), QStringLiteral("--db"), db, QStringLiteral("no-such") })
              .exitCode
        == 2);
}

TEST_CASE("logo shows, sets and clears the portal's logo, and refuses what is no picture", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode == 0);
    auto shown = runCli({ QStringLiteral("logo"), QStringLiteral("--db"), db });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out == "logo: the theme's (assets/logo.png)\n");

    const QString picture = QStringLiteral(PORTALDESK_SOURCE_DIR "/resources/themes/default/assets/logo.png");
    auto set = runCli({ QStringLiteral("logo"), QStringLiteral("--db"), db, picture });
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.startsWith("logo: "));
    CHECK(set.out.endsWith(".png\n"));
    CHECK(runCli({ QStringLiteral("logo"), QStringLiteral("--db"), db }).out == set.out);
    // The dump names it, with the picture beside the file.
    auto dumped = runCli({ QStringLiteral("dump"), QStringLiteral("--db"), db, QStringLiteral("--out"),
        folder.filePath(QStringLiteral("copy/portal.json")) });
    REQUIRE(dumped.exitCode == 0);
    QFile copy(folder.filePath(QStringLiteral("copy/portal.json")));
    REQUIRE(copy.open(QIODevice::ReadOnly));
    const QString logo = QJsonDocument::fromJson(copy.readAll())
                             .object()
                             .value(QStringLiteral("portal"))
                             .toObject()
                             .value(QStringLiteral("logo"))
                             .toString();
    CHECK(logo == u"media/" + QString::fromUtf8(set.out.mid(6).trimmed()));
    CHECK(QFile::exists(folder.filePath(QStringLiteral("copy/")) + logo));

    QFile text(folder.filePath(QStringLiteral("notes.png")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a picture at all");
    text.close();
    auto refused = runCli({ QStringLiteral("logo"), QStringLiteral("--db"), db, text.fileName() });
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"notes.png"));
    CHECK(runCli({ QStringLiteral("logo"), QStringLiteral("--db"), db }).out == set.out); // unchanged

    auto cleared = runCli({ QStringLiteral("logo"), QStringLiteral("--db"), db, QStringLiteral("--clear") });
    REQUIRE(cleared.exitCode == 0);
    CHECK(cleared.out == "logo: the theme's (assets/logo.png)\n");
}
