#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using PortalDesk::Testing::runCli;

namespace {

QJsonArray searchJson(const QString &db, const QStringList &more)
{
    QStringList arguments { QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--json") };
    arguments += more;
    auto run = runCli(arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out).array();
}

} // namespace

TEST_CASE("search finds the demo portal's stories in either script, with highlights", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode == 0);

    const QJsonArray hits = searchJson(db, { QStringLiteral("毕加索") });
    REQUIRE_FALSE(hits.isEmpty());
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        CHECK_FALSE(hit.value(QStringLiteral("id")).toString().isEmpty());
        CHECK(hit.value(QStringLiteral("score")).toDouble() > 0);
        const QString snippet = hit.value(QStringLiteral("snippet")).toString();
        const QJsonArray highlights = hit.value(QStringLiteral("highlights")).toArray();
        REQUIRE_FALSE(highlights.isEmpty());
        for (const QJsonValue &h : highlights) {
            const int start = h.toObject().value(QStringLiteral("start")).toInt();
            const int length = h.toObject().value(QStringLiteral("length")).toInt();
            CHECK(snippet.mid(start, length) == QStringLiteral("畢加索"));
        }
    }

    const QJsonArray limited
        = searchJson(db, { QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("港") });
    CHECK(limited.size() == 1);
    const QJsonArray english
        = searchJson(db, { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("econom*") });
    REQUIRE_FALSE(english.isEmpty());
    for (const QJsonValue &value : english)
        CHECK(value.toObject()
                  .value(QStringLiteral("headline"))
                  .toString()
                  .contains(QRegularExpression(QStringLiteral("\\w"))));

    // Only an exclusion: everything else, so an editor can list what leaves Picasso out.
    QStringList picasso;
    for (const QJsonValue &value : searchJson(db, { QStringLiteral("picasso") }))
        picasso.append(value.toObject().value(QStringLiteral("id")).toString());
    REQUIRE_FALSE(picasso.isEmpty());
    const QJsonArray others
        = searchJson(db, { QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("-Picasso") });
    CHECK(others.size() > 1);
    for (const QJsonValue &value : others)
        CHECK_FALSE(picasso.contains(value.toObject().value(QStringLiteral("id")).toString()));

    auto text = runCli({ QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("畢加索") });
    REQUIRE(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("[畢加索]")));
}

TEST_CASE("search takes hostile queries as text and refuses bad options", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode == 0);
    for (const QString &query : { QStringLiteral("\""), QStringLiteral("NEAR("), QStringLiteral("((("),
             QStringLiteral("'); DROP TABLE articles;--"), QStringLiteral("AND"), QString() }) {
        auto run = runCli(
            { QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--json"), query });
        INFO(query.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(QJsonDocument::fromJson(run.out).isArray());
    }
    CHECK(runCli({ QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--limit"),
                     QStringLiteral("none"), QStringLiteral("x") })
              .exitCode
        == 2);
    CHECK(runCli({ QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--status"),
                     QStringLiteral("gone"), QStringLiteral("x") })
              .exitCode
        == 2);
}

TEST_CASE("reindex rebuilds the index and search still finds everything", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode == 0);
    const QJsonArray before = searchJson(db, { QStringLiteral("发展") });
    auto reindex = runCli({ QStringLiteral("reindex"), QStringLiteral("--db"), db });
    INFO(reindex.err.toStdString());
    REQUIRE(reindex.exitCode == 0);
    CHECK(reindex.out.contains("indexed 32"));
    CHECK(searchJson(db, { QStringLiteral("发展") }) == before);
    CHECK(runCli({ QStringLiteral("reindex"), QStringLiteral("--db"),
                     folder.filePath(QStringLiteral("missing.sqlite")) })
              .exitCode
        == 2);
}
