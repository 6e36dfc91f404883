#include "core/publish/redirects.h"

#include "core/render/portalsnapshot.h"

#include <QDir>
#include <QSet>
#include <QUrl>

namespace PortalDesk::Redirects {

namespace {

// Readers see the edition's language, whatever language the editor's window speaks.
QString movedText(Language edition)
{
    switch (edition) {
    case Language::ZhHantHK:
        return QStringLiteral("此頁已移至：");
    case Language::ZhHans:
        return QStringLiteral("此页已移至：");
    case Language::En:
        break;
    }
    return QStringLiteral("This page has moved:");
}

// The address of `path` as the server sees it: the base URL's own path, then the page's.
QString serverPath(const PortalRenderer &renderer, const QString &path)
{
    return QUrl(renderer.absoluteUrl(path)).path(QUrl::FullyEncoded);
}

} // namespace

QList<Redirect> plan(const PortalRenderer &renderer, const QList<PagePlan> &pages,
    const QHash<QString, QStringList> &retiredSlugs)
{
    QList<Redirect> redirects;
    if (retiredSlugs.isEmpty())
        return redirects;
    QSet<QString> taken;
    for (const PagePlan &page : pages)
        taken.insert(page.path);
    for (const PagePlan &page : pages) {
        if (page.kind != PagePlan::Kind::Article)
            continue;
        const auto retired = retiredSlugs.constFind(page.articleId);
        const Article *article = renderer.snapshot().article(page.articleId);
        if (retired == retiredSlugs.cend() || !article)
            continue;
        const qsizetype slash = page.path.lastIndexOf(u'/');
        const QString folder = page.path.left(slash + 1);
        for (const QString &slug : *retired) {
            Article old = *article;
            old.slug = slug;
            const QString from = folder + PortalRenderer::fileName(old);
            if (taken.contains(from))
                continue;
            taken.insert(from);
            redirects.append({ from, page.path, page.edition, article->headline });
        }
    }
    return redirects;
}

QByteArray page(const PortalRenderer &renderer, const Redirect &redirect)
{
    const QString folder = QStringLiteral("/") + redirect.from.left(redirect.from.lastIndexOf(u'/') + 1);
    const QString relative = QDir(folder).relativeFilePath(QStringLiteral("/") + redirect.to);
    const QString href = QString::fromUtf8(QUrl(relative).toEncoded()).toHtmlEscaped();
    const QString canonical = QString::fromUtf8(QUrl(renderer.absoluteUrl(redirect.to)).toEncoded());
    const QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<title>%2</title>\n<meta http-equiv=\"refresh\" content=\"0; url=%3\">\n"
                         "<link rel=\"canonical\" href=\"%4\">\n"
                         "<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n"
                         "<p>%5 <a href=\"%3\">%2</a></p>\n</body>\n</html>\n")
              .arg(languageTag(redirect.edition), redirect.title.toHtmlEscaped(), href,
                  canonical.toHtmlEscaped(), movedText(redirect.edition).toHtmlEscaped());
    return html.toUtf8();
}

QByteArray netlifyRules(const PortalRenderer &renderer, const QList<Redirect> &redirects)
{
    QByteArray rules = QByteArrayLiteral(
        "# Pages that moved when their slug was changed (PortalDesk): from, to, status.\n");
    for (const Redirect &redirect : redirects)
        rules += (serverPath(renderer, redirect.from) + u' ' + serverPath(renderer, redirect.to)
            + QStringLiteral(" 301\n"))
                     .toUtf8();
    return rules;
}

QByteArray nginxMap(const PortalRenderer &renderer, const QList<Redirect> &redirects)
{
    QByteArray map
        = QByteArrayLiteral("# Pages that moved when their slug was changed (PortalDesk). Include inside\n"
                            "#   map $uri $portaldesk_moved { include redirects.nginx.map; }\n"
                            "# and in the server block:\n"
                            "#   if ($portaldesk_moved) { return 301 $portaldesk_moved; }\n");
    for (const Redirect &redirect : redirects) {
        // nginx compares $uri decoded; quoted so that no character ends the entry early.
        const QString from = QUrl::fromPercentEncoding(serverPath(renderer, redirect.from).toUtf8());
        map += (u'"' + QString(from).replace(u'"', QStringLiteral("\\\"")) + QStringLiteral("\" ")
            + serverPath(renderer, redirect.to) + QStringLiteral(";\n"))
                   .toUtf8();
    }
    return map;
}

} // namespace PortalDesk::Redirects
