#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using PortalDesk::Testing::runCli;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PORTALDESK_FIXTURES_DIR "/") + name;
}

} // namespace

TEST_CASE("import-wire prints the parsed fixture as JSON", "[cli][ingest]")
{
    auto run = runCli({ u"import-wire"_s, fixture(u"wire-prnewswire-etnet.txt"_s) });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray drafts = QJsonDocument::fromJson(run.out).array();
    REQUIRE(drafts.size() == 1);
    const QJsonObject draft = drafts.first().toObject();
    CHECK(draft.value(u"language"_s).toString() == u"en"_s);
    CHECK(draft.value(u"source"_s).toString() == u"PR Newswire"_s);
    CHECK(draft.value(u"published_at"_s).toString() == u"2024-11-11T20:47:00+08:00"_s);
    CHECK(draft.value(u"headline"_s).toString().startsWith(u"Xinhua Silk Road: E. China Hangzhou Linping"_s));
    CHECK(draft.value(u"dateline"_s).toObject()
        == QJsonObject { { u"place"_s, u"BEIJING"_s }, { u"date"_s, u"2024-11-11"_s } });
    CHECK(draft.value(u"body"_s).toString().startsWith(u"The 2nd Microshort Drama Conference"_s));
    const QJsonArray photos = draft.value(u"photos"_s).toArray();
    REQUIRE(photos.size() == 1);
    CHECK(photos.first().toObject().value(u"caption"_s).toString().startsWith(u"Photo shows"_s));
    CHECK(draft.value(u"original_link"_s).toString() == u"https://en.imsilkroad.com/p/343069.html"_s);
    CHECK(draft.value(u"credit"_s).toString() == u"source: Xinhua Silk Road"_s);
    CHECK(draft.value(u"dropped_lines"_s).toArray().contains(u"人氣文章"_s));
    CHECK(draft.value(u"warnings"_s).toArray().isEmpty());
}

TEST_CASE("import-wire reads several files and standard input", "[cli][ingest]")
{
    auto run = runCli({ u"import-wire"_s, u"--json"_s, fixture(u"wire/en-bullets.txt"_s),
        fixture(u"wire/zh-hant-photo.txt"_s) });
    REQUIRE(run.exitCode == 0);
    const QJsonArray drafts = QJsonDocument::fromJson(run.out).array();
    REQUIRE(drafts.size() == 2);
    CHECK(drafts.at(1).toObject().value(u"language"_s).toString() == u"zh-Hant-HK"_s);

    QFile file(fixture(u"wire/unknown-note.txt"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto piped = runCli({ u"import-wire"_s }, file.readAll());
    REQUIRE(piped.exitCode == 0);
    const QJsonObject unknown = QJsonDocument::fromJson(piped.out).array().first().toObject();
    CHECK(unknown.value(u"headline"_s).toString() == u"Reminder: desk meeting moved to 3pm"_s);
    CHECK(unknown.value(u"warnings"_s).toArray().size() == 1);
    CHECK(unknown.value(u"published_at"_s).isNull());
}

TEST_CASE("import-wire --convert turns Simplified copy into Traditional", "[cli][ingest]")
{
    auto run = runCli({ u"import-wire"_s, u"--convert"_s, fixture(u"wire/zh-hans-release.txt"_s) });
    REQUIRE(run.exitCode == 0);
    const QJsonObject draft = QJsonDocument::fromJson(run.out).array().first().toObject();
    CHECK(draft.value(u"language"_s).toString() == u"zh-Hant-HK"_s);
    CHECK(draft.value(u"credit"_s).toString() == u"消息來源：星瀾智能科技有限公司"_s);

    auto plain = runCli({ u"import-wire"_s, fixture(u"wire/zh-hans-release.txt"_s) });
    CHECK(QJsonDocument::fromJson(plain.out).array().first().toObject().value(u"language"_s).toString()
        == u"zh-Hans"_s);
}

TEST_CASE("import-wire --db creates drafts and prints their ids", "[cli][ingest]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(u"portal.sqlite"_s);
    auto run = runCli({ u"import-wire"_s, u"--db"_s, db, u"--convert"_s,
        fixture(u"wire-prnewswire-etnet.txt"_s), fixture(u"wire/zh-hans-release.txt"_s) });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList ids = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(ids.size() == 2);

    auto list = runCli({ u"list"_s, u"--db"_s, db, u"--json"_s });
    REQUIRE(list.exitCode == 0);
    const QJsonArray articles = QJsonDocument::fromJson(list.out).array();
    REQUIRE(articles.size() == 2);
    for (const QJsonValue &article : articles) {
        CHECK(ids.contains(article.toObject().value(u"id"_s).toString()));
        CHECK(article.toObject().value(u"status"_s).toString() == u"draft"_s);
    }
}

TEST_CASE("import-wire refuses invalid UTF-8 with the byte offset and stores nothing", "[cli][ingest]")
{
    QTemporaryDir folder;
    const QString bad = folder.filePath(u"bad.txt"_s);
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("PR Newswire\n\nHeadline\n") + '\xFF' + "rest");
    file.close();
    const QString db = folder.filePath(u"portal.sqlite"_s);
    auto run = runCli({ u"import-wire"_s, u"--db"_s, db, fixture(u"wire/en-bullets.txt"_s), bad });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"bad.txt"_s));
    CHECK(run.err.contains(u"22"_s));
    CHECK(run.out.isEmpty());
    auto list = runCli({ u"list"_s, u"--db"_s, db, u"--json"_s });
    CHECK(QJsonDocument::fromJson(list.out).array().isEmpty());

    auto missing = runCli({ u"import-wire"_s, folder.filePath(u"none.txt"_s) });
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"none.txt"_s));

    auto help = runCli({ u"import-wire"_s, u"--help"_s });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("--convert"));
    CHECK(help.out.contains("--no-convert"));
}

