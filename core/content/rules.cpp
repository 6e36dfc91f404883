#include "core/content/rules.h"

#include <QRegularExpression>
#include <QUrl>

namespace PortalDesk::Rules {

namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// Runs of [a-z0-9] joined by single separators, no separator first or last
// (checked by hand: exports test every slug and key of the portal).
bool isJoinedWords(QStringView text, QStringView separators)
{
    if (text.isEmpty() || !isLowerAlnum(text.front()) || !isLowerAlnum(text.back()))
        return false;
    bool afterSeparator = false;
    for (QChar c : text) {
        if (isLowerAlnum(c)) {
            afterSeparator = false;
        } else if (!afterSeparator && separators.contains(c)) {
            afterSeparator = true;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

bool isSafeSlug(QStringView slug) // [a-z0-9]+(-[a-z0-9]+)*
{
    return slug.size() <= 80 && isJoinedWords(slug, u"-");
}

bool isSafeKey(QStringView key) // [a-z0-9]+([-_.][a-z0-9]+)*
{
    return key.size() <= 64 && isJoinedWords(key, u"-_.");
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
    for (qsizetype from = 0;;) {
        const qsizetype slash = path.indexOf(u'/', from);
        if (!isSafeFileName(path.sliced(from, (slash < 0 ? path.size() : slash) - from)))
            return false;
        if (slash < 0)
            return true;
        from = slash + 1;
    }
}

} // namespace PortalDesk::Rules
