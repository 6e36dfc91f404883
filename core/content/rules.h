#pragma once

// Small checks shared by the content types' validation.

#include <QString>
#include <optional>

namespace PortalDesk::Rules {

// lowercase ASCII letters, digits and single '-' between them, 1–80 characters
bool isSafeSlug(QStringView slug);
// a key such as "finance" or "sidebar.feature": lowercase ASCII, digits, '-', '_' and '.' between parts
bool isSafeKey(QStringView key);
// absolute http:// or https:// URL with a host, and nothing hidden in it (see below)
bool isWebLink(const QString &link);
// The first character that is invisible or changes the direction of the text around it
// (U+202E RIGHT-TO-LEFT OVERRIDE, U+200B ZERO WIDTH SPACE, …): in a link or a name it can
// make "https://example.com/[U+202E]gpj.exe" read as something else. None in URLs and slugs.
std::optional<char32_t> hiddenCharacter(QStringView text);
// When `text` holds such a character, a message saying which, e.g. "holds an invisible or
// direction-changing character (U+202E) …", for a field's validation error.
std::optional<QString> hiddenCharacterProblem(QStringView text);
// The host of a web link as a reader should see it: as typed, or as punycode (xn--…)
// when it is a look-alike (HostCheck), as browsers show "аpple.com" with a Cyrillic а.
QString displayHost(const QString &link);
// "article:<id>", a link to an article of the portal
bool isArticleReference(QStringView link);
// no path separators, no "..", no control characters, not empty, at most 255 bytes in UTF-8
bool isSafeFileName(QStringView name);
// a relative path such as "photos/x.png": parts are safe file names, no leading '/'
bool isSafeRelativePath(QStringView path);

} // namespace PortalDesk::Rules
