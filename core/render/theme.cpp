#include "core/render/theme.h"

#include "core/digest.h"
#include "core/installation.h"
#include "core/render/siteicons.h"
#include "core/render/templatevalues.h"
#include "core/store/mediastore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <array>
#include <cstring>
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <strings.h>

namespace PortalDesk {

namespace {

namespace mustache = kainjow::mustache;

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Theme", text);
}

const char *pageName(Theme::Page page)
{
    switch (page) {
    case Theme::Page::Front:
        return "front";
    case Theme::Page::Section:
        return "section";
    case Theme::Page::Article:
        return "article";
    case Theme::Page::NotFound:
        return "404";
    }
    return "front";
}

mustache::data toData(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        mustache::data object { mustache::data::type::object };
        const QJsonObject json = value.toObject();
        for (auto it = json.begin(); it != json.end(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QJsonValue::Array: {
        mustache::data list { mustache::data::type::list };
        for (const QJsonValue &item : value.toArray())
            list.push_back(toData(item));
        return list;
    }
    case QJsonValue::Bool:
        return mustache::data(value.toBool());
    case QJsonValue::Double:
        return mustache::data(QString::number(value.toDouble()).toStdString());
    case QJsonValue::String:
        // An empty string is "nothing" to a template: {{#kicker}}【{{kicker}}】{{/kicker}} disappears.
        return value.toString().isEmpty() ? mustache::data(false)
                                          : mustache::data(value.toString().toStdString());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return mustache::data(false);
    }
    return mustache::data(false);
}

std::string escapeHtml(const std::string &text)
{
    static constexpr auto special = [] {
        std::array<bool, 256> table {};
        for (unsigned char c : { '&', '<', '>', '"', '\'' })
            table[c] = true;
        return table;
    }();
    const auto isSpecial = [](char c) { return special[static_cast<unsigned char>(c)]; };
    auto next = std::find_if(text.begin(), text.end(), isSpecial);
    if (next == text.end())
        return text; // nearly every value
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    auto from = text.begin();
    for (; next != text.end(); from = next + 1, next = std::find_if(from, text.end(), isSpecial)) {
        out.append(from, next);
        switch (*next) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += "&#39;";
        }
    }
    out.append(from, text.end());
    return out;
}

// Replaces {{> name}} by the partial's text (partials may include partials, 8 levels deep).
std::string inlinePartials(const std::string &text, const QMap<QString, std::string> &partials, int depth)
{
    std::string out;
    size_t from = 0;
    while (true) {
        const size_t open = text.find("{{>", from);
        if (open == std::string::npos)
            break;
        const size_t close = text.find("}}", open);
        if (close == std::string::npos)
            break;
        const QString name = QString::fromStdString(text.substr(open + 3, close - open - 3)).trimmed();
        out += text.substr(from, open - from);
        const auto partial = partials.constFind(name);
        if (partial != partials.cend() && depth < 8)
            out += inlinePartials(*partial, partials, depth + 1);
        else
            out += text.substr(open, close + 2 - open); // unknown: left for the renderer (renders nothing)
        from = close + 2;
    }
    return out + text.substr(from);
}

// Parsing a template costs about as much as rendering it, and a render thread
// renders thousands of pages: each thread keeps the templates it has parsed,
// under the theme's fingerprint (same bytes, same templates). Per thread because a
// kainjow::mustache object is not for concurrent use: render() records its error
// message in the object, and the escape function is set on it.
class ParsedTemplates
{
public:
    mustache::mustache &get(const QByteArray &fingerprint, const QString &name, const std::string &text)
    {
        const std::string key = fingerprint.toStdString() + '/' + name.toStdString();
        auto found = m_templates.find(key);
        if (found == m_templates.end()) {
            if (m_templates.size() > 64)
                m_templates.clear(); // themes come and go in a long session; keep recent ones
            auto compiled = std::make_unique<mustache::mustache>(text);
            compiled->set_custom_escape(escapeHtml);
            found = m_templates.emplace(key, std::move(compiled)).first;
        }
        return *found->second;
    }
    // A failed render leaves its error in the template; the next render parses afresh.
    void forget(const QByteArray &fingerprint, const QString &name)
    {
        m_templates.erase(fingerprint.toStdString() + '/' + name.toStdString());
    }

private:
    std::map<std::string, std::unique_ptr<mustache::mustache>> m_templates;
};

thread_local ParsedTemplates parsedTemplates;

} // namespace

const QString Theme::contentSecurityPolicy = QStringLiteral(
    "default-src 'none'; img-src 'self' data:; style-src 'self'; connect-src 'self'; base-uri 'none'; "
    "form-action 'none'");

QString Theme::defaultFolder()
{
    const QString folder = Installation::dataPath(QStringLiteral("themes/default"));
    return QFileInfo::exists(folder) ? QFileInfo(folder).canonicalFilePath() : folder;
}

