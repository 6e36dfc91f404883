// portaldesk-cli newsroom init | add-person | set-role | list-people against the test
// PostgreSQL server that scripts/test starts (skipped in a bare run without one): the chief
// editor sets up the newsroom and its people, and each new login signs in with the
// password it was given, read from a file, never from the command line.

#include "clirunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk::Testing;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

void asAdmin(const QString &sql)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("newsroom-cli-admin"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(env("PORTALDESK_TEST_PG_PORT").toInt());
        db.setUserName(env("PORTALDESK_TEST_PG_USER"));
        db.setDatabaseName(QStringLiteral("postgres"));
        REQUIRE(db.open());
        QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newsroom-cli-admin"));
}

QString address(const QString &login, const QString &database, const QString &password = {})
{
    return QStringLiteral("postgresql://%1%2@127.0.0.1:%3/%4")
        .arg(login, password.isEmpty() ? QString() : u':' + password, env("PORTALDESK_TEST_PG_PORT"),
            database);
}

} // namespace

TEST_CASE(
    "newsroom init, add-person, set-role and list-people set up a desk whose logins work", "[cli][newsroom]")
{
    if (env("PORTALDESK_TEST_PG_PORT").isEmpty())
        return; // scripts/test starts the server
    const QString database = QStringLiteral("pd_cli_newsroom_%1").arg(QCoreApplication::applicationPid());
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString chief = QStringLiteral("chief") + suffix;
    const QString reporter = QStringLiteral("rep") + suffix;
    asAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    asAdmin(QStringLiteral("CREATE DATABASE %1").arg(database));
    QTemporaryDir folder;
    const QString passwordFile = folder.filePath(QStringLiteral("password"));
    QFile file(passwordFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("first-desk-password\n");
    file.close();
    const QString owner = address(env("PORTALDESK_TEST_PG_USER"), database);

    CliRun init = runCli({ QStringLiteral("newsroom"), QStringLiteral("init"), chief,
        QStringLiteral("--name"), QStringLiteral("陳總編"), QStringLiteral("--password-file"), passwordFile,
        QStringLiteral("--db"), owner });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(QString::fromUtf8(init.out).contains(QStringLiteral("陳總編")));

    // The chief editor, signed in as themselves, adds a reporter.
    const QString asChief = address(chief, database, QStringLiteral("first-desk-password"));
    CliRun add = runCli({ QStringLiteral("newsroom"), QStringLiteral("add-person"), reporter,
                            QStringLiteral("--name"), QStringLiteral("李小明"), QStringLiteral("--role"),
                            QStringLiteral("reporter"), QStringLiteral("--db"), asChief },
        "reporter-password-1\n"); // from standard input, as a script would give it
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CliRun list = runCli({ QStringLiteral("newsroom"), QStringLiteral("list-people"), QStringLiteral("--db"),
        address(reporter, database, QStringLiteral("reporter-password-1")) });
    REQUIRE(list.exitCode == 0);
    CHECK(QString::fromUtf8(list.out).contains(QStringLiteral("%1\treporter\t李小明").arg(reporter)));
    CHECK(QString::fromUtf8(list.out).contains(QStringLiteral("%1\tchief-editor\t陳總編").arg(chief)));

    // A reporter may not promote themselves; the chief editor may.
    CliRun self = runCli(
        { QStringLiteral("newsroom"), QStringLiteral("set-role"), reporter, QStringLiteral("chief-editor"),
            QStringLiteral("--db"), address(reporter, database, QStringLiteral("reporter-password-1")) });
    CHECK(self.exitCode != 0);
    CliRun promote = runCli({ QStringLiteral("newsroom"), QStringLiteral("set-role"), reporter,
        QStringLiteral("sub-editor"), QStringLiteral("--db"), asChief });
    INFO(promote.err.toStdString());
    CHECK(promote.exitCode == 0);
    list = runCli(
        { QStringLiteral("newsroom"), QStringLiteral("list-people"), QStringLiteral("--db"), asChief });
    CHECK(QString::fromUtf8(list.out).contains(QStringLiteral("%1\tsub-editor\t李小明").arg(reporter)));

    CliRun bad
        = runCli({ QStringLiteral("newsroom"), QStringLiteral("add-person"), QStringLiteral("Not A Login"),
                     QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--role"),
                     QStringLiteral("reporter"), QStringLiteral("--db"), asChief },
            "long-enough-password\n");
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(QStringLiteral("not a usable login")));
    CliRun shortPassword
        = runCli({ QStringLiteral("newsroom"), QStringLiteral("add-person"), QStringLiteral("someone"),
                     QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--role"),
                     QStringLiteral("reporter"), QStringLiteral("--db"), asChief },
            "short\n");
    CHECK(shortPassword.err.contains(QStringLiteral("at least 8")));
    CliRun sqlite = runCli({ QStringLiteral("newsroom"), QStringLiteral("list-people"),
        QStringLiteral("--db"), folder.filePath(QStringLiteral("local.sqlite")) });
    CHECK(sqlite.exitCode != 0);
    CHECK(sqlite.err.contains(QStringLiteral("newsroom server")));

    asAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    for (const QString &login : { chief, reporter })
        asAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
}