namespace {

QJsonObject importedOne(const QStringList &arguments)
{
    auto run = runCli(arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray created = QJsonDocument::fromJson(run.out).array();
    REQUIRE(created.size() == 1);
    return created.first().toObject();
}

} // namespace

TEST_CASE(
    "import-wire --db converts Simplified copy for a Hong Kong portal unless --no-convert", "[cli][ingest]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(u"portal.sqlite"_s);
    const QString release = fixture(u"wire/zh-hans-release.txt"_s);
    const QJsonObject converted = importedOne({ u"import-wire"_s, u"--db"_s, db, u"--json"_s, release });
    CHECK(converted.value(u"language"_s).toString() == u"zh-Hant-HK"_s);
    CHECK(converted.value(u"headline"_s).toString() == u"星瀾智能發佈新一代工業機器人視覺系統"_s);
    CHECK(converted.value(u"version"_s).toInt() == 2); // the Simplified original is version 1

    // The same release again: a second article only when asked for (it is a duplicate).
    const QJsonObject kept = importedOne({ u"import-wire"_s, u"--db"_s, db, u"--json"_s, u"--no-convert"_s,
        u"--if-duplicate"_s, u"import"_s, release });
    CHECK(kept.value(u"language"_s).toString() == u"zh-Hans"_s);
    CHECK(kept.value(u"headline"_s).toString() == u"星澜智能发布新一代工业机器人视觉系统"_s);
    CHECK(kept.value(u"version"_s).toInt() == 1);

    auto both = runCli({ u"import-wire"_s, u"--db"_s, db, u"--convert"_s, u"--no-convert"_s, release });
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(u"--no-convert"_s));
    auto list = runCli({ u"list"_s, u"--db"_s, db, u"--json"_s });
    CHECK(QJsonDocument::fromJson(list.out).array().size() == 2);

    // Parsing only never converts unless asked.
    auto parsed = runCli({ u"import-wire"_s, u"--no-convert"_s, release });
    REQUIRE(parsed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(parsed.out).array().first().toObject().value(u"language"_s).toString()
        == u"zh-Hans"_s);
}

