// libFuzzer target for the bundle folder's readers (issue 19): a torn or hostile export
// folder. The first byte chooses what the rest of the input is:
// - even: the bundle's manifest.json, read by an incremental export that then writes a
//   page, keeps one and commits;
// - odd: the journal of a committed update, finished by the next export.
// Either way nothing outside the bundle may be touched and the export either works or says
// why; and no manifest may leave a commit behind that the next export cannot finish.

#include "core/publish/bundlefolder.h"
#include "core/publish/bundlejournal.h"
#include "fuzzcheck.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace PortalDesk;
using PortalDesk::Fuzz::require;

namespace {

const QByteArray sentinel = "not part of the bundle\n";

void put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    require(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(), "the sandbox is writable");
}

// A sandbox holding a small bundle and, beside it, files that are not the bundle's.
QString freshSandbox()
{
    static QTemporaryDir root;
    require(root.isValid(), "a temporary folder");
    const QDir dir(root.path());
    QDir(dir.filePath(QStringLiteral("s"))).removeRecursively();
    const QString sandbox = dir.filePath(QStringLiteral("s"));
    put(sandbox + u"/outside.txt", sentinel);
    put(sandbox + u"/other/page.html", sentinel);
    put(sandbox + u"/bundle/index.html", "<p>front page</p>");
    put(sandbox + u"/bundle/en/a.html", "<p>a</p>");
    return sandbox;
}

// Everything in the sandbox outside the bundle and the export's own hidden folders.
QStringList outsideTheBundle(const QString &sandbox)
{
    QStringList found;
    QDirIterator it(sandbox, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(sandbox).relativeFilePath(it.next());
        if (!path.startsWith(u"bundle") && !path.startsWith(u".bundle."))
            found.append(path);
    }
    found.sort();
    return found;
}

void requireOutsideUntouched(const QString &sandbox)
{
    const QStringList expected { QStringLiteral("other"), QStringLiteral("other/page.html"),
        QStringLiteral("outside.txt") };
    require(outsideTheBundle(sandbox) == expected, "nothing outside the bundle is made or removed");
    for (const char *name : { "/outside.txt", "/other/page.html" }) {
        QFile file(sandbox + QLatin1StringView(name));
        require(file.open(QIODevice::ReadOnly) && file.readAll() == sentinel,
            "nothing outside the bundle changes");
    }
}

void exportOnce(const QString &bundle)
{
    Result<BundleFolder> folder = BundleFolder::open(bundle, BundleFolder::Mode::Update);
    if (!folder) {
        require(!folder.error().message.isEmpty(), "a refused export says why");
        return;
    }
    folder->keep(QStringLiteral("en/a.html"));
    require(folder->write(QStringLiteral("index.html"), "<p>new front page</p>").has_value(),
        "a page is written");
    require(folder->write(QStringLiteral("zh-hant/b.html"), "<p>b</p>", "input").has_value(),
        "a page is written");
    const Result<qint64> committed = folder->commit(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    require(committed.has_value() || !committed.error().message.isEmpty(), "a failed commit says why");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QString sandbox = freshSandbox();
    const QString bundle = sandbox + u"/bundle";
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if ((data[0] & 1) == 0) {
        put(bundle + u"/manifest.json", bytes);
        exportOnce(bundle);
    } else {
        // A committed update as moveIn() leaves it, with this journal.
        const QString commit = sandbox + u"/.bundle.portaldesk-commit-fuzz";
        put(commit + u"/index.html", "<p>staged</p>");
        put(commit + u"/zh-hant/b.html", "<p>staged</p>");
        put(commit + u"/.portaldesk-journal", bytes);
        const Status applied = BundleJournal::apply(commit, bundle);
        require(applied.has_value() || !applied.error().message.isEmpty(), "a refused journal says why");
    }
    requireOutsideUntouched(sandbox);
    // A manifest, whatever it says, never leaves an update half-committed: the next export
    // would find that journal and stop there.
    const QStringList commits = QDir(sandbox).entryList(
        { QStringLiteral(".bundle.portaldesk-commit-*") }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    require((data[0] & 1) != 0 || commits.isEmpty(), "no unfinished commit is left by a hostile manifest");
    return 0;
}
