#include "core/render/pagemeta.h"
#include "core/render/theme.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString tinyTheme(QTemporaryDir &dir)
{
    writeFile(dir.filePath(QStringLiteral("layout.mustache")),
        "<!DOCTYPE html><html "
        "lang=\"{{lang}}\"><head><title>{{title}}</title></head><body>{{{content}}}</body></html>");
    writeFile(dir.filePath(QStringLiteral("front.mustache")), "<h1>{{title}}</h1>{{> card}}");
    writeFile(dir.filePath(QStringLiteral("section.mustache")), "<h1>{{title}}</h1>");
    writeFile(dir.filePath(QStringLiteral("article.mustache")), "<h1>{{title}}</h1>{{{body}}}");
    writeFile(dir.filePath(QStringLiteral("partials/card.mustache")),
        "<p class=\"k\">{{#kicker}}【{{kicker}}】{{/kicker}}</p>");
    writeFile(dir.filePath(QStringLiteral("assets/style.css")), "body{}");
    return dir.path();
}
} // namespace

TEST_CASE("the default theme loads with its templates and assets", "[render]")
{
    auto theme = Theme::load(Theme::defaultFolder());
    REQUIRE(theme.has_value());
    CHECK(theme->assets().contains(QStringLiteral("style.css")));
    CHECK_FALSE(theme->fingerprint().isEmpty());
}

TEST_CASE("a theme renders escaped values, partials, and puts the CSP first in head", "[render]")
{
    QTemporaryDir dir;
    auto theme = Theme::load(tinyTheme(dir));
    REQUIRE(theme.has_value());
    auto html = theme->render(Theme::Page::Front,
        { { QStringLiteral("lang"), QStringLiteral("zh-Hant-HK") },
            { QStringLiteral("title"), QStringLiteral("<b>\"港股\" & 'A股'</b>") },
            { QStringLiteral("kicker"), QString() } });
    REQUIRE(html.has_value());
    CHECK(html->contains(
        u"<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' "
        u"data:; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'\"><title>"));
    CHECK(html->contains(u"&lt;b&gt;&quot;港股&quot; &amp; &#39;A股&#39;&lt;/b&gt;"));
    CHECK(html->contains(u"<p class=\"k\"></p>")); // empty kicker: no 【】
}

TEST_CASE("a missing or broken template is named in the error", "[render]")
{
    QTemporaryDir dir;
    tinyTheme(dir);
    QFile::remove(dir.filePath(QStringLiteral("section.mustache")));
    auto missing = Theme::load(dir.path());
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(QStringLiteral("section.mustache")));

    QTemporaryDir broken;
    tinyTheme(broken);
    writeFile(broken.filePath(QStringLiteral("article.mustache")), "{{#article}}<h1>{{headline}}</h1>");
    auto unbalanced = Theme::load(broken.path());
    REQUIRE_FALSE(unbalanced.has_value());
    CHECK(unbalanced.error().message.contains(QStringLiteral("article.mustache")));

    auto nowhere = Theme::load(dir.filePath(QStringLiteral("no-such-theme")));
    REQUIRE_FALSE(nowhere.has_value());
    CHECK(nowhere.error().message.contains(QStringLiteral("no-such-theme")));
}

TEST_CASE("characters HTML forbids are dropped wherever they stand, and nothing else", "[render]")
{
    QTemporaryDir dir;
    auto theme = Theme::load(tinyTheme(dir));
    REQUIRE(theme.has_value());
    // Kept: tab, line feed, CJK, full-width punctuation (U+FF0C, a lead byte 0xEF), U+FDCF,
    // U+FDF0 and U+FFFD next to the noncharacters, characters of four bytes with each lead byte
    // F0–F4 (an emoji, U+1FFFD, U+4FFFD, U+10FFFD), U+00A0 (lead byte 0xC2).
    const QString kept = u"\t港股，升\u00a0A\uFDCF\uFDF0\uFFFD😀\n"_qs
        + QString::fromStdU32String(U"\U0001FFFD\U0004FFFD\U0010FFFD");
    const QString forbidden[] = { u"\u0000"_qs, u"\u0007"_qs, u"\u001b"_qs, u"\u007f"_qs, u"\u0080"_qs,
        u"\u0085"_qs, u"\u009f"_qs, u"\uFDD0"_qs, u"\uFDEF"_qs, u"\uFFFE"_qs, u"\uFFFF"_qs,
        QString::fromStdU32String(U"\U0001FFFE"), QString::fromStdU32String(U"\U0002FFFF"),
        QString::fromStdU32String(U"\U0004FFFE"), QString::fromStdU32String(U"\U0008FFFF"),
        QString::fromStdU32String(U"\U000EFFFE"), QString::fromStdU32String(U"\U0010FFFF") };
    QString title;
    QString expected;
    for (const QString &bad : forbidden) { // at the start, between, doubled, at the end
        title += bad + kept + bad + bad;
        expected += kept;
    }
    auto html = theme->render(Theme::Page::Article, { { QStringLiteral("title"), title } });
    REQUIRE(html.has_value());
    CHECK(html->contains(u"<h1>"_qs + expected + u"</h1>"_qs));
    CHECK(html->contains(u"<title>"_qs + expected + u"</title>"_qs));
}

TEST_CASE("a JSON-LD string reads back as the text, and cannot end its script element", "[render]")
{
    QString text = u"港股 \"quoted\" back\\slash </script><!-- --> & \u2028 😀 ，"_qs;
    for (char16_t c = 0; c < 0x20; ++c)
        text += QChar(c);
    // A surrogate without its pair (text can hold one while typed) is written as an escape.
    const QString loneHigh = u"A"_qs + QChar(0xD800) + u"B"_qs;
    const QString loneLow = u"x"_qs + QChar(0xDC00);
    for (const QString &value : { text, u"plain 港股"_qs, QString(), loneHigh, loneLow }) {
        const QString json = PageMeta::jsonString(value);
        CHECK_FALSE(json.contains(u'<'));
        CHECK_FALSE(json.contains(u'>'));
        CHECK_FALSE(json.contains(u'&'));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson((u'[' + json + u']').toUtf8(), &error);
        INFO(json.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(document.array().at(0).toString() == value);
        CHECK(json.toUtf8() == QString::fromUtf8(json.toUtf8()).toUtf8()); // nothing UTF-8 cannot hold
    }
}

TEST_CASE("a dotted name is found in the innermost frame that holds all of it", "[render]")
{
    QTemporaryDir dir;
    tinyTheme(dir);
    // Inside {{#article}}, meta.title is not the article's (it has a meta without a title) but the
    // page's; meta.kind is the article's own; a name nowhere is nothing.
    writeFile(dir.filePath(QStringLiteral("article.mustache")),
        "{{#article}}[{{meta.title}}|{{meta.kind}}|{{meta.none}}|{{headline}}]{{/article}}"
        "{{#list}}({{.}}:{{meta.title}}){{/list}}");
    auto theme = Theme::load(dir.path());
    REQUIRE(theme.has_value());
    auto html = theme->render(Theme::Page::Article,
        { { QStringLiteral("meta"), QJsonObject { { QStringLiteral("title"), QStringLiteral("頁") } } },
            { QStringLiteral("article"),
                QJsonObject { { QStringLiteral("headline"), QStringLiteral("港股") },
                    { QStringLiteral("meta"),
                        QJsonObject { { QStringLiteral("kind"), QStringLiteral("news") } } } } },
            { QStringLiteral("list"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } });
    REQUIRE(html.has_value());
    CHECK(html->contains(u"[頁|news||港股](a:頁)(b:頁)"_qs));
}