Result<Theme> Theme::load(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return fail(Error::Code::NotFound, tr("the theme folder %1 does not exist").arg(folder));

    Theme theme;
    theme.m_folder = dir.absolutePath();
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    auto read = [&](const QString &relative) -> Result<QByteArray> {
        QFile file(dir.filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::NotFound,
                tr("the theme %1 has no template %2").arg(dir.absolutePath(), relative));
        const QByteArray bytes = file.readAll();
        fingerprint.addData(relative.toUtf8());
        fingerprint.addData(bytes);
        return bytes;
    };

    for (const char *name : { "layout", "front", "section", "article" }) {
        auto text = read(QString::fromLatin1(name) + QStringLiteral(".mustache"));
        if (!text)
            return std::unexpected(text.error());
        theme.m_templates.insert(QString::fromLatin1(name), text->toStdString());
    }
    if (dir.exists(QStringLiteral("404.mustache"))) { // optional: without it, no 404 pages
        auto text = read(QStringLiteral("404.mustache"));
        if (!text)
            return std::unexpected(text.error());
        theme.m_templates.insert(QStringLiteral("404"), text->toStdString());
    }
    QDirIterator partials(
        dir.filePath(QStringLiteral("partials")), { QStringLiteral("*.mustache") }, QDir::Files);
    QStringList partialFiles;
    while (partials.hasNext())
        partialFiles.append(QFileInfo(partials.next()).fileName());
    partialFiles.sort();
    for (const QString &file : std::as_const(partialFiles)) {
        auto text = read(QStringLiteral("partials/") + file);
        if (!text)
            return std::unexpected(text.error());
        theme.m_templates.insert(
            QStringLiteral("partials/") + QFileInfo(file).completeBaseName(), text->toStdString());
    }
    // Partials are written into the templates that include them, once, so rendering a
    // list of twenty cards does not parse the card template twenty times.
    QMap<QString, std::string> partialTexts;
    for (auto it = theme.m_templates.cbegin(); it != theme.m_templates.cend(); ++it) {
        if (it.key().startsWith(u"partials/"))
            partialTexts.insert(it.key().mid(9), it.value());
    }
    for (auto it = theme.m_templates.begin(); it != theme.m_templates.end(); ++it) {
        if (!it.key().startsWith(u"partials/"))
            it.value() = inlinePartials(it.value(), partialTexts, 0);
    }

    // Every template must parse, so a typo is found at load time with its file name.
    for (auto it = theme.m_templates.cbegin(); it != theme.m_templates.cend(); ++it) {
        mustache::mustache compiled(it.value());
        if (!compiled.is_valid()) {
            return fail(Error::Code::Format,
                tr("the theme template %1.mustache is broken: %2")
                    .arg(it.key(), QString::fromStdString(compiled.error_message())));
        }
    }

    QDirIterator assets(dir.filePath(QStringLiteral("assets")), QDir::Files, QDirIterator::Subdirectories);
    QStringList assetFiles;
    while (assets.hasNext())
        assetFiles.append(QDir(dir.filePath(QStringLiteral("assets"))).relativeFilePath(assets.next()));
    assetFiles.sort();
    for (const QString &file : std::as_const(assetFiles)) {
        auto bytes = read(QStringLiteral("assets/") + file);
        if (!bytes)
            return std::unexpected(bytes.error());
        theme.m_assets.insert(file, *bytes);
    }
    // The favicon and touch icon come from the logo unless the theme draws its own.
    if (const auto logo = theme.m_assets.constFind(QStringLiteral("logo.png"));
        logo != theme.m_assets.cend()) {
        const QMap<QString, QByteArray> icons = SiteIcons::fromLogo(*logo);
        for (auto it = icons.cbegin(); it != icons.cend(); ++it) {
            if (!theme.m_assets.contains(it.key()))
                theme.m_assets.insert(it.key(), it.value());
        }
    }
    theme.m_fingerprint = fingerprint.result().toHex();
    return theme;
}

Result<Theme> Theme::withLogo(const QByteArray &picture) const
{
    const QByteArray png = SiteIcons::logoPng(picture);
    if (png.isEmpty())
        return fail(Error::Code::Format, tr("the portal's logo is not a picture PortalDesk can read"));
    Theme theme = *this;
    theme.m_assets.insert(QStringLiteral("logo.png"), png);
    const QMap<QString, QByteArray> icons = SiteIcons::fromLogo(png);
    for (auto it = icons.cbegin(); it != icons.cend(); ++it)
        theme.m_assets.insert(it.key(), it.value()); // the portal's choice over the theme's own
    theme.m_fingerprint
        = QCryptographicHash::hash(QByteArray(m_fingerprint + png), QCryptographicHash::Sha256).toHex();
    return theme;
}

