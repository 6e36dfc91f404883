#include "core/publish/bundlefolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QUuid>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::BundleFolder", text);
}

QString tempPrefix(const QFileInfo &target)
{
    return QStringLiteral(".") + target.fileName() + QStringLiteral(".portaldesk-tmp-");
}

BundleFolder::Manifest readManifest(const QString &folder, bool *isBundle)
{
    BundleFolder::Manifest manifest;
    QFile file(QDir(folder).filePath(QStringLiteral("manifest.json")));
    *isBundle = false;
    if (!file.open(QIODevice::ReadOnly))
        return manifest;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toString() != BundleFolder::Format)
        return manifest;
    *isBundle = true;
    const QJsonObject files = root.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        manifest.files.insert(it.key(),
            { entry.value(QStringLiteral("sha256")).toString().toLatin1(),
                qint64(entry.value(QStringLiteral("size")).toDouble()) });
    }
    const QJsonObject inputs = root.value(QStringLiteral("inputs")).toObject();
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        manifest.inputs.insert(it.key(), it.value().toString().toLatin1());
    return manifest;
}

} // namespace

struct BundleFolder::Private
{
    QString target;
    QString temporary;
    Manifest previous;
    bool committed = false;
    QMutex mutex;
    QSet<QString> folders;
    QHash<QString, Entry> files;

    Status ensureFolder(const QString &relativeFile)
    {
        const QString folder = QFileInfo(relativeFile).path();
        {
            QMutexLocker lock(&mutex);
            if (folders.contains(folder))
                return {};
        }
        if (!QDir(temporary).mkpath(folder))
            return fail(
                Error::Code::Io, tr("cannot create the folder %1").arg(QDir(temporary).filePath(folder)));
        QMutexLocker lock(&mutex);
        folders.insert(folder);
        return {};
    }
};

BundleFolder::BundleFolder()
    : d(std::make_unique<Private>())
{ }

BundleFolder::BundleFolder(BundleFolder &&) noexcept = default;

BundleFolder::~BundleFolder()
{
    if (d && !d->temporary.isEmpty() && QFileInfo::exists(d->temporary))
        QDir(d->temporary).removeRecursively();
}

Result<BundleFolder> BundleFolder::open(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return fail(Error::Code::Invalid, tr("no output folder given"));
    const QFileInfo target(QDir::cleanPath(QDir(folder).absolutePath()));
    if (target.exists() && !target.isDir())
        return fail(Error::Code::Io, tr("%1 is a file; the bundle needs a folder").arg(folder));

    BundleFolder bundle;
    bundle.d->target = target.absoluteFilePath();
    if (target.exists()) {
        bool isBundle = false;
        bundle.d->previous = readManifest(bundle.d->target, &isBundle);
        const bool empty
            = QDir(bundle.d->target)
                  .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        if (!isBundle && !empty) {
            return fail(Error::Code::Invalid,
                tr("%1 is not empty and holds no PortalDesk bundle; "
                   "export into a new or empty folder so nothing there is lost")
                    .arg(folder));
        }
    }
    QDir parent = target.dir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
        return fail(Error::Code::Io, tr("cannot create the folder %1").arg(parent.absolutePath()));
    // What an interrupted export left behind.
    const QStringList leftovers
        = parent.entryList({ tempPrefix(target) + u'*' }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &leftover : leftovers)
        QDir(parent.filePath(leftover)).removeRecursively();

    bundle.d->temporary
        = parent.filePath(tempPrefix(target) + QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!QDir().mkpath(bundle.d->temporary))
        return fail(Error::Code::Io, tr("cannot create the folder %1").arg(bundle.d->temporary));
    return bundle;
}

QString BundleFolder::path() const
{
    return d->target;
}

const BundleFolder::Manifest &BundleFolder::previousManifest() const
{
    return d->previous;
}

bool BundleFolder::keep(const QString &path)
{
    const auto old = d->previous.files.constFind(path);
    if (old == d->previous.files.cend())
        return false;
    if (!d->ensureFolder(path))
        return false;
    const QByteArray from = QFile::encodeName(QDir(d->target).filePath(path));
    const QByteArray to = QFile::encodeName(QDir(d->temporary).filePath(path));
    if (::link(from.constData(), to.constData()) != 0
        && !QFile::copy(QString::fromLocal8Bit(from), QString::fromLocal8Bit(to)))
        return false;
    QMutexLocker lock(&d->mutex);
    d->files.insert(path, *old);
    return true;
}

Status BundleFolder::write(const QString &path, const QByteArray &bytes)
{
    if (auto folder = d->ensureFolder(path); !folder)
        return folder;
    QFile file(QDir(d->temporary).filePath(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return fail(Error::Code::Io, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    file.close();
    const Entry entry { QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), bytes.size() };
    QMutexLocker lock(&d->mutex);
    d->files.insert(path, entry);
    return {};
}

Result<qint64> BundleFolder::commit(const QHash<QString, QByteArray> &inputs, const QDateTime &moment)
{
    QJsonObject files;
    qint64 total = 0;
    for (auto it = d->files.cbegin(); it != d->files.cend(); ++it) {
        files.insert(it.key(),
            QJsonObject { { QStringLiteral("sha256"), QString::fromLatin1(it->sha256) },
                { QStringLiteral("size"), double(it->size) } });
        total += it->size;
    }
    QJsonObject inputObject;
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
        inputObject.insert(it.key(), QString::fromLatin1(it.value()));
    const QJsonObject manifest { { QStringLiteral("format"), QString(Format) },
        { QStringLiteral("exported_at"), moment.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("files"), files }, { QStringLiteral("inputs"), inputObject } };
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    QFile file(QDir(d->temporary).filePath(QStringLiteral("manifest.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return fail(Error::Code::Io, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.close();
    total += bytes.size();
    // The new bundle is on disk before it replaces the old one.
    if (const int fd = ::open(QFile::encodeName(d->temporary).constData(), O_RDONLY | O_DIRECTORY); fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }

    const QByteArray from = QFile::encodeName(d->temporary);
    const QByteArray to = QFile::encodeName(d->target);
    if (QFileInfo::exists(d->target)) {
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) != 0)
            return fail(Error::Code::Io, tr("cannot swap the new bundle into %1").arg(d->target));
    } else if (::rename(from.constData(), to.constData()) != 0) {
        return fail(Error::Code::Io, tr("cannot move the new bundle to %1").arg(d->target));
    }
    d->committed = true;
    QDir(d->temporary).removeRecursively(); // now holds the previous bundle
    return total;
}

} // namespace PortalDesk
