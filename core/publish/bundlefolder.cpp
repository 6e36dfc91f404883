#include "core/publish/bundlefolder.h"

#include "core/content/rules.h"
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
#include <vector>

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

// The previous bundle's manifest: each file with its place in the manifest's
// order (sorted by UTF-8 bytes), by which this export records what becomes of it.
struct Manifest
{
    QByteArray text; // the file as read: the hashes below point into it
    QList<QString> order; // the paths, by ordinal
    QList<BundleFolder::Entry> entries; // by ordinal
    QHash<QString, qsizetype> ordinals;

    // A path that could not be the bundle's own (../x, /etc/x, written by hand or by an
    // attacker) is left out: it is never kept and never deleted, so the update's journal,
    // which refuses such paths, cannot be left half-applied by it.
    void add(const QString &path, BundleFolder::Entry entry)
    {
        if (!Rules::isSafeRelativePath(path) || ordinals.contains(path))
            return; // a path listed twice: the first entry holds, or the copy would be deleted
        ordinals.insert(path, order.size());
        order.append(path);
        entries.append(std::move(entry));
    }
    const BundleFolder::Entry *find(const QString &path, qsizetype *ordinal) const
    {
        const auto found = ordinals.constFind(path);
        if (found == ordinals.cend())
            return nullptr;
        *ordinal = *found;
        return &entries.at(*found);
    }
    // Puts the files in UTF-8 order when they came in another (a manifest written by hand).
    void sort()
    {
        QList<std::pair<QByteArray, qsizetype>> sorted;
        for (qsizetype i = 0; i < order.size(); ++i)
            sorted.append({ order.at(i).toUtf8(), i });
        std::sort(
            sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        Manifest again;
        again.text = text;
        for (const auto &[utf8, i] : std::as_const(sorted))
            again.add(order.at(i), entries.at(i));
        *this = std::move(again);
    }
};

// The manifest as manifestText() lays it out, one file a line with its input
// ("path": { "sha256": "…", "size": 123, "input": "…" }), read without a JSON parser:
// an incremental export of a large portal reads 15,000 lines of it first. Anything
// laid out otherwise (hand-edited, or from an earlier PortalDesk) returns nothing
// and goes to the JSON parser.
std::optional<Manifest> readOwnLayout(const QByteArray &text)
{
    // The hashes are not copied out of the text (thirty thousand small allocations
    // fewer): they point into it, and the manifest keeps it.
    const auto raw = [](QByteArrayView view) { return QByteArray::fromRawData(view.data(), view.size()); };
    const QByteArray head = "{\n    \"format\": \"" + QByteArray(BundleFolder::Format.latin1()) + "\",\n";
    if (!text.startsWith(head))
        return std::nullopt;
    Manifest manifest;
    const qsizetype lines = text.count('\n');
    manifest.ordinals.reserve(lines);
    manifest.order.reserve(lines);
    manifest.entries.reserve(lines);
    enum class Part { Head, Files, Done } part = Part::Head;
    static constexpr QByteArrayView shaKey = "{ \"sha256\": \"";
    static constexpr QByteArrayView sizeKey = "\", \"size\": ";
    static constexpr QByteArrayView inputKey = ", \"input\": \"";
    QByteArrayView last; // the files come sorted; anything else goes the slow way
    bool sorted = true;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = QByteArrayView(text).sliced(at, end - at);
        at = end + 1;
        if (line == "    \"files\": {") {
            part = Part::Files;
        } else if (line.startsWith("    }")) {
            part = part == Part::Files ? Part::Done : Part::Head;
        } else if (line.startsWith("    \"inputs\"")) {
            return std::nullopt; // an earlier PortalDesk's layout
        } else if (part == Part::Files && line.startsWith("        \"")) {
            const qsizetype keyEnd = line.indexOf("\": ", 9);
            if (keyEnd < 0 || line.contains('\\'))
                return std::nullopt;
            const QByteArrayView key = line.sliced(9, keyEnd - 9);
            QByteArrayView rest = line.sliced(keyEnd + 3);
            rest.chop(rest.endsWith(" },") ? 3 : rest.endsWith(" }") ? 2 : 0);
            const qsizetype sizeAt = rest.indexOf(sizeKey);
            if (!rest.startsWith(shaKey) || sizeAt < 0)
                return std::nullopt;
            QByteArrayView sizeText = rest.sliced(sizeAt + sizeKey.size());
            QByteArray input;
            if (const qsizetype inputAt = sizeText.indexOf(inputKey); inputAt >= 0) {
                const QByteArrayView quoted = sizeText.sliced(inputAt + inputKey.size());
                if (!quoted.endsWith('"') || quoted.chopped(1).contains('"'))
                    return std::nullopt;
                input = raw(quoted.chopped(1));
                sizeText.truncate(inputAt);
            }
            bool number = false;
            const qint64 size = sizeText.toLongLong(&number);
            if (!number)
                return std::nullopt;
            sorted = sorted && (last.isNull() || last.compare(key) < 0);
            last = key;
            manifest.add(QString::fromUtf8(key),
                { raw(rest.sliced(shaKey.size(), sizeAt - shaKey.size())), size, std::move(input) });
        }
    }
    if (part != Part::Done)
        return std::nullopt;
    manifest.text = text;
    if (!sorted)
        manifest.sort();
    return manifest;
}

