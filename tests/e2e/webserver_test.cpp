// The exported bundle served by a real nginx (Debian's nginx-light) configured with the
// snippet `portaldesk-cli server-config --server nginx` prints, and by a real Apache 2.4
// (Debian's apache2-bin) with the .htaccess `--server apache` prints: headers, caching and the
// per-edition 404 pages as a reader's browser and a crawler receive them.

#include "bundlecheck.h"
#include "core/publish/serverconfig.h"
#include "core/render/theme.h"
#include "core/store/portalstore.h"
#include "localserver.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <catch2/catch.hpp>
#include <functional>
#include <unistd.h>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-case names
};

Response get(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkRequest request { QUrl(url) };
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return response;
}

// A web server for one test, in the foreground on 127.0.0.1 with its whole state in a folder
// of the test's: its configuration checked first, then started, and stopped with the test.
class WebServer
{
public:
    ~WebServer()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(path);
    }

protected:
    // Runs `program` with `check` (its configuration test), then with `run`, and waits until
    // it listens on port().
    void start(const QString &program, const QStringList &check, const QStringList &run)
    {
        QProcess checking;
        checking.start(program, check);
        REQUIRE(checking.waitForFinished(30000));
        INFO(checking.readAllStandardError().toStdString());
        REQUIRE(checking.exitCode() == 0);
        startListening(m_process, program, run, m_port);
    }
    quint16 port() const { return m_port; }

private:
    quint16 m_port = freePort();
    QProcess m_process;
};

// nginx in the foreground on 127.0.0.1, its whole state inside `folder`; stopped with the test.
class Nginx : public WebServer
{
public:
    Nginx(const QString &folder, const QString &root, const QString &snippet)
    {
        const QString program
            = QStandardPaths::findExecutable(QStringLiteral("nginx"), { QStringLiteral("/usr/sbin") });
        INFO("nginx comes from Debian's nginx-light (scripts/bootstrap)");
        REQUIRE_FALSE(program.isEmpty());
        QDir(folder).mkpath(QStringLiteral("tmp"));
        const QString config = QDir(folder).filePath(QStringLiteral("nginx.conf"));
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        // As root, nginx's workers would run as nobody and not read the test's private folder.
        file.write(
            QStringLiteral("%1worker_processes 1;\ndaemon off;\npid %2/nginx.pid;\nerror_log %2/error.log;\n"
                           "events { worker_connections 64; }\nhttp {\n  access_log off;\n"
                           "  client_body_temp_path %2/tmp/body;\n  proxy_temp_path %2/tmp/proxy;\n"
                           "  fastcgi_temp_path %2/tmp/fastcgi;\n  uwsgi_temp_path %2/tmp/uwsgi;\n"
                           "  scgi_temp_path %2/tmp/scgi;\n  server {\n    listen 127.0.0.1:%3;\n"
                           "    root %4;\n%5\n  }\n}\n")
                .arg(geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), folder,
                    QString::number(port()), root, snippet)
                .toUtf8());
        file.close();
        start(program, { QStringLiteral("-t"), QStringLiteral("-p"), folder, QStringLiteral("-c"), config },
            { QStringLiteral("-p"), folder, QStringLiteral("-c"), config });
    }
};

