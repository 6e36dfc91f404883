#include "core/render/markdown.h"

#include "core/content/rules.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <memory>
#include <mutex>
#include <vector>

namespace PortalDesk {

namespace {

constexpr int parseOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8; // safe mode: raw HTML omitted

using ParserPtr = std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)>;

// Every body is parsed with the same extensions: tables, ~~strikethrough~~, autolinks,
// and tagfilter (inert here, as raw HTML is dropped anyway).
ParserPtr newParser()
{
    ParserPtr parser(cmark_parser_new(parseOptions), cmark_parser_free);
    for (const char *name : { "table", "strikethrough", "autolink", "tagfilter" }) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    return parser;
}

// Thread safety. cmark-gfm (0.29.0.gfm.6 as Debian ships it, and upstream since) keeps
// the inline parser's table of special characters in one process-wide array: every
// cmark_parser_finish() adds its extensions' characters ('~' for strikethrough, ':' and
// 'w' for autolinks) before it parses inlines and removes them after (blocks.c,
// process_inlines). A parse on one thread lost '~' or 'w' half-way when a parse on
// another thread ended, so links and <del> came and went between exports.
//
// Setting the table up once cannot work: the characters are removed at the end of every
// parse whatever was set before, and emptying the extensions' lists to stop that leaves
// process_emphasis() unable to find the extension for a '~' run (it loops for ever). So
// parses take turns under one mutex. Block parsing, sanitising and HTML rendering stay
// outside it, on every thread. Cost, measured with tests/bench/export-bench.sh: README,
// "Export".
//
// The rest of a parse is the parser's own (node tree, reference map, render buffer); the
// extension registry is written once, at the first parse, under std::call_once.
std::mutex inlineTableMutex;

void registerExtensions()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// The document tree of `markdown` (the caller frees it): blocks are parsed on the
// calling thread, inlines under the mutex (see above).
cmark_node *parse(QStringView markdown)
{
    registerExtensions();
    const QByteArray source = markdown.toUtf8();
    const ParserPtr parser = newParser();
    cmark_parser_feed(parser.get(), source.constData(), size_t(source.size()));
    const std::lock_guard serialised(inlineTableMutex);
    return cmark_parser_finish(parser.get());
}

// Replaces a node by its children (a link whose target is refused keeps its text).
void unwrap(cmark_node *node)
{
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_insert_before(node, child);
    cmark_node_free(node);
}

// An image from another site would be blocked by the page's own CSP (img-src 'self'), a
// broken picture for every reader: it becomes a link to the picture, its alt text the link's.
void linkInstead(cmark_node *image)
{
    cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
    cmark_node_set_url(link, cmark_node_get_url(image));
    cmark_node_insert_before(image, link);
    while (cmark_node *child = cmark_node_first_child(image))
        cmark_node_append_child(link, child);
    cmark_node_free(image);
}

// The shallowest heading of a body becomes <h2> (the page's <h1> is the headline) and the
// others keep their distance from it, so "##" then "###" give h2, h3 and "#" then "##" too;
// sanitise() then closes any jump of more than one level.
int headingShift(cmark_node *document)
{
    int shallowest = 7;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING)
            shallowest = std::min(shallowest, cmark_node_get_heading_level(node));
    }
    cmark_iter_free(iter);
    return shallowest == 7 ? 0 : 2 - shallowest;
}

void sanitise(cmark_node *document)
{
    std::vector<cmark_node *> refused;
    std::vector<cmark_node *> offSite;
    const int shift = headingShift(document);
    int previous = 1;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING: {
            // Never more than one level below the heading before (the page's h1 at first): a
            // jump from h2 to h4 leaves a hole in the outline screen readers navigate by.
            const int level = std::clamp(cmark_node_get_heading_level(node) + shift, 2, 6);
            previous = std::min(level, previous + 1);
            cmark_node_set_heading_level(node, previous);
            break;
        }
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: {
            const char *url = cmark_node_get_url(node);
            const QString target = QString::fromUtf8(url ? url : "");
            if (!Markdown::isAllowedUrl(target))
                refused.push_back(node);
            else if (cmark_node_get_type(node) == CMARK_NODE_IMAGE && Markdown::isOffSite(target))
                offSite.push_back(node);
            break;
        }
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    for (cmark_node *node : refused)
        unwrap(node);
    for (cmark_node *node : offSite)
        linkInstead(node);
}

} // namespace

std::optional<Markdown::Image> Markdown::imageAt(QStringView markdown, qsizetype at)
{
    // ![alt](<url> "title") or ![alt](url 'title'), on one line; alt may hold escaped brackets.
    static const QRegularExpression image(QStringLiteral(
        R"re(\G!\[((?:[^\]\\\n]|\\.)*)\]\(\s*(?:<([^>\n]*)>|([^\s)]+))(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\))re"));
    if (at < 0 || at >= markdown.size())
        return std::nullopt;
    const QRegularExpressionMatch match = image.match(markdown, at);
    if (!match.hasMatch() || match.capturedStart() != at)
        return std::nullopt;
    Image found;
    found.alt = match.captured(1);
    static const QRegularExpression escaped(QStringLiteral(R"(\\(.))"));
    found.alt.replace(escaped, QStringLiteral("\\1"));
    found.url = match.hasCaptured(2) && match.capturedLength(2) > 0 ? match.captured(2) : match.captured(3);
    found.start = at;
    found.length = match.capturedLength();
    return found;
}

