// The newsroom server: what only PostgreSQL has (issue 13). Runs in the "pg: " registration
// of core_store_tests, against the servers scripts/test starts.

#include "core/search/articlesearch.h"
#include "core/store/articlestore.h"
#include "core/store/database.h"
#include "core/store/postgresschema.h"
#include "storetesting.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <thread>

using namespace PortalDesk;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// Runs SQL in a test database as the server's superuser.
void asAdmin(const QString &address, const QString &sql)
{
    auto database = Database::open(address, { true, nullptr, Database::Options::ServerSchema::Leave });
    INFO((database ? QString() : database.error().text()).toStdString());
    REQUIRE(database.has_value());
    QSqlQuery query(QSqlDatabase::database((*database)->connectionName()));
    INFO(sql.toStdString());
    const bool done = query.exec(sql);
    INFO(query.lastError().text().toStdString());
    REQUIRE(done);
}

QString openError(const QString &address)
{
    auto database = Database::open(address);
    REQUIRE_FALSE(database.has_value());
    return database.error().text();
}

} // namespace

TEST_CASE("two clients opening an empty newsroom database at once set it up once", "[postgres]")
{
    const QString address = Testing::newTestAddress({});
    std::optional<Result<DatabasePtr>> first;
    std::optional<Result<DatabasePtr>> second;
    std::thread a([&] { first = Database::open(address); });
    std::thread b([&] { second = Database::open(address); });
    a.join();
    b.join();
    INFO((*first ? QString() : first->error().text()).toStdString());
    INFO((*second ? QString() : second->error().text()).toStdString());
    REQUIRE(first->has_value());
    REQUIRE(second->has_value());
    CHECK(PostgresSchema::version(***first).value() == PostgresSchema::steps().latest());
    first->value().reset();
    second->value().reset();
    auto again = Database::open(address);
    REQUIRE(again.has_value());
    Article article = Testing::sampleArticle();
    article.section.clear();
    article.columns.clear();
    const auto created = ArticleStore(*again).create(article);
    INFO((created ? QString() : created.error().error.text()).toStdString());
    REQUIRE(created.has_value());
}

TEST_CASE("a newsroom database from a newer PortalDesk is refused untouched", "[postgres]")
{
    const QString address = Testing::newTestAddress({});
    REQUIRE(Database::open(address).has_value());
    asAdmin(address, QStringLiteral("UPDATE portaldesk_schema SET version = 99"));
    const QString error = openError(address);
    CHECK(error.contains(u"schema 99"));
    CHECK(error.contains(QStringLiteral("schema %1").arg(PostgresSchema::steps().latest())));
    auto look = Database::open(address, { true, nullptr, Database::Options::ServerSchema::Leave });
    REQUIRE(look.has_value());
    CHECK(PostgresSchema::version(**look).value() == 99);
}

TEST_CASE("an older newsroom database is updated only by newsroom migrate, which says what it will do",
    "[postgres]")
{
    const QString address = Testing::newTestAddress({});
    REQUIRE(Database::open(address).has_value());
    const int previous = PostgresSchema::steps().latest() - 1;
    asAdmin(address, QStringLiteral("UPDATE portaldesk_schema SET version = %1").arg(previous));
    const QString error = openError(address);
    CHECK(error.contains(u"newsroom migrate"));
    CHECK(error.contains(QStringLiteral("schema %1").arg(previous)));
    auto look = Database::open(address, { true, nullptr, Database::Options::ServerSchema::Leave });
    REQUIRE(look.has_value());
    const QStringList plan = PostgresSchema::pending(**look).value();
    REQUIRE(plan.size() == 1);
    CHECK(plan.first().startsWith(QStringLiteral("schema %1:").arg(PostgresSchema::steps().latest())));
}

