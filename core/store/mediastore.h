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

    // Refuses, naming the picture and the limit, more than Limits::photoFileBytes or a
    // picture wider or taller than Limits::photoSide (read from its header, not decoded).
    Result<QString> put(const QByteArray &bytes, const QString &originalName);
    // A picture file's bytes, its size checked before it is read and its sides before
    // anything decodes it; `shown` names it in messages ("huge.png").
    static Result<QByteArray> readPicture(const QString &path, const QString &shown);
    static Status checkPicture(const QByteArray &bytes, const QString &shown);
    Result<QByteArray> get(const QString &name) const;
    Result<QStringList> names() const;

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
