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
}
