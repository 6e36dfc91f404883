// Issue 12: one unchanged database exported twice must give the same bytes, whatever
// the number of render threads. cmark-gfm's shared inline tables made autolinks and
// <del> come and go between runs; these tests fail on that build.

#include "bundlecheck.h"
#include "core/exchange/interchange.h"
#include "core/parallel.h"
#include "core/publish/bundleexporter.h"
#include "core/render/markdown.h"
#include "core/store/articlestore.h"
#include "core/store/sql.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <numeric>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

// A body that needs every inline extension the renderer attaches, plus tables, task
// lists and footnote-like text (which cmark-gfm leaves as text without its extension).
QString trickyBody(int n, bool chinese)
{
    QString body = chinese
        ? QStringLiteral(
            "第%1號公告：~~舊價~~新價見 https://example.com/p/%1 及 www.example.org/%1。\n\n"
            "| 期限 | 息率 |\n|:---|---:|\n| 一個月 | %1.80厘 |\n| 三個月 | ~~4.1~~ 4.2厘 |\n\n"
            "- [x] 已完成 www.hkex.com.hk\n- [ ] 待辦 https://example.net/t/%1\n\n"
            "註[^%1]：詳見 <https://example.com/notes/%1>。\n\n[^%1]: ~~刪去~~ 原文 www.example.com/n/%1\n")
        : QStringLiteral(
            "Notice %1: ~~old price~~ new price at https://example.com/p/%1 and www.example.org/%1.\n\n"
            "| Term | Rate |\n|:---|---:|\n| 1M | %1.80% |\n| 3M | ~~4.1~~ 4.2% |\n\n"
            "- [x] done www.hkex.com.hk\n- [ ] to do https://example.net/t/%1\n\n"
            "See note[^%1] and mailto:desk@example.com, ~strike~ ~~struck **bold**~~.\n\n"
            "[^%1]: ~~dropped~~ source www.example.com/n/%1\n");
    return body.arg(n);
}

// Sections from the demo, and `count` published articles (a third of them in Chinese).
QByteArray trickyPortal(int count)
{
    QJsonArray articles;
    for (int i = 0; i < count; ++i) {
        const bool chinese = i % 3 == 0;
        articles.append(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("t-%1").arg(i, 4, 10, QLatin1Char('0')) },
            { QStringLiteral("language"), chinese ? QStringLiteral("zh-Hant-HK") : QStringLiteral("en") },
            { QStringLiteral("section"), i % 2 ? QStringLiteral("finance") : QStringLiteral("features") },
            { QStringLiteral("headline"),
                chinese ? QStringLiteral("第%1號公告").arg(i) : QStringLiteral("Notice number %1").arg(i) },
            { QStringLiteral("body"), trickyBody(i, chinese) },
            { QStringLiteral("status"), QStringLiteral("published") },
            { QStringLiteral("publish_at"), demoMoment().addSecs(-3600 * (i + 1)).toString(Qt::ISODate) },
        });
    }
    const QJsonObject root {
        { QStringLiteral("format"), QStringLiteral("portaldesk/1") },
        { QStringLiteral("portal"),
            QJsonObject {
                { QStringLiteral("name"), QJsonObject { { QStringLiteral("en"), QStringLiteral("Desk") } } },
                { QStringLiteral("base_url"), QStringLiteral("https://desk.example/") } } },
        { QStringLiteral("sections"),
            QJsonArray {
                QJsonObject { { QStringLiteral("key"), QStringLiteral("finance") },
                    { QStringLiteral("names"),
                        QJsonObject { { QStringLiteral("en"), QStringLiteral("Finance") } } } },
                QJsonObject { { QStringLiteral("key"), QStringLiteral("features") },
                    { QStringLiteral("names"),
                        QJsonObject { { QStringLiteral("en"), QStringLiteral("Features") } } } },
            } },
        { QStringLiteral("articles"), articles },
    };
    return QJsonDocument(root).toJson();
}

QMap<QString, QByteArray> exported(const DatabasePtr &database, const QString &out, int jobs)
{
    ExportOptions options;
    options.outFolder = out;
    options.at = demoMoment();
    options.jobs = jobs;
    auto report = BundleExporter(database).run(options);
    INFO((report ? QString() : report.error().text()).toStdString());
    REQUIRE(report.has_value());
    return snapshotOf(out);
}

// Loads and saves stamp articles with the moment they happened; two databases filled one
// after the other are given the same moments, so that they hold the same content.
void pinTimes(const DatabasePtr &database)
{
    REQUIRE(Sql::run(Sql::connection(*database),
        QStringLiteral("UPDATE articles SET created_at = '2024-11-20T00:00:00.000Z',"
                       " updated_at = '2024-11-20T00:00:00.000Z'")));
}

QStringList differences(const QMap<QString, QByteArray> &a, const QMap<QString, QByteArray> &b)
{
    QStringList paths;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (b.value(it.key()) != it.value())
            paths.append(it.key());
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            paths.append(it.key());
    }
    return paths;
}

} // namespace