TEST_CASE("newsroom migrate takes a schema 6 database to the latest, and the next search rebuilds the index",
    "[postgres]")
{
    const QString address = Testing::newTestAddress({});
    {
        auto database = Database::open(address);
        REQUIRE(database.has_value());
        Article article = Testing::sampleArticle(QStringLiteral("Central bank holds rates"));
        article.language = Language::En;
        article.section.clear(); // a database with no sections yet
        article.columns.clear();
        article.body = QStringLiteral("The central bank said interest rates stay.");
        REQUIRE(ArticleStore(*database).create(article).has_value());
    }
    // As schema 6 left it: no pairs column, an index without pairs, no announcements, no locks or
    // people, no fingerprints, no promo Simplified texts, no translation links, no trash, no notes,
    // no feeds.
    asAdmin(address,
        QStringLiteral(
            "DROP TABLE edit_locks, people, article_fingerprints, article_slugs, translation_links,"
            " trash, feeds, feed_options"));
    asAdmin(address,
        QStringLiteral(
            "ALTER TABLE articles DROP COLUMN wire_time, DROP COLUMN text_edits, DROP COLUMN notes"));
    asAdmin(address, QStringLiteral("DROP SEQUENCE edit_lock_tokens"));
    asAdmin(address, QStringLiteral("DROP FUNCTION portaldesk_announce_lock()"));
    asAdmin(address, QStringLiteral("DROP FUNCTION portaldesk_announce() CASCADE"));
    asAdmin(address, QStringLiteral("DROP INDEX search_docs_pairs"));
    asAdmin(address, QStringLiteral("ALTER TABLE search_docs DROP COLUMN pairs"));
    asAdmin(address,
        QStringLiteral("ALTER TABLE promos DROP COLUMN zh_hans_kicker, DROP COLUMN zh_hans_text,"
                       " DROP COLUMN zh_hans_call_to_action"));
    asAdmin(address, QStringLiteral("UPDATE portaldesk_schema SET version = 6"));
    asAdmin(address, QStringLiteral("DELETE FROM search_meta"));

    auto migrated = Database::open(address, { true, nullptr, Database::Options::ServerSchema::Migrate });
    INFO((migrated ? QString() : migrated.error().text()).toStdString());
    REQUIRE(migrated.has_value());
    CHECK(PostgresSchema::version(**migrated).value() == PostgresSchema::steps().latest());
    SearchRequest request;
    request.text = QStringLiteral("\"central bank\"");
    const auto hits = ArticleSearch(*migrated).search(request);
    REQUIRE(hits.has_value());
    CHECK(hits->size() == 1);
}

