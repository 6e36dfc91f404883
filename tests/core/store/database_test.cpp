#include "core/store/articlestore.h"
#include "core/store/migrations.h"
#include "core/store/promostore.h"
#include "core/store/sql.h"
#include "storetesting.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {
int pragma(const QString &file, const QString &name)
{
    const QString connection = QStringLiteral("probe-") + name;
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA ") + name));
        REQUIRE(query.next());
        value = query.value(0).toString() == u"wal" ? 1 : query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}
} // namespace

TEST_CASE("a new file gets the current schema, in WAL mode", "[sqlite][store]")
{
    auto portal = Testing::freshPortal();
    CHECK(portal.database->schemaVersion() == Migrations::schema().latest());
    CHECK(pragma(portal.path, QStringLiteral("user_version")) == Migrations::schema().latest());
    CHECK(pragma(portal.path, QStringLiteral("journal_mode")) == 1);
    CHECK(portal.database->backupPath().isEmpty());
}

TEST_CASE("a database from a newer PortalDesk is refused, untouched", "[sqlite][store]")
{
    auto portal = Testing::freshPortal();
    const QString path = portal.path;
    portal.database.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    auto reopened = Database::open(path);
    REQUIRE_FALSE(reopened.has_value());
    CHECK(reopened.error().code == Error::Code::TooNew);
    CHECK(reopened.error().message.contains(QStringLiteral("newer")));
    CHECK(pragma(path, QStringLiteral("user_version")) == 99);
}

TEST_CASE("migrating an older file backs it up first and keeps its content", "[sqlite][store]")
{
    auto portal = Testing::seededPortal();
    REQUIRE(ArticleStore(portal.database).create(Testing::sampleArticle()));
    const QString path = portal.path;
    portal.database.reset();

    const int latest = Migrations::schema().latest();
    const Migration second { latest + 1, QStringLiteral("test step"),
        { QStringLiteral("ALTER TABLE articles ADD COLUMN mood TEXT") } };
    QList<Migration> steps = Migrations::schema().steps();
    steps.append(second);
    const Migrations newer(steps);
    Database::Options options;
    options.migrations = &newer;
    auto migrated = Database::open(path, options);
    REQUIRE(migrated.has_value());
    CHECK((*migrated)->schemaVersion() == latest + 1);
    REQUIRE_FALSE((*migrated)->backupPath().isEmpty());
    CHECK(QFileInfo::exists((*migrated)->backupPath()));
    CHECK(pragma((*migrated)->backupPath(), QStringLiteral("user_version")) == latest);
    CHECK(ArticleStore(*migrated).count().value() == 1);
}

TEST_CASE("a failing migration rolls back and leaves the old schema", "[sqlite][store]")
{
    auto portal = Testing::freshPortal();
    const QString path = portal.path;
    portal.database.reset();
    const int latest = Migrations::schema().latest();
    QList<Migration> steps = Migrations::schema().steps();
    steps.append(Migration { latest + 1, QStringLiteral("broken"),
        { QStringLiteral("CREATE TABLE extra (x)"), QStringLiteral("THIS IS NOT SQL") } });
    const Migrations broken(steps);
    Database::Options options;
    options.migrations = &broken;
    auto opened = Database::open(path, options);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().message.contains(QStringLiteral("schema %1").arg(latest + 1)));
    CHECK(pragma(path, QStringLiteral("user_version")) == latest);
    auto again = Database::open(path);
    REQUIRE(again.has_value());
}

