#include "bundlecheck.h"

#include "core/exchange/interchange.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <catch2/catch.hpp>

namespace PortalDesk::Testing {

DemoPortal portalFrom(const QString &portalJson)
{
    DemoPortal portal;
    portal.folder = std::make_unique<QTemporaryDir>();
    portal.database = newTestDatabase(portal.folder->filePath(QStringLiteral("demo.sqlite")));
    auto loaded = Interchange::loadFile(portal.database, portalJson);
    INFO((loaded ? QString() : loaded.error().text()).toStdString());
    REQUIRE(loaded.has_value());
    return portal;
}

DemoPortal demoPortal()
{
    return portalFrom(QStringLiteral(PORTALDESK_SOURCE_DIR "/resources/demo/portal.json"));
}

DemoPortal hostilePortal()
{
    return portalFrom(QStringLiteral(PORTALDESK_FIXTURES_DIR "/hostile/portal.json"));
}

QDateTime demoMoment()
{
    return QDateTime(QDate(2024, 11, 25), QTime(0, 0), QTimeZone::utc());
}

QStringList bundleFiles(const QString &bundle)
{
    QStringList files;
    QDirIterator it(bundle, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(bundle).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList brokenLinks(const QString &bundle)
{
    static const QRegularExpression link(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
    QStringList broken;
    for (const QString &file : bundleFiles(bundle)) {
        if (!file.endsWith(u".html"))
            continue;
        const QString html = QString::fromUtf8(readFile(QDir(bundle).filePath(file)));
        for (auto it = link.globalMatch(html); it.hasNext();) {
            const QString target
                = it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            if (target.startsWith(u"http://") || target.startsWith(u"https://")
                || target.startsWith(u"mailto:") || target.startsWith(u'#'))
                continue;
            const QString path = QUrl(target).path();
            const QString resolved
                = QDir::cleanPath(QFileInfo(QDir(bundle).filePath(file)).dir().filePath(path));
            if (!resolved.startsWith(QDir::cleanPath(bundle) + u'/') || !QFileInfo(resolved).isFile())
                broken.append(file + QStringLiteral(" → ") + target);
        }
    }
    return broken;
}

QStringList manifestProblems(const QString &bundle)
{
    QStringList problems;
    const QJsonObject files
        = QJsonDocument::fromJson(readFile(QDir(bundle).filePath(QStringLiteral("manifest.json"))))
              .object()
              .value(QStringLiteral("files"))
              .toObject();
    for (const QString &file : bundleFiles(bundle)) {
        if (file == u"manifest.json")
            continue;
        const QJsonObject entry = files.value(file).toObject();
        const QByteArray bytes = readFile(QDir(bundle).filePath(file));
        if (entry.isEmpty())
            problems.append(file + QStringLiteral(": not in the manifest"));
        else if (entry.value(QStringLiteral("sha256")).toString().toLatin1()
                != QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()
            || qint64(entry.value(QStringLiteral("size")).toDouble()) != bytes.size())
            problems.append(file + QStringLiteral(": hash or size differs"));
    }
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!QFileInfo::exists(QDir(bundle).filePath(it.key())))
            problems.append(it.key() + QStringLiteral(": listed but missing"));
    }
    return problems;
}

QMap<QString, QByteArray> snapshotOf(const QString &bundle)
{
    QMap<QString, QByteArray> files;
    for (const QString &file : bundleFiles(bundle))
        files.insert(file, readFile(QDir(bundle).filePath(file)));
    return files;
}

ExportReport exportTo(const DatabasePtr &database, const QString &out, bool incremental, const QString &zip)
{
    ExportOptions options;
    options.outFolder = out;
    options.incremental = incremental;
    options.zipFile = zip;
    options.at = demoMoment();
    options.jobs = 2;
    auto report = BundleExporter(database).run(options);
    INFO((report ? QString() : report.error().text()).toStdString());
    REQUIRE(report.has_value());
    return *report;
}

} // namespace PortalDesk::Testing
