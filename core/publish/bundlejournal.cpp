#include "core/publish/bundlejournal.h"

#include "core/content/rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace PortalDesk::BundleJournal {

namespace {

constexpr QLatin1StringView JournalName { ".portaldesk-journal" };

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::BundleJournal", text);
}

// Removes the folders a deletion emptied, up to (not including) the bundle root.
void pruneEmptyFolders(const QString &target, QString relative)
{
    while (true) {
        relative = QFileInfo(relative).path();
        if (relative.isEmpty() || relative == u".")
            return;
        if (::rmdir(QFile::encodeName(QDir(target).filePath(relative)).constData()) != 0)
            return;
    }
}

} // namespace

Status write(const QString &staging, const QStringList &moved, const QStringList &deleted)
{
    QByteArray text;
    for (const QString &path : moved)
        text += "move " + path.toUtf8() + '\n';
    for (const QString &path : deleted)
        text += "delete " + path.toUtf8() + '\n';
    text += "end\n"; // a journal without it was cut short and is not trusted
    QSaveFile file(QDir(staging).filePath(JournalName));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(Error::Code::Io, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

Status apply(const QString &commitFolder, const QString &target)
{
    QFile journal(QDir(commitFolder).filePath(JournalName));
    if (!journal.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("cannot read %1: %2").arg(journal.fileName(), journal.errorString()));
    const QList<QByteArray> lines = journal.readAll().split('\n');
    journal.close();
    if (!lines.contains("end"))
        return fail(Error::Code::Format, tr("the export journal %1 is incomplete").arg(journal.fileName()));

    const QDir staged(commitFolder);
    const QDir bundle(target);
    QSet<QString> touched; // folders whose entries changed
    for (const QByteArray &line : lines) { // every line checked before anything is done
        const QString path = QString::fromUtf8(line.mid(line.indexOf(' ') + 1));
        if ((line.startsWith("move ") || line.startsWith("delete ")) && !Rules::isSafeRelativePath(path))
            return fail(Error::Code::Format,
                tr("the export journal %1 names a path outside the bundle: %2")
                    .arg(journal.fileName(), path));
    }
    for (const QByteArray &line : lines) {
        const QString path = QString::fromUtf8(line.mid(line.indexOf(' ') + 1));
        if (line.startsWith("move ")) {
            const QByteArray from = QFile::encodeName(staged.filePath(path));
            if (::access(from.constData(), F_OK) != 0)
                continue; // moved in by an earlier, interrupted run
            const QString to = bundle.filePath(path);
            if (!QDir().mkpath(QFileInfo(to).path()))
                return fail(Error::Code::Io, tr("cannot create the folder %1").arg(QFileInfo(to).path()));
            if (std::rename(from.constData(), QFile::encodeName(to).constData()) != 0)
                return fail(Error::Code::Io, tr("cannot move %1 into the bundle").arg(to));
            touched.insert(QFileInfo(to).path());
        } else if (line.startsWith("delete ")) {
            const QByteArray file = QFile::encodeName(bundle.filePath(path));
            // Gone already, or not a file (a folder the manifest listed as one): nothing to delete.
            if (::unlink(file.constData()) != 0 && errno != ENOENT && errno != EISDIR && errno != ENOTDIR)
                return fail(
                    Error::Code::Io, tr("cannot remove %1 from the bundle").arg(bundle.filePath(path)));
            touched.insert(QFileInfo(bundle.filePath(path)).path());
            pruneEmptyFolders(target, path);
        }
    }
    // The moves are durable before the journal that could redo them goes.
    for (const QString &folder : std::as_const(touched)) {
        if (const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY); fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
    if (!QDir(commitFolder).removeRecursively())
        return fail(Error::Code::Io, tr("cannot remove %1").arg(commitFolder));
    return {};
}

} // namespace PortalDesk::BundleJournal
