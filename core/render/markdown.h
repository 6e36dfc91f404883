#pragma once

// Article bodies from CommonMark (with GitHub tables, strikethrough and
// autolinks) to HTML that is safe to put on a public page: raw HTML is dropped,
// links and images may only be http, https, mailto, relative or #fragments (with
// nothing invisible or direction-changing in them: Rules::hiddenCharacter), an image
// from another site becomes a link to it (the page's CSP would block it), and the
// body's shallowest heading becomes <h2> so the page's <h1> stays the headline, and no
// heading is more than one level below the one before it. Safe to call
// from any thread, with the same bytes out whatever the threads and timing.

#include <QString>
#include <QStringList>
#include <optional>
#include <string>

namespace PortalDesk {

class Markdown
{
public:
    // With firstParagraph, also what firstParagraph() gives, from the same parse.
    static QString toHtml(QStringView markdown, QString *firstParagraph = nullptr);
    static std::string toHtmlUtf8(QStringView markdown, QString *firstParagraph = nullptr); // the same
    // The words of the first paragraph that has any, as plain text on one line (no
    // markup, no link targets): a page's description when it has no standfirst.
    static QString firstParagraph(QStringView markdown);
    // Every link's and image's target, in the order they appear (as the parser read them,
    // entities and escapes resolved): for the checks before publishing.
    static QStringList linkTargets(QStringView markdown);
    // True for the link targets pages may carry: http(s), mailto, relative, #.
    static bool isAllowedUrl(QStringView url);
    // True for an address on another site (http:, https:, protocol-relative //).
    static bool isOffSite(QStringView url);

    // The inline image `![alt](url "title")` that starts at `at` (its "!"), as written:
    // for "attach it as a photo". Empty when there is none there.
    struct Image
    {
        QString alt;
        QString url;
        qsizetype start = 0; // UTF-16, the "!"
        qsizetype length = 0; // up to and including the ")"
    };
    static std::optional<Image> imageAt(QStringView markdown, qsizetype at);
};

} // namespace PortalDesk