Manifest readManifest(const QString &folder, bool *isBundle)
{
    Manifest manifest;
    QFile file(QDir(folder).filePath(QStringLiteral("manifest.json")));
    *isBundle = false;
    if (!file.open(QIODevice::ReadOnly))
        return manifest;
    const QByteArray text = file.readAll();
    if (std::optional<Manifest> own = readOwnLayout(text)) {
        *isBundle = true;
        return std::move(*own);
    }
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    if (root.value(QStringLiteral("format")).toString() != BundleFolder::Format)
        return manifest;
    *isBundle = true;
    const QJsonObject files = root.value(QStringLiteral("files")).toObject();
    const QJsonObject inputs = root.value(QStringLiteral("inputs")).toObject(); // an earlier layout
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QJsonValue input = entry.contains(QStringLiteral("input"))
            ? entry.value(QStringLiteral("input"))
            : inputs.value(it.key());
        manifest.add(it.key(),
            { entry.value(QStringLiteral("sha256")).toString().toLatin1(),
                qint64(entry.value(QStringLiteral("size")).toDouble()), input.toString().toLatin1() });
    }
    manifest.sort();
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
// One line of the manifest's files and inputs: a file of the new bundle.
struct Listed
{
    const QString *path;
    const BundleFolder::Entry *entry;
};