TEST_CASE(
    "import-wire --db keeps Simplified copy for a portal whose default edition is zh-Hans", "[cli][ingest]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(u"portal.sqlite"_s);
    const QString settings = folder.filePath(u"portal.json"_s);
    QFile file(settings);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "portaldesk/1", "portal": {"name": {"zh-Hans": "深港财经"}, "base_url": )"
               R"("https://sz.example/", "time_zone": "Asia/Shanghai", "default_edition": "zh-Hans"}})");
    file.close();
    auto loaded = runCli({ u"load"_s, u"--db"_s, db, settings });
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exitCode == 0);

    const QString release = fixture(u"wire/zh-hans-release.txt"_s);
    CHECK(
        importedOne({ u"import-wire"_s, u"--db"_s, db, u"--json"_s, release }).value(u"language"_s).toString()
        == u"zh-Hans"_s);
    CHECK(importedOne({ u"import-wire"_s, u"--db"_s, db, u"--json"_s, u"--convert"_s, u"--if-duplicate"_s,
                          u"import"_s, release })
              .value(u"language"_s)
              .toString()
        == u"zh-Hant-HK"_s);
}

TEST_CASE("import-wire --db stores the captions as photos that dump shows", "[cli][ingest]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(u"demo.sqlite"_s);
    REQUIRE(runCli({ u"demo"_s, u"--db"_s, db }).exitCode == 0);
    const QJsonObject created
        = importedOne({ u"import-wire"_s, u"--db"_s, db, u"--json"_s, fixture(u"wire/zh-hant-photo.txt"_s) });
    CHECK(created.value(u"photos"_s).toInt() == 1);
    const QString id = created.value(u"id"_s).toString();
    REQUIRE_FALSE(id.isEmpty());

    auto dump = runCli({ u"dump"_s, u"--db"_s, db });
    INFO(dump.err.toStdString());
    REQUIRE(dump.exitCode == 0);
    QJsonObject article;
    for (const QJsonValue &value :
        QJsonDocument::fromJson(dump.out).object().value(u"articles"_s).toArray()) {
        if (value.toObject().value(u"id"_s).toString() == id)
            article = value.toObject();
    }
    REQUIRE_FALSE(article.isEmpty());
    const QJsonArray photos = article.value(u"photos"_s).toArray();
    REQUIRE(photos.size() == 1);
    CHECK(photos.first().toObject().value(u"file"_s).isNull());
    CHECK(photos.first().toObject().value(u"caption"_s).toString()
        == u"圖為恒瑞綠色科技主席陳家明（中）與嘉賓主持氫能物流中心啟用儀式。"_s);
    CHECK(article.value(u"status"_s).toString() == u"draft"_s);

    // The dump loads into another portal as it is.
    const QString copy = folder.filePath(u"copy.json"_s);
    REQUIRE(runCli({ u"dump"_s, u"--db"_s, db, u"--out"_s, copy }).exitCode == 0);
    auto reloaded = runCli({ u"load"_s, u"--db"_s, folder.filePath(u"copy.sqlite"_s), copy });
    INFO(reloaded.err.toStdString());
    CHECK(reloaded.exitCode == 0);
}

TEST_CASE("import-wire reads the new dateline shapes and a date-only time line", "[cli][ingest]")
{
    auto run = runCli({ u"import-wire"_s, fixture(u"wire/zh-hans-xinhua-dateline.txt"_s),
        fixture(u"wire/zh-hant-bracket-dateline.txt"_s) });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray drafts = QJsonDocument::fromJson(run.out).array();
    REQUIRE(drafts.size() == 2);
    const QJsonObject xinhua = drafts.at(0).toObject();
    CHECK(xinhua.value(u"published_at"_s).isNull());
    CHECK(xinhua.value(u"dateline"_s).toObject()
        == QJsonObject { { u"place"_s, u"香港"_s }, { u"date"_s, u"2025-06-18"_s } });
    CHECK(xinhua.value(u"warnings"_s).toArray().size() == 1);
    const QJsonObject bracket = drafts.at(1).toObject();
    CHECK(bracket.value(u"published_at"_s).toString() == u"2025-06-18T16:05:00+08:00"_s);
    CHECK(bracket.value(u"dateline"_s).toObject()
        == QJsonObject { { u"place"_s, u"香港"_s }, { u"date"_s, u"2025-06-18"_s } });
    CHECK(bracket.value(u"body"_s).toString().startsWith(u"港灣能源控股有限公司"_s));
}

