#include "core/render/markdown.h"

#include "core/content/rules.h"

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

// Replaces a node by its children (a link whose target is refused keeps its text).
void unwrap(cmark_node *node)
{
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_insert_before(node, child);
    cmark_node_free(node);
}

void sanitise(cmark_node *document)
{
    std::vector<cmark_node *> refused;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            cmark_node_set_heading_level(node, std::min(cmark_node_get_heading_level(node) + 1, 6));
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: {
            const char *url = cmark_node_get_url(node);
            if (!Markdown::isAllowedUrl(QString::fromUtf8(url ? url : "")))
                refused.push_back(node);
            break;
        }
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    for (cmark_node *node : refused)
        unwrap(node);
}

} // namespace

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

QString Markdown::toHtml(QStringView markdown)
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
    sanitise(document);
    cmark_llist *extensions = cmark_parser_get_syntax_extensions(parser.get());
    char *html = cmark_render_html(document, parseOptions, extensions);
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(document);
    return result;
}

} // namespace PortalDesk
