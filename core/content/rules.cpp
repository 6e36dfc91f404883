#include "core/content/rules.h"

#include "core/text/hostcheck.h"

#include <QCoreApplication>
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

std::optional<char32_t> hiddenCharacter(QStringView text)
{
    for (const char32_t c : text.toUcs4()) {
        const bool bidi = c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069);
        // Format characters (soft hyphen, zero widths, word joiner, BOM, tags, …), variation
        // selectors and the blank fillers of Hangul and Braille.
        const bool invisible = QChar::category(c) == QChar::Other_Format || (c >= 0xFE00 && c <= 0xFE0F)
            || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164
            || c == 0xFFA0 || c == 0x2800 || (c >= 0x180B && c <= 0x180F) || c == 0x17B4 || c == 0x17B5;
        if (bidi || invisible)
            return c;
    }
    return std::nullopt;
}

std::optional<QString> hiddenCharacterProblem(QStringView text)
{
    const std::optional<char32_t> hidden = hiddenCharacter(text);
    if (!hidden)
        return std::nullopt;
    return QCoreApplication::translate("PortalDesk::Rules",
        "holds an invisible or direction-changing character (%1) that can disguise what it says; "
        "type it again without it")
        .arg(QStringLiteral("U+") + QString::number(uint(*hidden), 16).toUpper().rightJustified(4, u'0'));
}

QString displayHost(const QString &link)
{
    if (const auto found = HostCheck::lookAlike(link))
        return found->ace;
    // In Unicode whatever Qt's list of top-level domains says, as typed.
    return QUrl::fromAce(QUrl(link).host(QUrl::EncodeUnicode).toLatin1(), QUrl::IgnoreIDNWhitelist);
}

bool isWebLink(const QString &link)
{
    if (hiddenCharacter(link))
        return false;
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
    if (name.isEmpty() || name.size() > 200 || name == u"." || name.contains(u"..") || !name.isValidUtf16())
        return false;
    qsizetype bytes = 0; // in UTF-8, as the file system counts them
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
        bytes += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
    }
    return bytes <= 255; // NAME_MAX: a longer name can be neither written nor removed
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