TEST_CASE("connection failures say what failed and what to do", "[postgres]")
{
    const QString user = env("PORTALDESK_TEST_PG_USER");
    const QString port = env("PORTALDESK_TEST_PG_PORT");
    const QString tlsPort = env("PORTALDESK_TEST_PGSSL_PORT");
    const QString ca = env("PORTALDESK_TEST_PGSSL_CA");
    INFO("the TLS test server's variables come from scripts/test");
    REQUIRE_FALSE(tlsPort.isEmpty());

    SECTION("server unreachable")
    {
        CHECK(openError(QStringLiteral("postgresql://%1@127.0.0.1:1/portal").arg(user))
                  .contains(u"cannot reach the newsroom server at 127.0.0.1:1"));
    }
    SECTION("wrong password")
    {
        const QString error = openError(
            QStringLiteral("postgresql://%1:wrong-password@127.0.0.1:%2/postgres").arg(user, port));
        CHECK(error.contains(u"refused the login"));
        CHECK_FALSE(error.contains(u"wrong-password")); // never shown
    }
    SECTION("database missing")
    {
        CHECK(openError(QStringLiteral("postgresql://%1@127.0.0.1:%2/no_such_portal").arg(user, port))
                  .contains(u"there is no database “no_such_portal”"));
    }
    SECTION("no such login (the server does not say whether the login or its password was wrong)")
    {
        CHECK(openError(QStringLiteral("postgresql://nobody_here@127.0.0.1:%1/postgres").arg(port))
                  .contains(u"refused the login nobody_here"));
    }
    SECTION("TLS required by the server but not asked for")
    {
        CHECK(openError(
            QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres?sslmode=disable").arg(user, tlsPort))
                  .contains(u"only accepts encrypted connections"));
    }
    SECTION("TLS asked for but not offered")
    {
        CHECK(
            openError(QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres?sslmode=require").arg(user, port))
                .contains(u"does not offer TLS"));
    }
    SECTION("a certificate for another name")
    {
        CHECK(openError(QStringLiteral("postgresql://%1@desk.invalid:%2/postgres?hostaddr=127.0.0.1&"
                                       "sslmode=verify-full&sslrootcert=%3")
                            .arg(user, tlsPort, ca))
                  .contains(u"is for another name"));
    }
    SECTION("a certificate from another CA")
    {
        CHECK(openError(
            QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres?sslmode=verify-full&sslrootcert=%3")
                .arg(user, tlsPort, QStringLiteral("/etc/ssl/certs/ca-certificates.crt")))
                  .contains(u"could not be checked against the CA file"));
    }
    SECTION("TLS verify-full with the newsroom's CA works")
    {
        auto database = Database::open(
            QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres?sslmode=verify-full&sslrootcert=%3")
                .arg(user, tlsPort, ca),
            { true, nullptr, Database::Options::ServerSchema::Leave });
        INFO((database ? QString() : database.error().text()).toStdString());
        CHECK(database.has_value());
    }
    SECTION("a login without the rights to create the tables")
    {
        const QString address = Testing::newTestAddress({});
        const QString reporter = QStringLiteral("reporter_%1").arg(QCoreApplication::applicationPid());
        asAdmin(address, QStringLiteral("DROP ROLE IF EXISTS %1").arg(reporter));
        asAdmin(address, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reporter-pw'").arg(reporter));
        const QString database = address.section(u'/', -1);
        const QString error = openError(
            QStringLiteral("postgresql://%1:reporter-pw@127.0.0.1:%2/%3").arg(reporter, port, database));
        CHECK(error.contains(u"may not create or change PortalDesk's tables"));
        asAdmin(address, QStringLiteral("DROP OWNED BY %1").arg(reporter));
        asAdmin(address, QStringLiteral("DROP ROLE %1").arg(reporter));
    }
}

TEST_CASE("a server address shows no password and is refused when malformed", "[postgres]")
{
    CHECK(openError(QStringLiteral("postgresql://u@h/db?colour=red")).contains(u"not a connection setting"));
    auto database = Database::open(QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres")
                                       .arg(env("PORTALDESK_TEST_PG_USER"), env("PORTALDESK_TEST_PG_PORT")),
        { true, nullptr, Database::Options::ServerSchema::Leave });
    REQUIRE(database.has_value());
    CHECK((*database)->kind() == Database::Kind::Postgres);
    CHECK((*database)->userName() == env("PORTALDESK_TEST_PG_USER"));
}

TEST_CASE("a connection killed in the middle of a save leaves the article whole, as it was", "[postgres]")
{
    const QString address = Testing::newTestAddress({});
    Article saved;
    {
        auto database = Database::open(address);
        REQUIRE(database.has_value());
        Article article = Testing::sampleArticle(QStringLiteral("原來的標題"));
        article.section.clear();
        article.columns.clear();
        saved = ArticleStore(*database).create(article).value();
    }
    // Each article update now waits two seconds on the server, long enough to be cut off.
    asAdmin(address,
        QStringLiteral("CREATE FUNCTION slow_save() RETURNS trigger LANGUAGE plpgsql AS"
                       " $$ BEGIN PERFORM pg_sleep(2); RETURN NEW; END $$"));
    asAdmin(address,
        QStringLiteral(
            "CREATE TRIGGER slow_save BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION slow_save()"));

    std::optional<SaveResult> outcome;
    std::thread editor([&] { // no Catch2 assertions on this thread: they are not thread-safe
        auto database = Database::open(address);
        if (!database)
            return;
        Article changed = saved;
        changed.headline = QStringLiteral("改過的標題");
        changed.body = QStringLiteral("全新的內文。");
        outcome = ArticleStore(*database).save(changed);
        (*database)->releaseConnection();
    });
    // Cut the editor's connection while its save is inside the trigger.
    const QString database = address.section(u'/', -1);
    bool killed = false;
    for (int attempt = 0; attempt < 100 && !killed; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        auto admin = Database::open(Testing::serverAddress(QStringLiteral("postgres")),
            { true, nullptr, Database::Options::ServerSchema::Leave });
        REQUIRE(admin.has_value());
        QSqlQuery kill(QSqlDatabase::database((*admin)->connectionName()));
        REQUIRE(kill.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                         " WHERE datname = '%1' AND wait_event = 'PgSleep'")
                              .arg(database)));
        killed = kill.next() && kill.value(0).toInt() > 0;
    }
    editor.join();
    REQUIRE(killed);
    REQUIRE(outcome.has_value());
    CHECK_FALSE(outcome->has_value()); // the save says it failed

    auto reopened = Database::open(address);
    REQUIRE(reopened.has_value());
    const Article stored = ArticleStore(*reopened).get(saved.id).value();
    CHECK(stored.headline == u"原來的標題"); // nothing of the cut-off save was kept
    CHECK(stored.body == saved.body);
    CHECK(stored.version == saved.version);
    CHECK(ArticleStore(*reopened).revisions(saved.id)->size() == 1);
}