TEST_CASE("import-wire prints each service's byline, notes and wire time", "[cli][ingest]")
{
    auto run = runCli({ u"import-wire"_s, fixture(u"wire/hksar-gov-zh-hant.txt"_s),
        fixture(u"wire/globenewswire-en.txt"_s), fixture(u"wire/chinanews-zh-hant.txt"_s) });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray drafts = QJsonDocument::fromJson(run.out).array();
    REQUIRE(drafts.size() == 3);
    const QJsonObject government = drafts.at(0).toObject();
    CHECK(government.value(u"service"_s).toString() == u"hksar-gov"_s);
    CHECK(government.value(u"source"_s).toString() == u"香港特區政府"_s);
    CHECK(government.value(u"published_at"_s).toString() == u"2025-03-06T11:05:00+08:00"_s);
    CHECK(government.value(u"notes"_s).isNull());
    const QJsonObject globe = drafts.at(1).toObject();
    CHECK(globe.value(u"notes"_s).toString().startsWith(u"### About Lionrock Robotics"_s));
    CHECK_FALSE(globe.value(u"body"_s).toString().contains(u"Media Contact"_s));
    CHECK(drafts.at(2).toObject().value(u"byline"_s).toString() == u"李明"_s);
}

TEST_CASE("ingest-feed makes a draft per new item, once, and keeps the feed log in the portal",
    "[cli][ingest][feed]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(u"portal.sqlite"_s);
    const QString feed = fixture(u"feeds/gov-press-releases.xml"_s);
    auto first = runCli({ u"ingest-feed"_s, u"--db"_s, db, feed });
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains("2 new, 0 skipped"));
    CHECK(first.out.contains("Fresh measures to support tourism announced"));
    CHECK_FALSE(QFile::exists(db + u".feeds.json"_s)); // the log is in the database, for every editor

    auto second = runCli({ u"ingest-feed"_s, u"--db"_s, db, u"--json"_s, feed });
    REQUIRE(second.exitCode == 0);
    const QJsonArray report = QJsonDocument::fromJson(second.out).array();
    REQUIRE(report.size() == 1);
    const QJsonArray items = report.first().toObject().value(u"items"_s).toArray();
    REQUIRE(items.size() == 2);
    CHECK(items.first().toObject().value(u"skipped"_s).toString() == u"taken before"_s);

    auto list = runCli({ u"list"_s, u"--db"_s, db, u"--json"_s });
    CHECK(QJsonDocument::fromJson(list.out).array().size() == 2);

    // A malformed feed fails on its own: the good one beside it is still read, and the run says so.
    auto mixed = runCli({ u"ingest-feed"_s, u"--db"_s, db, fixture(u"feeds/malformed.xml"_s), feed });
    CHECK(mixed.exitCode == 2);
    CHECK(mixed.err.contains(u"malformed.xml"_s));
    CHECK(mixed.err.contains(u"line 4"_s));
    CHECK(mixed.out.contains("0 new, 2 skipped"));
}

TEST_CASE("ingest-feed adopts the feed log file of an earlier PortalDesk", "[cli][ingest][feed]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(u"portal.sqlite"_s);
    const QString feed = fixture(u"feeds/gov-press-releases.xml"_s);
    // The file said the first release was taken (its draft since deleted by the desk).
    QFile log(db + u".feeds.json"_s);
    REQUIRE(log.open(QIODevice::WriteOnly));
    log.write(
        QJsonDocument(QJsonObject { { u"feeds"_s,
                                        QJsonObject { { feed,
                                            QJsonObject { { u"seen"_s,
                                                QJsonArray { u"https://www.example-gov.hk/en/press/"
                                                             u"202503/07/P2025030700123.htm"_s } } } } } },
                          { u"poll_minutes"_s, 15 } })
            .toJson());
    log.close();
    auto run = runCli({ u"ingest-feed"_s, u"--db"_s, db, feed });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("1 new, 1 skipped"));
    CHECK(run.out.contains("(taken before)"));
    CHECK_FALSE(QFile::exists(db + u".feeds.json"_s));
    CHECK(QFile::exists(db + u".feeds.json.imported"_s));

    // A broken file is named, and nothing is polled.
    QTemporaryDir other;
    const QString second = other.filePath(u"portal.sqlite"_s);
    QFile broken(second + u".feeds.json"_s);
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"feeds\": [");
    broken.close();
    auto refused = runCli({ u"ingest-feed"_s, u"--db"_s, second, feed });
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(u"portal.sqlite.feeds.json is not valid JSON"_s));
    CHECK(QFile::exists(second + u".feeds.json"_s));
}

