#pragma once

// Reads the wire samples in tests/fixtures/ and parses them as the CLI does; a fresh portal to import into.

#include "core/ingest/wireparser.h"
#include "core/store/database.h"
#include "core/text/editionformat.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace PortalDesk::Testing {

inline QByteArray wireBytes(const QString &name)
{
    QFile file(QStringLiteral(PORTALDESK_FIXTURES_DIR "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline WireDraft parseWire(const QString &name)
{
    const Result<WireDraft> draft = WireParser::parseUtf8(wireBytes(name), EditionFormat::hongKong());
    REQUIRE(draft.has_value());
    return *draft;
}

// A new SQLite portal in `folder`.
inline DatabasePtr freshDatabase(const QTemporaryDir &folder)
{
    Result<DatabasePtr> database = Database::open(folder.filePath(QStringLiteral("portal.sqlite")));
    REQUIRE(database.has_value());
    return *database;
}

} // namespace PortalDesk::Testing
