#pragma once

// Small checks shared by the content types' validation.

#include <QString>

namespace PortalDesk::Rules {

// lowercase ASCII letters, digits and single '-' between them, 1–80 characters
bool isSafeSlug(QStringView slug);
// a key such as "finance" or "sidebar.feature": lowercase ASCII, digits, '-', '_' and '.' between parts
bool isSafeKey(QStringView key);
// absolute http:// or https:// URL with a host
bool isWebLink(const QString &link);
// "article:<id>", a link to an article of the portal
bool isArticleReference(QStringView link);
// no path separators, no "..", no control characters, not empty
bool isSafeFileName(QStringView name);
// a relative path such as "photos/x.png": parts are safe file names, no leading '/'
bool isSafeRelativePath(QStringView path);

} // namespace PortalDesk::Rules