// Apache in the foreground on 127.0.0.1 serving `root`, whose .htaccess holds the snippet, as a
// host with AllowOverride FileInfo Indexes would; its state inside `folder`.
class Apache : public WebServer
{
public:
    Apache(const QString &folder, const QString &root)
    {
        const QString program
            = QStandardPaths::findExecutable(QStringLiteral("apache2"), { QStringLiteral("/usr/sbin") });
        INFO("apache2 comes from Debian's apache2-bin (scripts/bootstrap)");
        REQUIRE_FALSE(program.isEmpty());
        REQUIRE(QDir().mkpath(folder));
        const QString modules = QStringLiteral("/usr/lib/apache2/modules/");
        QString config = QStringLiteral("ServerRoot %1\nServerName 127.0.0.1\nListen 127.0.0.1:%2\n"
                                        "PidFile %1/httpd.pid\nErrorLog %1/error.log\nMutex file:%1\n")
                             .arg(folder)
                             .arg(port());
        for (const char *module : { "mpm_prefork", "authz_core", "mime", "dir", "headers" })
            config
                += QStringLiteral("LoadModule %1_module %2mod_%1.so\n").arg(QLatin1String(module), modules);
        // As root, Apache's children run as nobody: the test's folders are opened to them.
        if (geteuid() == 0) {
            config += QStringLiteral("User nobody\nGroup nogroup\n");
            for (QString path = root; path.startsWith(QDir::tempPath()) && path != QDir::tempPath();
                 path = QFileInfo(path).path())
                QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadOther | QFile::ExeOther);
        }
        // The host's own defaults, as Debian's apache2.conf and mime.types give them.
        config
            += QStringLiteral("TypesConfig %1\nAddType text/html .html\nAddType text/css .css\n"
                              "AddType text/plain .txt\nAddType image/png .png\n"
                              "AddType image/vnd.microsoft.icon .ico\n"
                              "DocumentRoot %2\n<Directory %2>\n    AllowOverride FileInfo Indexes\n"
                              "    Require all granted\n</Directory>\n")
                   .arg(QFile::exists(QStringLiteral("/etc/mime.types")) ? QStringLiteral("/etc/mime.types")
                                                                         : QStringLiteral("/dev/null"),
                       root);
        const QString path = QDir(folder).filePath(QStringLiteral("httpd.conf"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(config.toUtf8());
        file.close();
        start(program, { QStringLiteral("-t"), QStringLiteral("-f"), path },
            { QStringLiteral("-X"), QStringLiteral("-f"), path });
    }
};

// What a reader's browser and a crawler get from a server serving the demo bundle with
// PortalDesk's settings, wherever `url` says the server is: headers, caching, the editions'
// 404 pages and the feeds' and site files' types.
void checkServed(const QString &bundle, const std::function<QString(const QString &)> &url)
{
    const Response front = get(url(QStringLiteral("zh-hant/index.html")));
    CHECK(front.status == 200);
    CHECK(front.headers.value("content-security-policy") == Theme::contentSecurityPolicy.toUtf8());
    CHECK(front.headers.value("x-content-type-options") == "nosniff");
    CHECK(front.headers.value("cache-control") == "public, max-age=60");
    CHECK(front.headers.value("content-type").startsWith("text/html"));

    QString css;
    for (const QString &file : bundleFiles(bundle)) {
        if (file.startsWith(u"assets/style.") && file.endsWith(u".css"))
            css = file;
    }
    REQUIRE_FALSE(css.isEmpty());
    const Response asset = get(url(css));
    CHECK(asset.status == 200);
    CHECK(asset.headers.value("cache-control") == "public, max-age=31536000, immutable");
    CHECK(asset.headers.value("content-security-policy") == Theme::contentSecurityPolicy.toUtf8());

    const Response english404 = get(url(QStringLiteral("en/articles/no-such-story.html")));
    CHECK(english404.status == 404);
    CHECK(english404.body.contains("Page not found"));
    const Response root404 = get(url(QStringLiteral("no/such/page")));
    CHECK(root404.status == 404);
    CHECK(QString::fromUtf8(root404.body).contains(u"找不到這一頁"));

    const Response json = get(url(QStringLiteral("en/feed.json")));
    CHECK(json.status == 200);
    CHECK(json.headers.value("content-type").startsWith("application/feed+json"));
    // Feeds are Atom; the sitemaps are plain XML, not feeds (a crawler reading a sitemap typed
    // as a feed may skip it).
    for (const QString &feed : { QStringLiteral("en/feed.xml"), QStringLiteral("zh-hant/feed.xml") }) {
        const Response atom = get(url(feed));
        INFO(feed.toStdString());
        CHECK(atom.status == 200);
        CHECK(atom.headers.value("content-type").startsWith("application/atom+xml"));
    }
    for (const QString &sitemap : { QStringLiteral("sitemap.xml"), QStringLiteral("news-sitemap.xml") }) {
        const Response xml = get(url(sitemap));
        INFO(sitemap.toStdString());
        CHECK(xml.status == 200);
        CHECK(xml.headers.value("content-type").startsWith("application/xml"));
        CHECK(xml.headers.value("cache-control") == "public, max-age=60");
    }
    const Response robots = get(url(QStringLiteral("robots.txt")));
    CHECK(robots.status == 200);
    CHECK(robots.body.contains("Sitemap: https://demo.portaldesk.invalid/sitemap.xml"));
    CHECK(get(url(QStringLiteral("favicon.ico"))).status == 200);
}

} // namespace

