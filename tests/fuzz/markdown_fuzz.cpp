// libFuzzer target for Markdown → safe HTML (issue 19): any body text through the renderer
// the preview and the export share. Besides crashes it reads the HTML back and checks the
// allow-list: only the elements and attributes CommonMark with tables and strikethrough
// makes, every '<' one of them, and every link or image address one a browser would take
// as http, https, mailto or relative (never javascript:, never //other.host).

#include "core/render/markdown.h"
#include "fuzzcheck.h"

#include <QHash>
#include <QSet>

using namespace PortalDesk;
using PortalDesk::Fuzz::require;

namespace {

// Element → the attributes it may carry.
const QHash<QString, QSet<QString>> &allowed()
{
    static const QHash<QString, QSet<QString>> elements = [] {
        QHash<QString, QSet<QString>> map;
        for (const char *name : { "p", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "code", "pre",
                 "blockquote", "ul", "li", "hr", "br", "table", "thead", "tbody", "tr" })
            map.insert(QString::fromLatin1(name), {});
        map.insert(QStringLiteral("ol"), { QStringLiteral("start") });
        // Column alignment comes out as a class (align-left, align-center, align-right).
        map.insert(QStringLiteral("th"), { QStringLiteral("class") });
        map.insert(QStringLiteral("td"), { QStringLiteral("class") });
        map[QStringLiteral("code")].insert(QStringLiteral("class"));
        map.insert(QStringLiteral("a"), { QStringLiteral("href"), QStringLiteral("title") });
        map.insert(
            QStringLiteral("img"), { QStringLiteral("src"), QStringLiteral("alt"), QStringLiteral("title") });
        return map;
    }();
    return elements;
}

QString decodeEntities(QString value)
{
    value.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    value.replace(QStringLiteral("&#x27;"), QStringLiteral("'"));
    value.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    value.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    value.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    value.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return value;
}

// What a browser makes of an href or src, by the URL standard's rules rather than
// Markdown::isAllowedUrl's: leading and trailing spaces and controls go, tabs and line
// breaks go anywhere, a backslash counts as a slash.
bool browserWouldAllow(const QString &raw)
{
    QString url = decodeEntities(raw);
    while (!url.isEmpty() && url.front().unicode() <= 0x20)
        url.remove(0, 1);
    while (!url.isEmpty() && url.back().unicode() <= 0x20)
        url.chop(1);
    url.remove(u'\t').remove(u'\n').remove(u'\r');
    if (url.size() >= 2 && (url[0] == u'/' || url[0] == u'\\') && (url[1] == u'/' || url[1] == u'\\'))
        return false; // another host
    qsizetype i = 0;
    if (i < url.size() && url[i].isLetter() && url[i].unicode() < 0x80) {
        while (i < url.size() && url[i].unicode() < 0x80
            && (url[i].isLetterOrNumber() || url[i] == u'+' || url[i] == u'-' || url[i] == u'.'))
            ++i;
        if (i < url.size() && url[i] == u':') {
            const QString scheme = url.first(i).toLower();
            return scheme == u"http" || scheme == u"https" || scheme == u"mailto";
        }
    }
    return true; // relative
}

void checkTag(QStringView html, qsizetype &i)
{
    // At '<'. Comments: only the one cmark leaves where raw HTML was.
    static const QString omitted = QStringLiteral("<!-- raw HTML omitted -->");
    if (html.sliced(i).startsWith(omitted)) {
        i += omitted.size();
        return;
    }
    qsizetype j = i + 1;
    if (j < html.size() && html[j] == u'/')
        ++j;
    const qsizetype nameStart = j;
    while (j < html.size() && (html[j].isLower() || html[j].isDigit()) && html[j].unicode() < 0x80)
        ++j;
    const QString name = html.sliced(nameStart, j - nameStart).toString();
    require(allowed().contains(name), "only allow-listed elements");
    const QSet<QString> &attributes = allowed().value(name);
    while (true) {
        while (j < html.size() && html[j] == u' ')
            ++j;
        require(j < html.size(), "every tag is closed");
        if (html[j] == u'>' || html.sliced(j).startsWith(u"/>")) {
            i = j + (html[j] == u'>' ? 1 : 2);
            return;
        }
        const qsizetype attributeStart = j;
        while (j < html.size() && html[j].isLower() && html[j].unicode() < 0x80)
            ++j;
        const QString attribute = html.sliced(attributeStart, j - attributeStart).toString();
        require(attributes.contains(attribute), "only allow-listed attributes");
        require(html.sliced(j).startsWith(u"=\""), "attribute values are quoted");
        const qsizetype valueStart = j + 2;
        const qsizetype valueEnd = html.indexOf(u'"', valueStart);
        require(valueEnd > 0, "attribute values are closed");
        const QString value = html.sliced(valueStart, valueEnd - valueStart).toString();
        require(!value.contains(u'<') && !value.contains(u'>'), "no markup inside a value");
        if (attribute == u"href" || attribute == u"src")
            require(browserWouldAllow(value), "links are http, https, mailto or relative");
        if (attribute == u"class" && (name == u"th" || name == u"td"))
            require(value == u"align-left" || value == u"align-center" || value == u"align-right",
                "a class is only a column's alignment");
        j = valueEnd + 1;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString html = Markdown::toHtml(Fuzz::textOf(data, size));
    for (qsizetype i = 0; i < html.size();) {
        if (html[i] == u'<')
            checkTag(html, i);
        else {
            require(html[i] != u'>', "no stray '>': text is escaped");
            ++i;
        }
    }
    require(!html.contains(QStringLiteral("<h1")), "the page's <h1> stays the headline");
    return 0;
}