Result<Theme> Theme::withPortalLogo(const DatabasePtr &database, const QString &logo) const
{
    if (logo.isEmpty())
        return *this;
    auto picture = MediaStore(database).get(logo);
    auto themed = picture ? withLogo(*picture) : Result<Theme>(std::unexpected(picture.error()));
    if (!themed)
        return fail(themed.error().code,
            tr("the portal's logo %1: %2; choose another in Settings").arg(logo, themed.error().message));
    return themed;
}

bool Theme::has(Page page) const
{
    return m_templates.contains(QString::fromLatin1(pageName(page)));
}

class Theme::Shared
{
public:
    mustache::data data;
};

std::shared_ptr<const Theme::Shared> Theme::prepare(const QJsonObject &values) const
{
    auto shared = std::make_shared<Shared>();
    shared->data = toData(values);
    return shared;
}

namespace {

// Collects kainjow's output pieces straight into one string.
struct Sink
{
    std::string &out;
    Sink &operator<<(const std::string &piece)
    {
        out += piece;
        return *this;
    }
};

// kainjow's own context, but a dotted name ({{meta.title}}) is walked in place: kainjow
// splits it with a std::stringstream on every lookup, a tenth of an export's time.
// Same rules: the innermost value that holds the whole path wins.
class Lookup final : public mustache::basic_context<std::string>
{
public:
    void push(const mustache::data *data) override { m_items.push_back(data); }
    void pop() override { m_items.pop_back(); }

    const mustache::data *get(const std::string &name) const override
    {
        if (name == ".")
            return m_items.empty() ? nullptr : m_items.back();
        if (name.find('.') == std::string::npos)
            return get_partial(name);
        std::string part;
        for (auto item = m_items.rbegin(); item != m_items.rend(); ++item) {
            const mustache::data *value = *item;
            for (size_t start = 0; value && start < name.size();) {
                const size_t end = std::min(name.find('.', start), name.size());
                part.assign(name, start, end - start);
                value = value->get(part);
                start = end + 1; // "a." is "a", as kainjow reads it
            }
            if (value)
                return value;
        }
        return nullptr;
    }

    const mustache::data *get_partial(const std::string &name) const override
    {
        for (auto item = m_items.rbegin(); item != m_items.rend(); ++item) {
            if (const mustache::data *value = (*item)->get(name))
                return value;
        }
        return nullptr;
    }

private:
    std::vector<const mustache::data *> m_items; // the innermost last
};

size_t findHead(const std::string &html)
{
    for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
        if (html.size() - at >= 6 && strncasecmp(html.data() + at, "<head>", 6) == 0)
            return at;
    }
    return std::string::npos;
}

// Control characters (but tab, line feed, form feed and carriage return) and Unicode
// noncharacters are errors anywhere in an HTML document; pasted copy brings them (U+0085 from
// old Windows text, U+0007 from a terminal). They show nothing, so they are dropped. UTF-8 in.
void stripForbiddenCharacters(std::string &html)
{
    const auto forbidden = [&html](size_t at, size_t *length) {
        const auto byte = [&html](size_t i) { return static_cast<unsigned char>(html[i]); };
        const unsigned char c = byte(at);
        *length = 1;
        if (c < 0x20)
            return c != '\t' && c != '\n' && c != '\f' && c != '\r';
        if (c == 0x7f)
            return true;
        if (c == 0xc2 && at + 1 < html.size() && byte(at + 1) >= 0x80 && byte(at + 1) <= 0x9f) {
            *length = 2; // U+0080–U+009F
            return true;
        }
        if (c == 0xef && at + 2 < html.size()) {
            const unsigned char b1 = byte(at + 1);
            const unsigned char b2 = byte(at + 2);
            *length = 3;
            return (b1 == 0xb7 && b2 >= 0x90 && b2 <= 0xaf)
                || (b1 == 0xbf && (b2 == 0xbe || b2 == 0xbf)); // U+FDD0–FDEF, U+FFFE/F
        }
        if (c == 0xf0 || c == 0xf1 || c == 0xf2 || c == 0xf3 || c == 0xf4) { // U+nFFFE / U+nFFFF
            *length = 4;
            return at + 3 < html.size() && (byte(at + 1) & 0x0f) == 0x0f && byte(at + 2) == 0xbf
                && (byte(at + 3) == 0xbe || byte(at + 3) == 0xbf);
        }
        return false;
    };
    // Only these bytes can start a forbidden sequence (none is a UTF-8 continuation byte):
    // the runs between them are moved in one piece, or left where they are.
    static constexpr auto suspect = [] {
        std::array<bool, 256> table {};
        for (int c = 0; c < 0x20; ++c)
            table[c] = c != '\t' && c != '\n' && c != '\f' && c != '\r';
        table[0x7f] = table[0xc2] = table[0xef] = true;
        for (int c = 0xf0; c <= 0xf4; ++c)
            table[c] = true;
        return table;
    }();
    size_t out = 0;
    for (size_t at = 0; at < html.size();) {
        size_t run = at;
        while (run < html.size() && !suspect[static_cast<unsigned char>(html[run])])
            ++run;
        if (run != at) {
            if (out != at)
                std::memmove(html.data() + out, html.data() + at, run - at);
            out += run - at;
            at = run;
            if (at == html.size())
                break;
        }
        size_t length = 1;
        if (forbidden(at, &length)) {
            at += length;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(html[at]);
        length = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        length = std::min(length, html.size() - at);
        if (out != at)
            std::copy(html.begin() + qsizetype(at), html.begin() + qsizetype(at + length),
                html.begin() + qsizetype(out));
        out += length;
        at += length;
    }
    html.resize(out);
}

// The page runs no script, but its JSON-LD blocks are <script> elements: each is allowed
// by the hash of its text, so the policy needs no 'unsafe-inline' and blocks everything else.
std::string dataBlockHashes(const std::string &html)
{
    static const std::string open = "<script type=\"application/ld+json\">";
    std::string hashes;
    for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at)) {
        at += open.size();
        const size_t end = html.find("</script>", at);
        if (end == std::string::npos)
            break;
        const QByteArray digest = Digest::sha256(QByteArrayView(html.data() + at, qsizetype(end - at)));
        hashes += " 'sha256-" + digest.toBase64().toStdString() + '\'';
        at = end;
    }
    return hashes.empty() ? hashes : "; script-src" + hashes;
}

} // namespace

