#include "core/publish/bundlefolder.h"

#include "core/digest.h"
#include "core/publish/bundlejournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QUuid>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <sys/file.h>
#include <sys/stat.h>
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

QString commitPrefix(const QFileInfo &target)
{
    return QStringLiteral(".") + target.fileName() + QStringLiteral(".portaldesk-commit-");
}

void syncFile(const QString &path)
{
    if (const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY); fd >= 0) {
        ::fdatasync(fd);
        ::close(fd);
    }
}

void syncFolder(const QString &folder)
{
    if (const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY); fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
}

// The manifest as manifestText() lays it out, one entry a line, read without a JSON
// parser (an incremental export of a large portal reads 15,000 entries of it first).
// Anything laid out otherwise returns nothing and goes to the JSON parser.
std::optional<BundleFolder::Manifest> readOwnLayout(const QByteArray &text)
{
    const QByteArray head = "{\n    \"format\": \"" + QByteArray(BundleFolder::Format.latin1()) + "\",\n";
    if (!text.startsWith(head))
        return std::nullopt;
    BundleFolder::Manifest manifest;
    const qsizetype lines = text.count('\n');
    manifest.files.reserve(lines / 2 + 1);
    manifest.inputs.reserve(lines / 2 + 1);
    enum class Part { Head, Files, Inputs, Done } part = Part::Head;
    static constexpr QByteArrayView shaKey = "{ \"sha256\": \"";
    static constexpr QByteArrayView sizeKey = "\", \"size\": ";
    for (qsizetype at = 0; at < text.size();) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = QByteArrayView(text).sliced(at, end - at);
        at = end + 1;
        if (line == "    \"files\": {") {
            part = Part::Files;
        } else if (line == "    \"inputs\": {") {
            part = Part::Inputs;
        } else if (line.startsWith("    }")) {
            part = part == Part::Inputs ? Part::Done : Part::Head;
        } else if ((part == Part::Files || part == Part::Inputs) && line.startsWith("        \"")) {
            const qsizetype keyEnd = line.indexOf("\": ", 9);
            if (keyEnd < 0 || line.contains('\\'))
                return std::nullopt;
            QString path = QString::fromUtf8(line.sliced(9, keyEnd - 9));
            const QByteArrayView rest = line.sliced(keyEnd + 3);
            if (part == Part::Inputs) {
                const qsizetype close = rest.indexOf('"', 1);
                if (!rest.startsWith('"') || close < 0 || rest.sliced(close + 1).contains('"'))
                    return std::nullopt;
                manifest.inputs.insert(std::move(path), rest.sliced(1, close - 1).toByteArray());
                continue;
            }
            const qsizetype sizeAt = rest.indexOf(sizeKey);
            if (!rest.startsWith(shaKey) || sizeAt < 0)
                return std::nullopt;
            bool number = false;
            const QByteArrayView sizeText = rest.sliced(sizeAt + sizeKey.size());
            const qint64 size = sizeText.chopped(sizeText.endsWith(" },") ? 3 : 2).toLongLong(&number);
            if (!number)
                return std::nullopt;
            manifest.files.insert(
                std::move(path), { rest.sliced(shaKey.size(), sizeAt - shaKey.size()).toByteArray(), size });
        }
    }
    if (part != Part::Done)
        return std::nullopt;
    return manifest;
}

BundleFolder::Manifest readManifest(const QString &folder, bool *isBundle)
{
    BundleFolder::Manifest manifest;
    QFile file(QDir(folder).filePath(QStringLiteral("manifest.json")));
    *isBundle = false;
    if (!file.open(QIODevice::ReadOnly))
        return manifest;
    const QByteArray text = file.readAll();
    if (std::optional<BundleFolder::Manifest> own = readOwnLayout(text)) {
        *isBundle = true;
        return *own;
    }
    const QJsonObject root = QJsonDocument::fromJson(text).object();
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

QByteArray jsonString(const QByteArray &utf8)
{
    if (std::none_of(
            utf8.cbegin(), utf8.cend(), [](char c) { return c == '"' || c == '\\' || uchar(c) < 0x20; }))
        return '"' + utf8 + '"'; // bundle paths: always so
    QByteArray out = "\"";
    for (const char c : utf8) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (uchar(c) < 0x20)
            out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out + '"';
}

// Paths sorted by their UTF-8 bytes: the manifest's order, and cheaper to sort than QStrings.
template<typename Value>
struct SortedEntry
{
    QByteArray utf8;
    const QString *path;
    const Value *value;
};

template<typename Value>
QList<SortedEntry<Value>> sortedUtf8(const QHash<QString, Value> &entries)
{
    QList<SortedEntry<Value>> sorted;
    sorted.reserve(entries.size());
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        sorted.append({ it.key().toUtf8(), &it.key(), &it.value() });
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.utf8 < b.utf8; });
    return sorted;
}