// manifest.json, written by hand: QJsonObject inserts one key at a time into a
// sorted array, which is quadratic for the 15,000 entries of a large portal.
// `files` come in the manifest's order (sorted by UTF-8 bytes). Each file's input
// (what a page, feed or sitemap was made from) sits on its line, for the next update.
QByteArray manifestText(const QList<Listed> &files, const QDateTime &moment, const QString &exportedBy)
{
    QByteArray out;
    out.reserve(files.size() * 240 + 256);
    out += "{\n    \"format\": " + jsonString(QByteArray(BundleFolder::Format.latin1()))
        + ",\n    \"exported_at\": " + jsonString(moment.toUTC().toString(Qt::ISODate).toUtf8());
    if (!exportedBy.isEmpty())
        out += ",\n    \"exported_by\": " + jsonString(exportedBy.toUtf8());
    out += ",\n    \"files\": {";
    for (qsizetype i = 0; i < files.size(); ++i) {
        const BundleFolder::Entry &entry = *files.at(i).entry;
        out += i ? ",\n        " : "\n        ";
        out += jsonString(files.at(i).path->toUtf8());
        out += ": { \"sha256\": \"";
        out += entry.sha256;
        out += "\", \"size\": ";
        out += QByteArray::number(entry.size);
        if (!entry.input.isEmpty()) {
            out += ", \"input\": \"";
            out += entry.input;
            out += '"';
        }
        out += " }";
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
    // The new bundle's files: those the previous one had, by their ordinal there (each
    // slot written by one thread only), and the rest, under the mutex.
    std::vector<std::optional<Entry>> current;
    QHash<QString, Entry> added;
    QStringList staged; // Update: files written into the temporary folder
    QStringList removed; // files of the previous bundle the new one no longer has
    int lock = -1; // held while this export runs, so two never work on one bundle at once
    int targetFolder = -1; // Update: the bundle's folder, for looking up the files it keeps

    // The previous bundle's file is there as the manifest says (not deleted or cut short by hand).
    bool stillThere(const QString &path, const Entry &old) const
    {
        struct stat info;
        return ::fstatat(targetFolder, QFile::encodeName(path).constData(), &info, 0) == 0
            && info.st_size == old.size;
    }
    void record(const QString &path, const Entry &entry)
    {
        if (qsizetype ordinal = 0; previous.find(path, &ordinal)) {
            current[size_t(ordinal)] = entry;
            return;
        }
        QMutexLocker lock(&mutex);
        added.insert(path, entry);
    }
    QList<Listed> listed() const;

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
    bundle.d->mode = bundle.d->previous.order.isEmpty() ? Mode::Replace : mode;
    bundle.d->current.resize(size_t(bundle.d->previous.order.size()));
    if (bundle.d->mode == Mode::Update) {
        bundle.d->targetFolder
            = ::open(QFile::encodeName(bundle.d->target).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
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

bool BundleFolder::keep(const QString &path)
{
    qsizetype ordinal = 0;
    const Entry *old = d->mode == Mode::Update ? d->previous.find(path, &ordinal) : nullptr;
    if (!old || !d->stillThere(path, *old))
        return false;
    d->current[size_t(ordinal)] = *old;
    return true;
}

bool BundleFolder::keepUnchanged(const QString &path, const QByteArray &input)
{
    qsizetype ordinal = 0;
    const Entry *old = d->mode == Mode::Update ? d->previous.find(path, &ordinal) : nullptr;
    if (!old || old->input != input || !d->stillThere(path, *old))
        return false;
    d->current[size_t(ordinal)] = *old;
    return true;
}

QByteArray BundleFolder::previousInput(const QString &path) const
{
    qsizetype ordinal = 0;
    const Entry *old = d->mode == Mode::Update ? d->previous.find(path, &ordinal) : nullptr;
    return old ? old->input : QByteArray();
}

Status BundleFolder::write(const QString &path, const QByteArray &bytes, const QByteArray &input)
{
    const Entry entry { Digest::sha256Hex(bytes), bytes.size(), input };
    if (d->mode == Mode::Update) {
        // Same bytes as the file already there (a feed, the sitemap): nothing to move in.
        qsizetype ordinal = 0;
        const Entry *old = d->previous.find(path, &ordinal);
        if (old && old->sha256 == entry.sha256 && d->stillThere(path, *old)) {
            d->current[size_t(ordinal)] = entry;
            return {};
        }
    }
    if (auto folder = d->ensureFolder(path); !folder)
        return folder;
    QFile file(QDir(d->temporary).filePath(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return fail(Error::Code::Io, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    file.close();
    d->record(path, entry);
    QMutexLocker lock(&d->mutex);
    d->staged.append(path);
    return {};
}

// Every file of the new bundle in the manifest's order: those of the previous bundle
// come in its order already, and the few new ones are merged in.
QList<Listed> BundleFolder::Private::listed() const
{
    QList<Listed> kept;
    kept.reserve(qsizetype(current.size()) + added.size());
    for (size_t i = 0; i < current.size(); ++i) {
        if (current[i])
            kept.append({ &previous.order.at(qsizetype(i)), &*current[i] });
    }
    if (added.isEmpty())
        return kept;
    QList<std::pair<QByteArray, Listed>> fresh;
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        fresh.append({ it.key().toUtf8(), { &it.key(), &it.value() } });
    std::sort(fresh.begin(), fresh.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Listed> all;
    all.reserve(kept.size() + fresh.size());
    qsizetype k = 0;
    for (const auto &[utf8, file] : std::as_const(fresh)) {
        while (k < kept.size() && kept.at(k).path->toUtf8() < utf8)
            all.append(kept.at(k++));
        all.append(file);
    }
    while (k < kept.size())
        all.append(kept.at(k++));
    return all;
}

Result<qint64> BundleFolder::commit(const QDateTime &moment, const QString &exportedBy)
{
    const QList<Listed> files = d->listed();
    const QByteArray bytes = manifestText(files, moment, exportedBy);
    QFile file(QDir(d->temporary).filePath(QStringLiteral("manifest.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return fail(Error::Code::Io, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.close();

    d->removed.clear();
    for (size_t i = 0; i < d->current.size(); ++i) {
        const QString &path = d->previous.order.at(qsizetype(i));
        if (!d->current[i] && path != u"manifest.json")
            d->removed.append(path);
    }
    if (auto moved = d->mode == Mode::Update ? d->moveIn() : d->swapIn(); !moved)
        return std::unexpected(moved.error());
    d->committed = true;
    qint64 total = bytes.size();
    for (const Listed &listed : files)
        total += listed.entry->size;
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