bool Markdown::isAllowedUrl(QStringView url)
{
    // Browsers ignore ASCII whitespace and controls inside a scheme ("java\tscript:").
    QString compact;
    compact.reserve(url.size());
    for (QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            compact.append(c);
    }
    if (compact.isEmpty() || Rules::hiddenCharacter(compact))
        return false; // nothing invisible or direction-changing either: it disguises where a link leads
    const qsizetype colon = compact.indexOf(u':');
    const qsizetype boundary = [&] {
        qsizetype first = compact.size();
        for (QChar stop : { u'/', u'?', u'#' }) {
            const qsizetype at = compact.indexOf(stop);
            if (at >= 0)
                first = std::min(first, at);
        }
        return first;
    }();
    if (colon < 0 || colon > boundary)
        return !compact.startsWith(u"//") && !compact.startsWith(u"\\"); // relative, not protocol-relative
    const QString scheme = compact.left(colon).toLower();
    return scheme == u"http" || scheme == u"https" || scheme == u"mailto";
}

bool Markdown::isOffSite(QStringView url)
{
    const QString compact = url.trimmed().toString().toLower();
    return compact.startsWith(u"http:") || compact.startsWith(u"https:") || compact.startsWith(u"//");
}

QStringList Markdown::linkTargets(QStringView markdown)
{
    cmark_node *document = parse(markdown);
    QStringList targets;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        const int type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE))
            targets.append(QString::fromUtf8(cmark_node_get_url(node)));
    }
    cmark_iter_free(iter);
    cmark_node_free(document);
    return targets;
}

namespace {

// The words of the document's first paragraph that has any.
QString firstParagraphIn(cmark_node *document)
{
    QString text;
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH)
            continue;
        // Only the words: link targets, emphasis marks and images' addresses are left out.
        cmark_iter *iter = cmark_iter_new(node);
        for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
             event = cmark_iter_next(iter)) {
            cmark_node *inner = cmark_iter_get_node(iter);
            if (event != CMARK_EVENT_ENTER)
                continue;
            switch (cmark_node_get_type(inner)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                text += QString::fromUtf8(cmark_node_get_literal(inner));
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                text += u' ';
                break;
            default:
                break;
            }
        }
        cmark_iter_free(iter);
        text = text.simplified();
        if (!text.isEmpty())
            break;
    }
    return text;
}

} // namespace

QString Markdown::firstParagraph(QStringView markdown)
{
    cmark_node *document = parse(markdown);
    QString text = firstParagraphIn(document);
    cmark_node_free(document);
    return text;
}

QString Markdown::toHtml(QStringView markdown, QString *firstParagraph)
{
    const std::string html = toHtmlUtf8(markdown, firstParagraph);
    return QString::fromUtf8(html.data(), qsizetype(html.size()));
}

std::string Markdown::toHtmlUtf8(QStringView markdown, QString *firstParagraph)
{
    registerExtensions();
    const QByteArray source = markdown.toUtf8();
    const ParserPtr parser = newParser();
    cmark_parser_feed(parser.get(), source.constData(), size_t(source.size())); // blocks only
    cmark_node *document = nullptr;
    {
        const std::lock_guard serialised(inlineTableMutex); // inlines: see above
        document = cmark_parser_finish(parser.get());
    }
    if (firstParagraph) // from the words as written, before any link or image is changed
        *firstParagraph = firstParagraphIn(document);
    sanitise(document);
    cmark_llist *extensions = cmark_parser_get_syntax_extensions(parser.get());
    char *html = cmark_render_html(document, parseOptions, extensions);
    std::string result(html);
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(document);
    // Table columns come with align="…", obsolete in HTML5 and beaten by a theme's CSS;
    // a class keeps the alignment. Text can never hold align=" (quotes are escaped).
    static constexpr std::string_view align = " align=\"";
    static constexpr std::pair<std::string_view, std::string_view> alignments[]
        = { { " align=\"left\"", " class=\"align-left\"" },
              { " align=\"center\"", " class=\"align-center\"" },
              { " align=\"right\"", " class=\"align-right\"" } };
    for (size_t at = result.find(align); at != std::string::npos; at = result.find(align, at + 1)) {
        for (const auto &[attribute, replacement] : alignments) {
            if (std::string_view(result).substr(at, attribute.size()) == attribute) {
                result.replace(at, attribute.size(), replacement);
                break;
            }
        }
    }
    return result;
}

} // namespace PortalDesk
