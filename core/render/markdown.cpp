#include "core/render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <memory>
#include <mutex>

namespace PortalDesk {

namespace {

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
    if (compact.isEmpty())
        return false;
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
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8; // safe mode: raw HTML omitted
    std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(
        cmark_parser_new(options), cmark_parser_free);
    for (const char *name : { "table", "strikethrough", "autolink", "tagfilter" }) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), source.constData(), size_t(source.size()));
    cmark_node *document = cmark_parser_finish(parser.get());
    sanitise(document);
    cmark_llist *extensions = cmark_parser_get_syntax_extensions(parser.get());
    char *html = cmark_render_html(document, options, extensions);
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(document);
    return result;
}

} // namespace PortalDesk
