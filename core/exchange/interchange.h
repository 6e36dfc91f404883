#pragma once

// The portaldesk/1 interchange file: a whole portal (settings, sections,
// columns, articles with photos, promos) as one JSON document. Loading is all
// or nothing; dumping what was loaded and loading it again gives the same bytes.

#include "core/error.h"
#include "core/store/database.h"

#include <QByteArray>
#include <QString>

namespace PortalDesk::Interchange {

inline constexpr QLatin1StringView format { "portaldesk/1" };

struct LoadOptions
{
    bool merge = false; // add to a database that has content; same id = update with a new revision
    QString note; // revision note for loaded articles
};

struct LoadReport
{
    int sections = 0;
    int columns = 0;
    int articlesAdded = 0;
    int articlesUpdated = 0;
    int promos = 0;
    int photos = 0;
};

// `json` is the file's bytes; photo paths are resolved against `baseFolder`.
Result<LoadReport> load(const DatabasePtr &database, const QByteArray &json, const QString &baseFolder,
    const LoadOptions &options = {});
Result<LoadReport> loadFile(
    const DatabasePtr &database, const QString &path, const LoadOptions &options = {});

// The whole database as portaldesk/1 JSON. Photos are referenced as media/<name>;
// when `mediaFolder` is not empty their bytes are written to mediaFolder/media/.
// A photo without a picture yet is written with "file": null.
Result<QByteArray> dump(const DatabasePtr &database, const QString &mediaFolder);

} // namespace PortalDesk::Interchange
