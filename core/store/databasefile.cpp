#include "core/store/databasefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <sqlite3.h>

namespace PortalDesk::DatabaseFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::DatabaseFile", text);
}

// The refusal: what is wrong, that nothing was written, and what can help.
std::unexpected<Error> damaged(const QString &path, const QString &problem)
{
    const QFileInfo file(path);
    QStringList backups = QDir(file.absolutePath())
                              .entryList({ file.fileName() + QStringLiteral(".schema*.bak") }, QDir::Files,
                                  QDir::Name | QDir::Reversed);
    QString advice;
    if (!backups.isEmpty())
        advice = tr("A copy made before a schema update is beside it: %1. ")
                     .arg(QDir(file.absolutePath()).filePath(backups.constFirst()));
    advice += tr(
        "To save what is still readable into a new file: sqlite3 \"%1\" .recover | sqlite3 recovered.sqlite")
                  .arg(file.absoluteFilePath());
    return std::unexpected(Error::of(Error::Code::Format,
        tr("%1 cannot be opened: %2. The file was not changed. %3").arg(path, problem, advice)));
}

quint32 bigEndian32(const QByteArray &header, int at)
{
    return qFromBigEndian<quint32>(header.constData() + at);
}

// SQLite's own reading of every page (without checking index contents against tables),
// through a connection that never writes: no checkpoint when it closes, so a log from
// another database is not folded into this one.
std::optional<QString> quickCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return message;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_exec(db, "PRAGMA query_only=1", nullptr, nullptr, nullptr);
    std::optional<QString> problem;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check(3)", -1, &statement, nullptr) != SQLITE_OK) {
        problem = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        QStringList findings;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            if (text && qstrcmp(text, "ok") != 0)
                findings.append(QString::fromUtf8(text));
        }
        if (step != SQLITE_DONE)
            problem = QString::fromUtf8(sqlite3_errmsg(db));
        else if (!findings.isEmpty())
            problem = findings.join(QStringLiteral("; "));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return problem;
}

} // namespace

Status check(const QString &path)
{
    QFile file(path);
    const qint64 size = file.size();
    if (!file.exists() || size == 0)
        return {}; // a new database
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return damaged(path, tr("it is not a SQLite database (its first bytes are not SQLite's header)"));

    // The header's page size and, when the header vouches for it, the file's size in pages.
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(path, tr("its header is damaged (page size %1)").arg(rawPageSize));
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pages = bigEndian32(header, 28);
    const bool pagesValid = pages > 0 && changeCounter == bigEndian32(header, 92);
    if (pagesValid && size < qint64(pages) * pageSize) {
        return damaged(path,
            tr("it is cut short: its header says %1 bytes, the file has %2")
                .arg(qint64(pages) * pageSize)
                .arg(size));
    }
    if (size % pageSize != 0)
        return damaged(path,
            tr("it is cut short: %1 bytes is not a whole number of %2-byte pages").arg(size).arg(pageSize));

    const bool log = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!log && size > fullCheckLimit)
        return {};
    if (const std::optional<QString> problem = quickCheck(path)) {
        return damaged(path,
            log ? tr(
                "it is damaged, or the write-ahead log beside it (%1-wal) belongs to another database (%2)")
                      .arg(QFileInfo(path).fileName(), *problem)
                : tr("it is damaged (%1)").arg(*problem));
    }
    return {};
}

} // namespace PortalDesk::DatabaseFile