TEST_CASE("import-wire --db reports copy already in the portal and skips it unless told otherwise",
    "[cli][ingest][duplicates]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(u"portal.sqlite"_s);
    const auto articles = [&] {
        auto list = runCli({ u"list"_s, u"--db"_s, db, u"--json"_s });
        REQUIRE(list.exitCode == 0);
        return QJsonDocument::fromJson(list.out).array().size();
    };
    auto first = runCli({ u"import-wire"_s, u"--db"_s, db, fixture(u"wire-prnewswire-etnet.txt"_s) });
    REQUIRE(first.exitCode == 0);
    const QString id = QString::fromUtf8(first.out).trimmed();
    REQUIRE_FALSE(id.isEmpty());

    // The same story pasted again with corrections: reported, skipped by default.
    const QString again = fixture(u"duplicates/en-xinhua-repaste.txt"_s);
    auto skipped = runCli({ u"import-wire"_s, u"--db"_s, db, again });
    INFO(skipped.err.toStdString());
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.out.isEmpty());
    CHECK(skipped.err.contains(u"matches article %1"_s.arg(id)));
    CHECK(skipped.err.contains(u"% the same text"_s));
    CHECK(skipped.err.contains(u"skipped"_s));
    CHECK(articles() == 1);

    auto updated
        = runCli({ u"import-wire"_s, u"--db"_s, db, u"--if-duplicate"_s, u"update"_s, u"--json"_s, again });
    INFO(updated.err.toStdString());
    REQUIRE(updated.exitCode == 0);
    const QJsonObject update = QJsonDocument::fromJson(updated.out).array().first().toObject();
    CHECK(update.value(u"action"_s).toString() == u"updated"_s);
    CHECK(update.value(u"id"_s).toString() == id);
    CHECK(update.value(u"version"_s).toInt() == 2);
    CHECK(update.value(u"duplicate_of"_s).toObject().value(u"match"_s).toString() == u"same-text"_s);
    CHECK(updated.err.contains(u"updated it to version 2"_s));
    CHECK(articles() == 1);

    // The same original link, as JSON.
    auto linked
        = runCli({ u"import-wire"_s, u"--db"_s, db, u"--json"_s, fixture(u"wire-prnewswire-etnet.txt"_s) });
    REQUIRE(linked.exitCode == 0);
    const QJsonObject skip = QJsonDocument::fromJson(linked.out).array().first().toObject();
    CHECK(skip.value(u"action"_s).toString() == u"skipped"_s);
    CHECK(skip.value(u"duplicate_of"_s).toObject().value(u"match"_s).toString() == u"same-link"_s);
    CHECK(linked.err.contains(u"same original link"_s));

    auto imported = runCli({ u"import-wire"_s, u"--db"_s, db, u"--if-duplicate"_s, u"import"_s, again });
    REQUIRE(imported.exitCode == 0);
    CHECK(QString::fromUtf8(imported.out).trimmed() != id);
    CHECK(imported.err.contains(u"imported anyway"_s));
    CHECK(articles() == 2);

    // A different story of the same wire and day is imported without a word.
    auto other = runCli({ u"import-wire"_s, u"--db"_s, db, fixture(u"duplicates/en-xinhua-sameday.txt"_s) });
    REQUIRE(other.exitCode == 0);
    CHECK_FALSE(other.err.contains(u"matches article"_s));
    CHECK(articles() == 3);
}

TEST_CASE("import-wire refuses an --if-duplicate it does not know", "[cli][ingest][duplicates]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(u"portal.sqlite"_s);
    auto run = runCli({ u"import-wire"_s, u"--db"_s, db, u"--if-duplicate"_s, u"overwrite"_s,
        fixture(u"wire-prnewswire-etnet.txt"_s) });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"--if-duplicate takes skip, update or import, not “overwrite”"_s));
    CHECK(run.out.isEmpty());
    auto help = runCli({ u"import-wire"_s, u"--help"_s });
    CHECK(help.out.contains("--if-duplicate"));
}