TEST_CASE("Markdown gives the same HTML on many threads as on one", "[render][threads]")
{
    QStringList bodies;
    for (int i = 0; i < 400; ++i)
        bodies.append(trickyBody(i, i % 2));
    QStringList alone;
    for (const QString &body : std::as_const(bodies))
        alone.append(Markdown::toHtml(body));
    CHECK(alone.first().contains(u"<del>"));
    CHECK(alone.first().contains(u"<a href=\"https://example.com/p/0\">"));
    CHECK(alone.first().contains(u"<a href=\"http://www.example.org/0\">"));
    CHECK(alone.first().contains(u"<table>"));

    for (int round = 0; round < 5; ++round) {
        QStringList together(bodies.size());
        std::vector<qsizetype> indexes(size_t(bodies.size()));
        std::iota(indexes.begin(), indexes.end(), 0);
        QString *out = together.data(); // one element per thread: no detaching from several
        Parallel::forEach(8, indexes, [&](qsizetype i) { out[i] = Markdown::toHtml(bodies.at(i)); });
        int differing = 0;
        for (qsizetype i = 0; i < bodies.size(); ++i)
            differing += together.at(i) != alone.at(i);
        INFO("round " << round);
        CHECK(differing == 0);
    }
}

TEST_CASE("exports with several threads are byte-identical to a one-thread export", "[publish][threads]")
{
    QTemporaryDir folder;
    const DatabasePtr database = newTestDatabase(folder.filePath(QStringLiteral("tricky.sqlite")));
    auto loaded = Interchange::load(database, trickyPortal(450), folder.path());
    INFO((loaded ? QString() : loaded.error().text()).toStdString());
    REQUIRE(loaded.has_value());

    const QMap<QString, QByteArray> reference = exported(database, folder.filePath(QStringLiteral("one")), 1);
    CHECK(reference.size() > 600);
    bool sawLinkAndDel = false;
    for (auto it = reference.cbegin(); it != reference.cend() && !sawLinkAndDel; ++it)
        sawLinkAndDel = it.key().startsWith(u"en/articles/") && it.value().contains("<del>")
            && it.value().contains("<a href=\"http://www.example.org/");
    CHECK(sawLinkAndDel);

    for (int run = 0; run < 3; ++run) {
        const auto bundle = exported(database, folder.filePath(QStringLiteral("many-%1").arg(run)), 6);
        const QStringList differing = differences(reference, bundle);
        INFO("run " << run << ": " << differing.size() << " files differ, e.g. "
                    << differing.mid(0, 5).join(u", ").toStdString());
        CHECK(differing.isEmpty());
    }
}

TEST_CASE("the same portal exports and dumps to the same bytes from PostgreSQL as from SQLite", "[postgres]")
{
    QTemporaryDir folder;
    const QString demo = QStringLiteral(PORTALDESK_SOURCE_DIR "/resources/demo/portal.json");
    auto sqlite = Database::open(folder.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(sqlite.has_value());
    const DatabasePtr server = newTestDatabase({});
    REQUIRE(server->kind() == Database::Kind::Postgres);
    for (const DatabasePtr &database : { *sqlite, server }) {
        auto loaded = Interchange::loadFile(database, demo);
        INFO((loaded ? QString() : loaded.error().text()).toStdString());
        REQUIRE(loaded.has_value());
        pinTimes(database);
    }
    // Exported by the same person (the manifest names who exported).
    (*sqlite)->setUserName(server->userName());
    const auto fromFile = exported(*sqlite, folder.filePath(QStringLiteral("from-sqlite")), 2);
    const auto fromServer = exported(server, folder.filePath(QStringLiteral("from-postgresql")), 2);
    const QStringList differing = differences(fromFile, fromServer);
    INFO(differing.size() << " files differ, e.g. " << differing.mid(0, 5).join(u", ").toStdString());
    CHECK(fromFile.size() > 40);
    CHECK(differing.isEmpty());

    // The incremental path too: the same edit on both, the same update.
    for (const DatabasePtr &database : { *sqlite, server }) {
        ArticleStore store(database);
        Article article = store.get(QStringLiteral("a-hibor-carry-trade-zh")).value();
        article.body += QStringLiteral("\n\n（本文已更新）");
        REQUIRE(store.save(article).has_value());
        pinTimes(database);
    }
    ExportOptions options;
    options.at = demoMoment();
    options.incremental = true;
    for (const auto &[database, out] : { std::pair { *sqlite, QStringLiteral("from-sqlite") },
             std::pair { server, QStringLiteral("from-postgresql") } }) {
        options.outFolder = folder.filePath(out);
        auto report = BundleExporter(database).run(options);
        INFO((report ? QString() : report.error().text()).toStdString());
        REQUIRE(report.has_value());
        CHECK(report->written > 0);
    }
    const QStringList afterEdit = differences(snapshotOf(folder.filePath(QStringLiteral("from-sqlite"))),
        snapshotOf(folder.filePath(QStringLiteral("from-postgresql"))));
    INFO(afterEdit.size() << " files differ after the edit, e.g. "
                          << afterEdit.mid(0, 5).join(u", ").toStdString());
    CHECK(afterEdit.isEmpty());

    // dump gives the same bytes from either engine (revisions' times aside, which dump leaves out).
    auto fileDump = Interchange::dump(*sqlite, {});
    auto serverDump = Interchange::dump(server, {});
    REQUIRE(fileDump.has_value());
    REQUIRE(serverDump.has_value());
    CHECK(fileDump->toStdString() == serverDump->toStdString());
}
