#pragma once

// Loads the demo portal into a temporary database and inspects exported bundles
// the way a web server and a reader would see them.

#include "core/publish/bundleexporter.h"
#include "core/store/database.h"

#include <QMap>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace PortalDesk::Testing {

struct DemoPortal
{
    std::unique_ptr<QTemporaryDir> folder;
    DatabasePtr database;
};

DemoPortal demoPortal();
// A portal loaded from a portaldesk/1 file into a temporary database, e.g. the hostile
// fixture tests/fixtures/hostile/portal.json (script tags, javascript: links, bidi controls).
DemoPortal portalFrom(const QString &portalJson);
DemoPortal hostilePortal();
QDateTime demoMoment(); // after every demo article's publish time, before the scheduled one

// Exports the demo portal at demoMoment() with two threads; the test fails on an error.
ExportReport exportTo(
    const DatabasePtr &database, const QString &out, bool incremental = false, const QString &zip = {});

QStringList bundleFiles(const QString &bundle); // relative paths, sorted
QByteArray readFile(const QString &path);
// Internal href/src targets of every HTML page that do not exist in the bundle.
QStringList brokenLinks(const QString &bundle);
// Files whose bytes do not match manifest.json, and files missing from it.
QStringList manifestProblems(const QString &bundle);
QMap<QString, QByteArray> snapshotOf(const QString &bundle); // path → bytes

} // namespace PortalDesk::Testing
