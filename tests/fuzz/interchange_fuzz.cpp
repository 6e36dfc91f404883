// libFuzzer target for the portaldesk/1 interchange file (issue 19): arbitrary bytes loaded,
// as `portaldesk-cli load` and File ▸ Open Portal File… do, into a real (SQLite) portal
// database. Checks what loading promises: all or nothing (a refused file leaves the
// database as it was, and says why); a loaded portal dumps to a file that loads again into
// the same dump; a photo is read from inside the file's folder only.

#include "core/exchange/interchange.h"
#include "fuzzcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace PortalDesk;
using PortalDesk::Fuzz::require;

namespace {

const QByteArray secret = "\x89PNG outside the file's folder";

struct Sandbox
{
    QTemporaryDir root;
    QString empty; // a freshly created database, copied for each input
    QString base; // the folder the fuzzed file sits in
    QByteArray emptyDump;

    Sandbox()
    {
        require(root.isValid(), "a temporary folder");
        base = root.filePath(QStringLiteral("base"));
        QDir().mkpath(base + u"/media");
        QFile photo(base + u"/media/photo.png");
        require(photo.open(QIODevice::WriteOnly) && photo.write("\x89PNG inside") > 0, "a photo is written");
        QFile outside(root.filePath(QStringLiteral("secret.png")));
        require(outside.open(QIODevice::WriteOnly) && outside.write(secret) > 0, "a file is written");
        empty = root.filePath(QStringLiteral("empty.sqlite"));
        {
            const Result<DatabasePtr> database = Database::open(empty);
            require(database.has_value(), "an empty portal database is made");
            const Result<QByteArray> dumped = Interchange::dump(*database, {});
            require(dumped.has_value(), "an empty portal dumps");
            emptyDump = *dumped;
        }
    }

    DatabasePtr fresh(const QString &name)
    {
        const QString path = root.filePath(name);
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QLatin1StringView(suffix));
        require(QFile::copy(empty, path), "the empty database is copied");
        const Result<DatabasePtr> database = Database::open(path);
        require(database.has_value(), "a copy of the empty database opens");
        return *database;
    }
};

Sandbox &sandbox()
{
    static int argc = 1;
    static char name[] = "interchange_fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication application(argc, argv); // translations and Qt's SQL plugins want one
    static Sandbox instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Sandbox &box = sandbox();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const DatabasePtr database = box.fresh(QStringLiteral("a.sqlite"));
    const Result<Interchange::LoadReport> loaded = Interchange::load(database, json, box.base);
    const QString out = box.root.filePath(QStringLiteral("out"));
    QDir(out).removeRecursively();
    const Result<QByteArray> dumped = Interchange::dump(database, out);
    require(dumped.has_value(), "a database a load left dumps");
    if (!loaded) {
        require(!loaded.error().text().isEmpty(), "a refused file says why");
        require(*dumped == box.emptyDump, "a refused file leaves the database as it was");
        return 0;
    }
    for (const QFileInfo &photo : QDir(out + u"/media").entryInfoList(QDir::Files)) {
        QFile file(photo.filePath());
        require(file.open(QIODevice::ReadOnly) && file.readAll() != secret,
            "no photo from outside the file's folder");
    }
    // The dump loads again, into the same dump.
    const DatabasePtr again = box.fresh(QStringLiteral("b.sqlite"));
    const Result<Interchange::LoadReport> reloaded = Interchange::load(again, *dumped, out);
    if (!reloaded)
        std::fprintf(stderr, "fuzz: the dump did not load: %s\n", qPrintable(reloaded.error().text()));
    require(reloaded.has_value(), "a dump loads");
    const Result<QByteArray> redumped = Interchange::dump(again, {});
    require(redumped.has_value() && *redumped == *dumped, "load ∘ dump is stable");
    return 0;
}
