#include "core/store/mediastore.h"

#include "core/content/limits.h"
#include "core/content/picturesize.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace PortalDesk {

MediaStore::MediaStore(DatabasePtr database)
    : m_database(std::move(database))
{ }

QString MediaStore::nameFor(const QByteArray &bytes, const QString &originalName)
{
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QString extension = QFileInfo(originalName).suffix().toLower();
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9]{1,8}$"));
    if (!safe.match(extension).hasMatch())
        extension = QStringLiteral("bin");
    return hash.left(16) + u'.' + extension;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::MediaStore", text);
}

Error tooLarge(const QString &shown, qint64 bytes)
{
    return Error::invalid(QStringLiteral("photos"),
        tr("“%1” is %2 bytes; a photo file may be at most %3")
            .arg(shown, Limits::count(bytes), Limits::count(Limits::photoFileBytes)));
}

} // namespace

Status MediaStore::checkPicture(const QByteArray &bytes, const QString &shown)
{
    if (bytes.size() > Limits::photoFileBytes)
        return std::unexpected(tooLarge(shown, bytes.size()));
    if (const std::optional<QSize> size = PictureSize::read(bytes);
        size && std::max(size->width(), size->height()) > Limits::photoSide)
        return std::unexpected(Error::invalid(QStringLiteral("photos"),
            tr("“%1” is %2 × %3 pixels; a photo may be at most %4 pixels on each side")
                .arg(shown, Limits::count(size->width()), Limits::count(size->height()),
                    Limits::count(Limits::photoSide))));
    return {};
}

Result<QByteArray> MediaStore::readPicture(const QString &path, const QString &shown)
{
    QFile file(path);
    if (file.size() > Limits::photoFileBytes)
        return std::unexpected(tooLarge(shown, file.size()));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(
            QStringLiteral("photos"), tr("cannot read “%1”: %2").arg(shown, file.errorString())));
    QByteArray bytes = file.read(Limits::photoFileBytes + 1); // grown since it was measured: still bounded
    if (Status checked = checkPicture(bytes, shown); !checked)
        return std::unexpected(checked.error());
    return bytes;
}

Result<QString> MediaStore::put(const QByteArray &bytes, const QString &originalName)
{
    if (Status checked = checkPicture(bytes, QFileInfo(originalName).fileName()); !checked)
        return std::unexpected(checked.error());
    const QString name = nameFor(bytes, originalName);
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral(
            "INSERT INTO media (name, sha256, bytes) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING"),
        { name, hash, bytes });
    if (!done)
        return std::unexpected(done.error());
    return name;
}

Result<QByteArray> MediaStore::get(const QString &name) const
{
    // A photo waiting for its picture has no name; there is nothing to look up.
    if (name.isEmpty())
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("PortalDesk::MediaStore", "this photo has no picture yet"));
    auto query = Sql::run(
        Sql::connection(*m_database), QStringLiteral("SELECT bytes FROM media WHERE name = ?"), { name });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("PortalDesk::MediaStore", "there is no picture “%1” in the database")
                .arg(name));
    return query->value(0).toByteArray();
}

Result<QStringList> MediaStore::names() const
{
    auto query
        = Sql::run(Sql::connection(*m_database), QStringLiteral("SELECT name FROM media ORDER BY name"));
    if (!query)
        return std::unexpected(query.error());
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

} // namespace PortalDesk