TEST_CASE(
    "nginx with the server-config snippet sends the bundle's headers, caching and 404 pages", "[e2e][server]")
{
    auto demo = demoPortal();
    const QString bundle = demo.folder->filePath(QStringLiteral("site"));
    exportTo(demo.database, bundle);
    const Portal portal = PortalStore(demo.database).get().value();
    const Nginx nginx(demo.folder->filePath(QStringLiteral("nginx")), bundle, ServerConfig::nginx(portal));

    const auto url = [&](const QString &path) { return nginx.url(path); };
    checkServed(bundle, url);

    const Response english404 = get(url(QStringLiteral("en/articles/no-such-story.html")));
    CHECK(english404.body.contains("href=\"https://demo.portaldesk.invalid/assets/style."));
    CHECK(get(url(QStringLiteral("favicon.ico"))).headers.value("content-type") == "image/x-icon");
}

TEST_CASE("server snippets serve a portal under a sub-path, and hostile base URLs cannot break out",
    "[e2e][server]")
{
    Portal portal;
    portal.baseUrl = QStringLiteral("https://example.com/news/");
    CHECK(ServerConfig::servedPath(portal) == u"/news/");
    CHECK(ServerConfig::nginx(portal).contains(u"location /news/assets/ {"));
    CHECK(ServerConfig::apache(portal).contains(u"ErrorDocument 404 /news/zh-hant/404.html"));
    portal.baseUrl = QStringLiteral("https://example.com");
    CHECK(ServerConfig::servedPath(portal) == u"/");
    // Anything a config file could read as syntax falls back to the root.
    for (const QString &base : { u"https://example.com/a;b/"_qs, u"https://example.com/a{b}/"_qs,
             u"https://example.com/a b/"_qs, u"https://example.com/\"x/"_qs }) {
        portal.baseUrl = base;
        INFO(base.toStdString());
        const QString path = ServerConfig::servedPath(portal);
        CHECK((path == u"/" || !path.contains(u';')));
        CHECK_FALSE(path.contains(u'{'));
        CHECK_FALSE(path.contains(u'"'));
        CHECK_FALSE(path.contains(u' '));
    }
}

TEST_CASE("Apache with the server-config .htaccess sends the bundle's headers, caching and 404 pages",
    "[e2e][server]")
{
    auto demo = demoPortal();
    const QString bundle = demo.folder->filePath(QStringLiteral("site"));
    exportTo(demo.database, bundle);
    const Portal portal = PortalStore(demo.database).get().value();
    QFile htaccess(QDir(bundle).filePath(QStringLiteral(".htaccess")));
    REQUIRE(htaccess.open(QIODevice::WriteOnly));
    htaccess.write(ServerConfig::apache(portal).toUtf8());
    htaccess.close();
    const Apache apache(demo.folder->filePath(QStringLiteral("apache")), bundle);

    const auto url = [&](const QString &path) { return apache.url(path); };
    checkServed(bundle, url);

    const Response front = get(url(QStringLiteral("zh-hant/index.html")));
    CHECK(front.headers.value("referrer-policy") == "strict-origin-when-cross-origin");
    CHECK(front.headers.value("content-type") == "text/html; charset=utf-8");
    CHECK(get(url(QStringLiteral("zh-hant/"))).status == 200); // the folder's index.html
    const Response english404 = get(url(QStringLiteral("en/articles/no-such-story.html")));
    CHECK(english404.headers.value("content-security-policy") == Theme::contentSecurityPolicy.toUtf8());
    const Response atom = get(url(QStringLiteral("en/feed.xml")));
    CHECK(atom.status == 200);
    CHECK(atom.headers.value("content-type").startsWith("application/atom+xml"));
}
