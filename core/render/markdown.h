#pragma once

// Article bodies from CommonMark (with GitHub tables, strikethrough and
// autolinks) to HTML that is safe to put on a public page: raw HTML is dropped,
// links and images may only be http, https, mailto, relative or #fragments (with
// nothing invisible or direction-changing in them: Rules::hiddenCharacter), and
// body headings start at <h2> so the page's <h1> stays the headline. Safe to call
// from any thread, with the same bytes out whatever the threads and timing.

#include <QString>

namespace PortalDesk {

class Markdown
{
public:
    static QString toHtml(QStringView markdown);
    // True for the link targets pages may carry: http(s), mailto, relative, #.
    static bool isAllowedUrl(QStringView url);
};

} // namespace PortalDesk
