#pragma once

// Reads the wire samples in tests/fixtures/ and parses them as the CLI does.

#include "core/ingest/wireparser.h"
#include "core/text/editionformat.h"

#include <QFile>
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

} // namespace PortalDesk::Testing
