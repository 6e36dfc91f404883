#define CATCH_CONFIG_EXTERNAL_INTERFACES // the listener below
#include "testdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <catch2/catch.hpp>

namespace PortalDesk::Testing {

namespace {

QAtomicInt counter;
QMutex madeMutex;
QStringList made; // databases this test case created on the server

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// The server's maintenance database, as its superuser (password from PGPASSFILE).
QSqlDatabase admin()
{
    const QString name = QStringLiteral("portaldesk-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(env("PORTALDESK_TEST_PG_HOST"));
    db.setPort(env("PORTALDESK_TEST_PG_PORT").toInt());
    db.setUserName(env("PORTALDESK_TEST_PG_USER"));
    db.setDatabaseName(QStringLiteral("postgres"));
    db.open();
    return db;
}

void execute(const QString &sql)
{
    QSqlDatabase db = admin();
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.isOpen());
    QSqlQuery query(db);
    INFO(sql.toStdString());
    const bool done = query.exec(sql);
    INFO(query.lastError().text().toStdString());
    REQUIRE(done);
}

// Drops what a test case made, once it has ended (its connections are closed by then;
// FORCE ends any a worker thread left open).
class DropAfterEachTest : public Catch::TestEventListenerBase
{
public:
    using Catch::TestEventListenerBase::TestEventListenerBase;

    void testCaseEnded(const Catch::TestCaseStats &) override
    {
        QStringList names;
        {
            QMutexLocker lock(&madeMutex);
            names = std::exchange(made, {});
        }
        for (const QString &name : std::as_const(names)) {
            QSqlQuery query(admin());
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        }
    }
};

} // namespace

CATCH_REGISTER_LISTENER(DropAfterEachTest)

bool onPostgres()
{
    return qEnvironmentVariable("PORTALDESK_TEST_ENGINE") == u"postgresql";
}

QString serverAddress(const QString &database)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(env("PORTALDESK_TEST_PG_USER"), env("PORTALDESK_TEST_PG_HOST"), env("PORTALDESK_TEST_PG_PORT"),
            database);
}

QString newTestAddress(const QString &sqlitePath)
{
    if (!onPostgres())
        return sqlitePath;
    INFO("PostgreSQL tests need the server scripts/test starts (PORTALDESK_TEST_PG_HOST is not set)");
    REQUIRE_FALSE(env("PORTALDESK_TEST_PG_HOST").isEmpty());
    const QString name = QStringLiteral("pdt_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    execute(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name));
    QMutexLocker lock(&madeMutex);
    made.append(name);
    return serverAddress(name);
}

DatabasePtr newTestDatabase(const QString &sqlitePath, const Database::Options &options)
{
    auto opened = Database::open(newTestAddress(sqlitePath), options);
    INFO((opened ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened.has_value());
    return *opened;
}

} // namespace PortalDesk::Testing