TEST_CASE("addresses that cannot be opened give clear messages", "[sqlite][store]")
{
    auto postgres = Database::open(QStringLiteral("postgresql://editor@127.0.0.1:1/portal"));
    REQUIRE_FALSE(postgres.has_value());
    CHECK(postgres.error().code == Error::Code::Database);
    CHECK(
        postgres.error().message.contains(QStringLiteral("cannot reach the newsroom server at 127.0.0.1:1")));

    QTemporaryDir folder;
    auto folderAsFile = Database::open(folder.path());
    REQUIRE_FALSE(folderAsFile.has_value());
    CHECK(folderAsFile.error().code == Error::Code::Io);

    const QString garbage = folder.filePath(QStringLiteral("notes.sqlite"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto notADatabase = Database::open(garbage);
    REQUIRE_FALSE(notADatabase.has_value());
    CHECK(notADatabase.error().code == Error::Code::Format);

    Database::Options noCreate;
    noCreate.create = false;
    auto missing = Database::open(folder.filePath(QStringLiteral("missing.sqlite")), noCreate);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("a schema 1 database is brought up to date with its content, searchable", "[sqlite][store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.sqlite"));
    {
        const Migrations firstOnly({ Migrations::schema().steps().constFirst() });
        Database::Options options;
        options.migrations = &firstOnly;
        auto old = Database::open(path, options);
        REQUIRE(old.has_value());
        CHECK((*old)->schemaVersion() == 1);
    }
    {
        // What PortalDesk at schema 1 wrote for one article.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("INSERT INTO sections (key, names, position) VALUES ('finance', "
                                          "'{\"zh-Hant-HK\":\"財經新聞\"}', 1)")));
        REQUIRE(query.exec(
            QStringLiteral("INSERT INTO articles (id, language, section, headline, body, status, created_at, "
                           "updated_at, version)"
                           " VALUES ('old-1', 'zh-Hant-HK', 'finance', '舊資料庫的發展報道', '內文', 'draft',"
                           " '2024-11-11T00:00:00.000Z', '2024-11-11T00:00:00.000Z', 1)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema1"));

    auto current = Database::open(path);
    REQUIRE(current.has_value());
    CHECK((*current)->schemaVersion() == Migrations::schema().latest());
    CHECK(pragma((*current)->backupPath(), QStringLiteral("user_version")) == 1);
    ArticleStore store(*current);
    CHECK(store.count().value() == 1);
    CHECK(store.get(QStringLiteral("old-1"))->headline == u"舊資料庫的發展報道");
    CHECK(store.count({ {}, {}, {}, QStringLiteral("发展") }).value() == 1);
    // Schema 6 copied the section's position onto the article, for the list's section order.
    auto position = Sql::run(Sql::connection(**current),
        QStringLiteral("SELECT section_position FROM articles WHERE id = 'old-1'"));
    REQUIRE(position);
    REQUIRE(position->next());
    CHECK(position->value(0).toInt() == 1);
}

TEST_CASE(
    "a file from before the promos' Simplified texts gains them and keeps its promos", "[sqlite][store]")
{
    auto portal = Testing::freshPortal();
    Promo promo;
    promo.slot = QStringLiteral("sidebar.feature");
    promo.text = QStringLiteral("畢加索的市場潛能有多強？");
    promo.callToAction = QStringLiteral("► 即睇");
    promo.link = QStringLiteral("https://demo.example/art");
    const QString id = PromoStore(portal.database).create(promo).value().id;
    const QString path = portal.path;
    {
        QSqlQuery query(Sql::connection(*portal.database));
        for (const char *column : { "zh_hans_kicker", "zh_hans_text", "zh_hans_call_to_action" })
            REQUIRE(
                query.exec(QStringLiteral("ALTER TABLE promos DROP COLUMN %1").arg(QLatin1String(column))));
        // As schema 9 left it: nor the translation links of schema 11, the trash of 12, the notes
        // of 13, the feeds of 14.
        REQUIRE(Migrations::schema().steps().at(9).description.contains(u"Simplified"));
        REQUIRE(query.exec(QStringLiteral("DROP TABLE translation_links")));
        REQUIRE(query.exec(QStringLiteral("DROP TABLE trash")));
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE articles DROP COLUMN text_edits")));
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE articles DROP COLUMN notes"))); // schema 13's
        REQUIRE(query.exec(QStringLiteral("DROP TABLE feeds")));
        REQUIRE(query.exec(QStringLiteral("DROP TABLE feed_options")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 9")));
    }
    portal.database.reset();

    auto migrated = Database::open(path);
    REQUIRE(migrated.has_value());
    CHECK((*migrated)->schemaVersion() == Migrations::schema().latest());
    Promo stored = PromoStore(*migrated).get(id).value();
    CHECK(stored.text == promo.text);
    CHECK(stored.simplifiedOverride.isEmpty());
    stored.simplifiedOverride.callToAction = QStringLiteral("► 立即查看");
    REQUIRE(PromoStore(*migrated).save(stored).has_value());
    CHECK(PromoStore(*migrated).get(id)->simplifiedOverride.callToAction == u"► 立即查看");
}