// manifest.json, written by hand: QJsonObject inserts one key at a time into a
// sorted array, which is quadratic for the 15,000 entries of a large portal.
QByteArray manifestText(const QHash<QString, BundleFolder::Entry> &files,
    const QHash<QString, QByteArray> &inputs, const QDateTime &moment)
{
    QByteArray out;
    out.reserve(files.size() * 160 + inputs.size() * 120);
    out += "{\n    \"format\": " + jsonString(QByteArray(BundleFolder::Format.latin1())) + ",\n    \"exported_at\": "
        + jsonString(moment.toUTC().toString(Qt::ISODate).toUtf8()) + ",\n    \"files\": {";
    const auto fileOrder = sortedUtf8(files);
    for (qsizetype i = 0; i < fileOrder.size(); ++i) {
        const BundleFolder::Entry &entry = *fileOrder.at(i).value;
        out += i ? ",\n        " : "\n        ";
        out += jsonString(fileOrder.at(i).utf8);
        out += ": { \"sha256\": \"";
        out += entry.sha256;
        out += "\", \"size\": ";
        out += QByteArray::number(entry.size);
        out += " }";
    }
    out += "\n    },\n    \"inputs\": {";
    // Inputs are kept for files of the bundle: their order is known already.
    qsizetype written = 0;
    for (const auto &file : fileOrder) {
        const auto input = inputs.constFind(*file.path);
        if (input == inputs.cend())
            continue;
        out += written++ ? ",\n        " : "\n        ";
        out += jsonString(file.utf8);
        out += ": \"";
        out += *input;
        out += '"';
    }
    if (written < inputs.size()) {
        QHash<QString, QByteArray> others;
        for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
            if (!files.contains(it.key()))
                others.insert(it.key(), it.value());
        }
        for (const auto &other : sortedUtf8(others)) {
            out += written++ ? ",\n        " : "\n        ";
            out += jsonString(other.utf8);
            out += ": \"";
            out += *other.value;
            out += '"';
        }
    }
    out += "\n    }\n}\n";
    return out;
}

} // namespace

struct BundleFolder::Private
{
    QString target;
    QString temporary;
    Mode mode = Mode::Replace;
    Manifest previous;
    bool committed = false;
    QMutex mutex;
    QSet<QString> folders;
    QHash<QString, Entry> files;
    QStringList staged; // Update: files written into the temporary folder
    QStringList removed; // files of the previous bundle the new one no longer has
    int lock = -1; // held while this export runs, so two never work on one bundle at once
    int targetFolder = -1; // Update: the bundle's folder, for looking up the files it keeps

    Status swapIn();
    Status moveIn();

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
    if (d && d->targetFolder >= 0)
        ::close(d->targetFolder);
    if (d && d->lock >= 0)
        ::close(d->lock); // releases the lock
}

