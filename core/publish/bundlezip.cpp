#include "core/publish/bundlezip.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace PortalDesk::BundleZip {

Status write(const QString &folder, const QString &zipFile)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("PortalDesk::BundleZip", text); };
    const QString temporary = zipFile + QStringLiteral(".part");
    std::unique_ptr<archive, decltype(&archive_write_free)> zip(archive_write_new(), archive_write_free);
    archive_write_set_format_zip(zip.get());
    if (archive_write_open_filename(zip.get(), QFile::encodeName(temporary).constData()) != ARCHIVE_OK)
        return fail(Error::Code::Io,
            tr("cannot write %1: %2").arg(zipFile, QString::fromUtf8(archive_error_string(zip.get()))));

    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    for (const QString &relative : std::as_const(files)) {
        QFile file(QDir(folder).filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io, tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const QByteArray bytes = file.readAll();
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(
            archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname_utf8(entry.get(), relative.toUtf8().constData());
        archive_entry_set_size(entry.get(), bytes.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), QFileInfo(file).lastModified().toSecsSinceEpoch(), 0);
        if (archive_write_header(zip.get(), entry.get()) != ARCHIVE_OK
            || archive_write_data(zip.get(), bytes.constData(), size_t(bytes.size())) < 0) {
            return fail(Error::Code::Io,
                tr("cannot add %1 to %2: %3")
                    .arg(relative, zipFile, QString::fromUtf8(archive_error_string(zip.get()))));
        }
    }
    if (archive_write_close(zip.get()) != ARCHIVE_OK)
        return fail(Error::Code::Io,
            tr("cannot finish %1: %2").arg(zipFile, QString::fromUtf8(archive_error_string(zip.get()))));
    zip.reset();
    QFile::remove(zipFile);
    if (!QFile::rename(temporary, zipFile))
        return fail(Error::Code::Io, tr("cannot move the finished zip to %1").arg(zipFile));
    return {};
}

} // namespace PortalDesk::BundleZip
