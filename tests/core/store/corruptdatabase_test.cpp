// Item 5 of issue 19: damaged SQLite files are refused with what is wrong, the promise that
// the file was not changed, and the way out (.bak copies, sqlite3's .recover).

#include "core/store/database.h"
#include "core/store/databasefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A PortalDesk database with `rows` rows of filler, so that it spans many pages.
void makePortal(const QString &path, int rows, const QString &table = QStringLiteral("filler"))
{
    {
        auto database = Database::open(path);
        REQUIRE(database.has_value());
    }
    const QString connection = QStringLiteral("corrupt-maker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, text TEXT)").arg(table)));
        REQUIRE(query.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                           " INSERT INTO %2 (text) SELECT printf('%.900c', 'x') || i FROM n")
                .arg(rows)
                .arg(table)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QSqlDatabase::removeDatabase(connection);
}

void overwrite(const QString &path, qint64 at, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(at));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(19);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

// The refusal every damaged file gets, and the file as it was.
void requireRefusedUntouched(const QString &path, const QByteArray &before, const char *problem)
{
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.has_value());
    const QString message = opened.error().message;
    INFO(message.toStdString());
    CHECK(opened.error().code == Error::Code::Format);
    CHECK(message.contains(QLatin1StringView(problem)));
    CHECK(message.contains(QStringLiteral("The file was not changed.")));
    CHECK(message.contains(QStringLiteral(".recover")));
    CHECK(fileHash(path) == before);
}

} // namespace

TEST_CASE("a file of random bytes is refused, untouched, with no log beside it", "[sqlite][store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("portal.sqlite"));
    overwrite(path, 0, randomBytes(64 * 1024));
    requireRefusedUntouched(path, fileHash(path), "is not a SQLite database");
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("a truncated database is refused as cut short, untouched", "[sqlite][store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("portal.sqlite"));
    makePortal(path, 400);
    const qint64 size = QFileInfo(path).size();
    REQUIRE(QFile::resize(path, size / 2));
    requireRefusedUntouched(path, fileHash(path), "it is cut short");
    REQUIRE(QFile::resize(path, size / 2 + 100)); // not even a whole page
    requireRefusedUntouched(path, fileHash(path), "it is cut short");
}

TEST_CASE("a database with damaged pages is refused, naming its backup, untouched", "[sqlite][store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("portal.sqlite"));
    makePortal(path, 400);
    const QString backup = path + QStringLiteral(".schema5-20260101T000000.bak");
    REQUIRE(QFile::copy(path, backup));
    const qint64 size = QFileInfo(path).size();
    overwrite(path, size / 2, randomBytes(3 * 4096)); // pages in the middle; the header is sound
    requireRefusedUntouched(path, fileHash(path), "it is damaged");
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().message.contains(backup));
    CHECK(Database::open(backup).has_value()); // the backup itself is fine
}

TEST_CASE("a write-ahead log from another database is refused and not folded in", "[sqlite][store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("portal.sqlite"));
    makePortal(path, 300);
    const QString other = folder.filePath(QStringLiteral("other.sqlite"));
    makePortal(other, 20, QStringLiteral("others"));
    // Another database's changes, still in its log: its connection stays open while the log is copied.
    const QString connection = QStringLiteral("corrupt-other");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE later (id INTEGER PRIMARY KEY, text TEXT)")));
        REQUIRE(query.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)"
                           " INSERT INTO later (text) SELECT printf('%.900c', 'y') || i FROM n")));
        REQUIRE(QFileInfo(other + QStringLiteral("-wal")).size() > 0);
        REQUIRE(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    }
    QSqlDatabase::removeDatabase(connection);
    const QByteArray log = fileHash(path + QStringLiteral("-wal"));
    requireRefusedUntouched(path, fileHash(path), "belongs to another database");
    CHECK(fileHash(path + QStringLiteral("-wal")) == log); // left for a person to look at
}

TEST_CASE("a sound database and a new file pass the check", "[sqlite][store]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("portal.sqlite"));
    CHECK(DatabaseFile::check(path).has_value());
    makePortal(path, 50);
    CHECK(DatabaseFile::check(path).has_value());
    CHECK(Database::open(path).has_value());
}
