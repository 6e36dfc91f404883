#include "core/publish/serverconfig.h"

#include "core/render/theme.h"

#include <QUrl>

namespace PortalDesk::ServerConfig {

namespace {

QString quoted(const QString &value) // inside "…" in either server's syntax
{
    return QString(value).replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
}

QString notFoundPage(const QString &served, Language edition)
{
    return served + editionFolder(edition) + QStringLiteral("/404.html");
}

} // namespace

QString servedPath(const Portal &portal)
{
    QString path = QUrl(portal.baseUrl).path(QUrl::FullyEncoded);
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    if (!path.endsWith(u'/'))
        path += u'/';
    // Only what a location or path may hold unquoted: the rest stays percent-encoded.
    static const QString allowed = QStringLiteral("/-._~%");
    for (QChar c : std::as_const(path)) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !allowed.contains(c))
            return QStringLiteral("/");
    }
    return path;
}

QString nginx(const Portal &portal)
{
    const QString served = servedPath(portal);
    const QString headers
        = QStringLiteral("        add_header Content-Security-Policy \"%1\" always;\n"
                         "        add_header X-Content-Type-Options \"nosniff\" always;\n"
                         "        add_header Referrer-Policy \"strict-origin-when-cross-origin\" always;\n")
              .arg(quoted(Theme::contentSecurityPolicy));
    QString out = QStringLiteral(
        "# PortalDesk bundle served at %1 — paste inside the server { } block whose root\n"
        "# (or this location's alias) is the bundle's folder. Made by portaldesk-cli server-config.\n"
        "location %2 {\n"
        "    types {\n"
        "        text/html html;\n"
        "        text/css css;\n"
        "        application/xml xml;\n"
        "        application/feed+json json;\n"
        "        image/png png;\n"
        "        image/jpeg jpg jpeg;\n"
        "        image/webp webp;\n"
        "        image/svg+xml svg;\n"
        "        image/x-icon ico;\n"
        "        text/plain txt;\n"
        "    }\n"
        "    charset utf-8;\n"
        "    charset_types application/xml application/atom+xml application/feed+json text/plain;\n"
        "    index index.html;\n"
        "    error_page 404 %3;\n")
                      .arg(QUrl(portal.baseUrl).toString(QUrl::FullyEncoded), served,
                          notFoundPage(served, portal.defaultEdition));
    out += QStringLiteral("    location %1assets/ {\n%2        add_header Cache-Control \"public, "
                          "max-age=%3, immutable\" always;\n    }\n")
               .arg(served, headers, QString::number(AssetMaxAge));
    for (Language edition : allLanguages()) {
        out += QStringLiteral(
            "    location %1%2/ {\n%3        add_header Cache-Control \"public, max-age=%4\" always;\n"
            "        error_page 404 %5;\n"
            "        location ~ /feed\\.xml$ {\n            types { application/atom+xml xml; }\n        }\n "
            "   }\n")
                   .arg(served, editionFolder(edition), headers, QString::number(PageMaxAge),
                       notFoundPage(served, edition));
    }
    out += QString(headers).replace(
               QStringLiteral("        "), QStringLiteral("    ")) // one level less indented
        + QStringLiteral("    add_header Cache-Control \"public, max-age=%1\" always;\n}\n").arg(PageMaxAge);
    return out;
}

QString apache(const Portal &portal)
{
    const QString served = servedPath(portal);
    QString out = QStringLiteral(
        "# PortalDesk bundle served at %1 — save as .htaccess in the bundle's folder (Apache 2.4,\n"
        "# mod_headers; AllowOverride FileInfo Indexes). Made by portaldesk-cli server-config.\n"
        "AddDefaultCharset utf-8\n"
        "AddType application/xml .xml\n"
        "<Files \"feed.xml\">\n    ForceType application/atom+xml\n</Files>\n"
        "AddType application/feed+json .json\n"
        "AddType image/webp .webp\n"
        "DirectoryIndex index.html\n"
        "ErrorDocument 404 %2\n"
        "<IfModule mod_headers.c>\n"
        "    Header always set Content-Security-Policy \"%3\"\n"
        "    Header always set X-Content-Type-Options \"nosniff\"\n"
        "    Header always set Referrer-Policy \"strict-origin-when-cross-origin\"\n"
        "    Header set Cache-Control \"public, max-age=%4\"\n"
        "    <If \"%{REQUEST_URI} =~ m#^%5assets/#\">\n"
        "        Header set Cache-Control \"public, max-age=%6, immutable\"\n"
        "    </If>\n"
        "</IfModule>\n")
                      .arg(QUrl(portal.baseUrl).toString(QUrl::FullyEncoded),
                          notFoundPage(served, portal.defaultEdition), quoted(Theme::contentSecurityPolicy),
                          QString::number(PageMaxAge), served, QString::number(AssetMaxAge));
    for (Language edition : allLanguages()) {
        out += QStringLiteral("<If \"%{REQUEST_URI} =~ m#^%1%2/#\">\n    ErrorDocument 404 %3\n</If>\n")
                   .arg(served, editionFolder(edition), notFoundPage(served, edition));
    }
    return out;
}

} // namespace PortalDesk::ServerConfig
