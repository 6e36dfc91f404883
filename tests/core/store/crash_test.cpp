#include "core/store/articlestore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE(
    "a writer killed with SIGKILL loses no confirmed save and leaves a sound file", "[sqlite][store][crash]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("crash.sqlite"));
    QProcess writer;
    writer.start(QStringLiteral(PORTALDESK_SAVEWRITER), { path });
    REQUIRE(writer.waitForStarted());

    QStringList confirmed;
    QByteArray pending;
    while (confirmed.size() < 60 && writer.waitForReadyRead(20000)) {
        pending += writer.readAllStandardOutput();
        while (pending.contains('\n')) {
            const qsizetype end = pending.indexOf('\n');
            confirmed.append(QString::fromUtf8(pending.left(end)));
            pending.remove(0, end + 1);
        }
    }
    INFO(writer.readAllStandardError().toStdString());
    REQUIRE(confirmed.size() >= 60);
    writer.kill(); // SIGKILL, mid-loop
    writer.waitForFinished();
    pending += writer.readAllStandardOutput(); // lines written before the kill are confirmed too
    for (const QByteArray &line : pending.split('\n')) {
        if (!line.isEmpty())
            confirmed.append(QString::fromUtf8(line));
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-check"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery integrity(db);
        REQUIRE(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(integrity.next());
        CHECK(integrity.value(0).toString() == u"ok");
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crash-check"));

    auto database = Database::open(path);
    REQUIRE(database.has_value());
    ArticleStore store(*database);
    for (const QString &line : std::as_const(confirmed)) {
        const QStringList parts = line.split(u' ');
        REQUIRE(parts.size() == 2);
        auto article = store.get(parts.at(0));
        REQUIRE(article.has_value());
        CHECK(article->version == parts.at(1).toInt());
        CHECK(article->body == u"edited");
    }
}
