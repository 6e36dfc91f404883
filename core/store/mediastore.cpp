#include "core/store/mediastore.h"

#include "core/store/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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

Result<QString> MediaStore::put(const QByteArray &bytes, const QString &originalName)
{
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
