#pragma once

// Photo and image bytes kept inside the database, named by their content:
// "<first 16 hex digits of SHA-256>.<ext>", so the same picture is stored once.

#include "core/store/database.h"

#include <QByteArray>

namespace PortalDesk {

class MediaStore
{
public:
    explicit MediaStore(DatabasePtr database);

    // The content name for these bytes with the extension of `originalName`.
    static QString nameFor(const QByteArray &bytes, const QString &originalName);

    Result<QString> put(const QByteArray &bytes, const QString &originalName);
    Result<QByteArray> get(const QString &name) const;
    Result<QStringList> names() const;

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
