#pragma once

// The original link of a wire story as a key to compare by: two links that lead to the
// same page give the same key. Wire services and portals hand out one story under
// several spellings: http or https, "www." or not, a trailing slash, the host in
// capitals, tracking parameters (utm_*, fbclid, gclid), a #fragment.

#include <QString>

namespace PortalDesk::OriginalLink {

// "HTTPS://www.Example.com/news/1/?utm_source=x&b=2&a=1#top" → "example.com/news/1?a=1&b=2".
// Other schemes, and text that is not a link, are compared as written (trimmed).
// Empty for an empty link.
QString key(const QString &link);

} // namespace PortalDesk::OriginalLink