Result<BundleFolder> BundleFolder::open(const QString &folder, Mode mode)
{
    if (folder.trimmed().isEmpty())
        return fail(Error::Code::Invalid, tr("no output folder given"));
    const QFileInfo target(QDir::cleanPath(QDir(folder).absolutePath()));
    if (target.exists() && !target.isDir())
        return fail(Error::Code::Io, tr("%1 is a file; the bundle needs a folder").arg(folder));
    QDir parent = target.dir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
        return fail(Error::Code::Io, tr("cannot create the folder %1").arg(parent.absolutePath()));

    BundleFolder bundle;
    const QString lockPath
        = parent.filePath(QStringLiteral(".") + target.fileName() + QStringLiteral(".portaldesk-lock"));
    bundle.d->lock = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (bundle.d->lock < 0)
        return fail(Error::Code::Io, tr("cannot create %1").arg(lockPath));
    if (::flock(bundle.d->lock, LOCK_EX | LOCK_NB) != 0)
        return fail(Error::Code::Conflict,
            tr("another export into %1 is running; try again when it has finished").arg(folder));

    // An update that was committed but not fully moved in is finished first;
    // one that never reached its commit is thrown away, as is an unfinished replace.
    const QStringList commits
        = parent.entryList({ commitPrefix(target) + u'*' }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &commit : commits) {
        if (auto applied = BundleJournal::apply(parent.filePath(commit), target.absoluteFilePath()); !applied)
            return std::unexpected(applied.error());
    }
    const QStringList leftovers
        = parent.entryList({ tempPrefix(target) + u'*' }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &leftover : leftovers)
        QDir(parent.filePath(leftover)).removeRecursively();

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
    bundle.d->mode = bundle.d->previous.files.isEmpty() ? Mode::Replace : mode;
    bundle.d->files.reserve(bundle.d->previous.files.size() + 16);
    if (bundle.d->mode == Mode::Update) {
        bundle.d->targetFolder = ::open(
            QFile::encodeName(bundle.d->target).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (bundle.d->targetFolder < 0)
            return fail(Error::Code::Io, tr("cannot open the folder %1").arg(bundle.d->target));
    }
    bundle.d->temporary
        = parent.filePath(tempPrefix(target) + QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!QDir().mkpath(bundle.d->temporary))
        return fail(Error::Code::Io, tr("cannot create the folder %1").arg(bundle.d->temporary));
    return bundle;
}

QStringList BundleFolder::removed() const
{
    return d->removed;
}

QString BundleFolder::path() const
{
    return d->target;
}

BundleFolder::Mode BundleFolder::mode() const
{
    return d->mode;
}

const BundleFolder::Manifest &BundleFolder::previousManifest() const
{
    return d->previous;
}

bool BundleFolder::keep(const QString &path)
{
    const auto old = d->previous.files.constFind(path);
    if (d->mode != Mode::Update || old == d->previous.files.cend())
        return false;
    // The file stays where it is; one deleted or cut short by hand is written again.
    struct stat info;
    if (::fstatat(d->targetFolder, QFile::encodeName(path).constData(), &info, 0) != 0
        || info.st_size != old->size)
        return false;
    QMutexLocker lock(&d->mutex);
    d->files.insert(path, *old);
    return true;
}

Status BundleFolder::write(const QString &path, const QByteArray &bytes)
{
    const Entry entry { Digest::sha256Hex(bytes), bytes.size() };
    if (d->mode == Mode::Update) {
        // Same bytes as the file already there (a feed, the sitemap): nothing to move in.
        const auto old = d->previous.files.constFind(path);
        if (old != d->previous.files.cend() && old->sha256 == entry.sha256 && keep(path))
            return {};
    }
    if (auto folder = d->ensureFolder(path); !folder)
        return folder;
    QFile file(QDir(d->temporary).filePath(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return fail(Error::Code::Io, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    file.close();
    QMutexLocker lock(&d->mutex);
    d->files.insert(path, entry);
    d->staged.append(path);
    return {};
}

Result<qint64> BundleFolder::commit(const QHash<QString, QByteArray> &inputs, const QDateTime &moment)
{
    const QByteArray bytes = manifestText(d->files, inputs, moment);
    QFile file(QDir(d->temporary).filePath(QStringLiteral("manifest.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return fail(Error::Code::Io, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.close();

    d->removed.clear();
    for (auto it = d->previous.files.cbegin(); it != d->previous.files.cend(); ++it) {
        if (!d->files.contains(it.key()) && it.key() != u"manifest.json")
            d->removed.append(it.key());
    }
    if (auto moved = d->mode == Mode::Update ? d->moveIn() : d->swapIn(); !moved)
        return std::unexpected(moved.error());
    d->committed = true;
    qint64 total = bytes.size();
    for (const Entry &entry : std::as_const(d->files))
        total += entry.size;
    return total;
}

Status BundleFolder::Private::swapIn()
{
    syncFolder(temporary); // the new bundle is on disk before it replaces the old one
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(target);
    if (QFileInfo::exists(target)) {
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) != 0)
            return fail(Error::Code::Io, tr("cannot swap the new bundle into %1").arg(target));
    } else if (::rename(from.constData(), to.constData()) != 0) {
        return fail(Error::Code::Io, tr("cannot move the new bundle to %1").arg(target));
    }
    QDir(temporary).removeRecursively(); // now holds the previous bundle
    return {};
}

Status BundleFolder::Private::moveIn()
{
    const QStringList &deleted = removed;
    QStringList moved = staged;
    moved.append(QStringLiteral("manifest.json")); // last: readers trust it once every page is in
    if (auto journal = BundleJournal::write(temporary, moved, deleted); !journal)
        return std::unexpected(journal.error());
    // On disk before the commit. A few files are synced one by one: syncfs() would also
    // wait for every other program's unwritten data on the same file system.
    if (staged.size() > 200) {
        syncFolder(temporary);
    } else {
        for (const QString &path : std::as_const(staged))
            syncFile(QDir(temporary).filePath(path));
    }
    const QFileInfo info(target);
    const QString commitFolder
        = QDir(info.path()).filePath(commitPrefix(info) + QFileInfo(temporary).fileName().section(u'-', -1));
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(commitFolder).constData())
        != 0)
        return fail(Error::Code::Io, tr("cannot commit the update of %1").arg(target));
    syncFile(info.path()); // the commit itself: the renamed folder's entry
    temporary.clear(); // committed: from here on the journal finishes the job, now or next time
    return BundleJournal::apply(commitFolder, target);
}

} // namespace PortalDesk
