#include "core/content/rules.h"

#include <QRegularExpression>
#include <QUrl>

namespace PortalDesk::Rules {

bool isSafeSlug(QStringView slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slug.size() <= 80 && pattern.match(slug.toString()).hasMatch();
}

bool isSafeKey(QStringView key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+([-_.][a-z0-9]+)*$"));
    return key.size() <= 64 && pattern.match(key.toString()).hasMatch();
}

bool isWebLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty()
        && link.startsWith(scheme + QStringLiteral("://"));
}

bool isArticleReference(QStringView link)
{
    static const QRegularExpression pattern(QStringLiteral("^article:[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(link.toString()).hasMatch();
}

bool isSafeFileName(QStringView name)
{
    if (name.isEmpty() || name.size() > 200 || name == u"." || name.contains(u".."))
        return false;
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

bool isSafeRelativePath(QStringView path)
{
    if (path.isEmpty() || path.size() > 400)
        return false;
    for (QStringView part : path.split(u'/')) {
        if (!isSafeFileName(part))
            return false;
    }
    return true;
}

} // namespace PortalDesk::Rules
