#include "core/ingest/feedreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Ingest", text);
}

// "Thu, 06 Mar 2025 11:05:00 +0800" (RSS), "2025-03-06T11:05:00+08:00" (Atom).
QDateTime feedTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime moment = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!moment.isValid())
        moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(trimmed, Qt::ISODate);
    return moment;
}

// One <item> or <entry>, read to its end tag.
FeedItem readItem(QXmlStreamReader &xml, bool atom)
{
    FeedItem item;
    QString description, content;
    const QStringView end = atom ? u"entry" : u"item";
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == end)
            break;
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"title") {
            // Atom's type="html" titles carry their markup escaped.
            item.title = FeedReader::plainText(xml.readElementText(QXmlStreamReader::IncludeChildElements))
                             .simplified();
        } else if (name == u"link") {
            const QString href = xml.attributes().value(QLatin1StringView("href")).toString();
            const QStringView rel = xml.attributes().value(QLatin1StringView("rel"));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (atom && (rel.isEmpty() || rel == u"alternate") && item.link.isEmpty())
                item.link = href.trimmed();
            else if (!atom && item.link.isEmpty())
                item.link = text;
        } else if (name == u"guid" || name == u"id") {
            item.id = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (name == u"pubDate" || name == u"published" || name == u"updated" || name == u"date") {
            const QDateTime moment = feedTime(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            if (!item.published.isValid() || name == u"published" || name == u"pubDate")
                item.published = moment.isValid() ? moment : item.published;
        } else if (name == u"description" || name == u"summary") {
            description = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if ((name == u"encoded" || name == u"content") && !xml.namespaceUri().contains(u"mrss")) {
            content = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else {
            xml.skipCurrentElement();
        }
    }
    item.text = FeedReader::plainText(content.trimmed().isEmpty() ? description : content);
    if (item.id.isEmpty())
        item.id = item.link;
    return item;
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9A-Fa-f]{1,6}|[0-9]{1,7});"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).sliced(last, match.capturedStart(0) - last);
        const QStringView digits = match.capturedView(1);
        bool ok = false;
        const uint code = digits.startsWith(u'x') ? digits.sliced(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            out += QString::fromUcs4(&c, 1);
        } else {
            out += match.capturedView(0);
        }
        last = match.capturedEnd(0);
    }
    out += QStringView(text).sliced(last);
    static const std::pair<QString, QString> named[] = {
        { QStringLiteral("&nbsp;"), QStringLiteral("\u00A0") },
        { QStringLiteral("&lt;"), QStringLiteral("<") }, { QStringLiteral("&gt;"), QStringLiteral(">") },
        { QStringLiteral("&quot;"), QStringLiteral("\"") }, { QStringLiteral("&apos;"), QStringLiteral("'") },
        { QStringLiteral("&#39;"), QStringLiteral("'") }, { QStringLiteral("&ndash;"), QStringLiteral("–") },
        { QStringLiteral("&mdash;"), QStringLiteral("—") },
        { QStringLiteral("&hellip;"), QStringLiteral("…") }, { QStringLiteral("&amp;"), QStringLiteral("&") }
    };
    for (const auto &[entity, character] : named)
        out.replace(entity, character);
    return out;
}

} // namespace

QString FeedItem::copy() const
{
    return title + QStringLiteral("\n\n") + text;
}

Result<Feed> FeedReader::parse(QByteArrayView bytes)
{
    QXmlStreamReader xml(bytes.toByteArray());
    Feed feed;
    bool atom = false;
    bool rss = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"feed") {
            atom = true;
        } else if (name == u"rss" || name == u"RDF") {
            rss = true;
        } else if ((name == u"item" && rss) || (name == u"entry" && atom)) {
            feed.items.append(readItem(xml, atom));
        } else if (name == u"title" && feed.title.isEmpty() && (atom || rss)) {
            feed.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (!atom && !rss) {
            return std::unexpected(Error::of(Error::Code::Format,
                tr("not an RSS or Atom feed: it starts with <%1>").arg(name.toString())));
        }
    }
    if (xml.hasError())
        return std::unexpected(Error::of(Error::Code::Format,
            tr("the feed is not well-formed XML (line %1, column %2): %3")
                .arg(xml.lineNumber())
                .arg(xml.columnNumber())
                .arg(xml.errorString())));
    if (!atom && !rss)
        return std::unexpected(Error::of(Error::Code::Format, tr("the feed is empty")));
    return feed;
}

QString FeedReader::plainText(QStringView html)
{
    static const QRegularExpression breaks(
        QStringLiteral(R"(<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/table|/blockquote)\b[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression openings(QStringLiteral(R"(<\s*(?:p|div|h[1-6]|blockquote)\b[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cells(
        QStringLiteral(R"(<\s*/t[dh]\s*>)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression items(
        QStringLiteral(R"(<\s*li\b[^>]*>)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hidden(QStringLiteral(R"(<\s*(script|style)\b[^>]*>.*?<\s*/\s*\1\s*>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral(R"(<[^>]{0,2000}>)"));
    static const QRegularExpression blankRuns(QStringLiteral(R"(\n[ \t\x{00A0}]*(?:\n[ \t\x{00A0}]*)+)"));
    QString text = html.toString();
    // Plain text with line breaks of its own (no tags): keep its lines as they are.
    if (!text.contains(u'<'))
        return decodeEntities(text).trimmed();
    text.replace(u'\r', QString());
    text.replace(u'\n', u' ');
    text.remove(hidden);
    text.replace(cells, QStringLiteral("\t"));
    text.replace(items, QStringLiteral("\n• "));
    text.replace(breaks, QStringLiteral("\n"));
    text.replace(openings, QStringLiteral("\n\n"));
    text.remove(tags);
    text = decodeEntities(text);
    text.replace(blankRuns, QStringLiteral("\n\n"));
    return text.trimmed();
}

} // namespace PortalDesk