const std::string &Theme::templateText(const QString &name) const
{
    static const std::string none;
    const auto found = m_templates.constFind(name);
    return found == m_templates.cend() ? none : *found;
}

Result<QString> Theme::render(Page page, const QJsonObject &context) const
{
    auto html = renderUtf8(page, context);
    if (!html)
        return std::unexpected(html.error());
    return QString::fromUtf8(*html);
}

Result<QByteArray> Theme::renderUtf8(Page page, const QJsonObject &context, const Shared *shared) const
{
    TemplateValues values;
    values.data() = toData(context);
    return renderUtf8(page, std::move(values), shared);
}

Result<QByteArray> Theme::renderUtf8(Page page, TemplateValues values, const Shared *shared) const
{
    // Partials were written into the templates at load, so nothing is registered per page.
    mustache::data &data = values.data();
    Lookup stack;
    if (shared)
        stack.push(&shared->data);
    stack.push(&data);

    const QString pageKey = QString::fromLatin1(pageName(page));
    mustache::mustache &body = parsedTemplates.get(m_fingerprint, pageKey, templateText(pageKey));
    std::string content;
    content.reserve(16384);
    Sink contentSink { content };
    body.render(stack, contentSink);
    if (!body.is_valid()) {
        const QString message = QString::fromStdString(body.error_message());
        parsedTemplates.forget(m_fingerprint, pageKey);
        return fail(Error::Code::Format, tr("rendering %1.mustache failed: %2").arg(pageKey, message));
    }

    // kainjow's set() would copy the page's whole content: it is moved in.
    if (!data.is_object())
        return fail(
            Error::Code::Format, tr("rendering %1.mustache failed: its values are no object").arg(pageKey));
    const size_t contentSize = content.size();
    data.set("content", mustache::data(mustache::data::type::string));
    const_cast<std::string &>(data.get("content")->string_value()) = std::move(content);
    const QString layoutKey = QStringLiteral("layout");
    mustache::mustache &layout = parsedTemplates.get(m_fingerprint, layoutKey, templateText(layoutKey));
    std::string html;
    html.reserve(contentSize + 16384);
    Sink htmlSink { html };
    layout.render(stack, htmlSink);
    if (!layout.is_valid()) {
        const QString message = QString::fromStdString(layout.error_message());
        parsedTemplates.forget(m_fingerprint, layoutKey);
        return fail(Error::Code::Format, tr("rendering layout.mustache failed: %1").arg(message));
    }

    stripForbiddenCharacters(html);
    const size_t head = findHead(html);
    if (head == std::string::npos)
        return fail(Error::Code::Format, tr("the theme's layout.mustache has no <head> element"));
    const std::string meta = "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + contentSecurityPolicy.toStdString() + dataBlockHashes(html) + "\">";
    QByteArray out;
    out.reserve(qsizetype(html.size() + meta.size()));
    out.append(html.data(), qsizetype(head + 6));
    out.append(meta.data(), qsizetype(meta.size()));
    out.append(html.data() + head + 6, qsizetype(html.size() - head - 6));
    return out;
}

} // namespace PortalDesk
