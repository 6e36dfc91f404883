#include "core/render/markdown.h"

#include <QStringList>
#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("Markdown renders GitHub tables, strikethrough and autolinks", "[render]")
{
    const QString html = Markdown::toHtml(
        u"| 期限 | 息率 |\n|---|---|\n| 一個月 | 3.80厘 |\n\n~~舊價~~ 見 https://example.com/hibor");
    CHECK(html.contains(u"<table>"));
    CHECK(html.contains(u"<td>3.80厘</td>"));
    CHECK(html.contains(u"<del>舊價</del>"));
    CHECK(html.contains(u"<a href=\"https://example.com/hibor\">"));
}

TEST_CASE("body headings sit below the page's h1", "[render]")
{
    const QString html = Markdown::toHtml(u"# 大標題\n\n## 小標題\n\n###### 最小");
    CHECK_FALSE(html.contains(u"<h1"));
    CHECK(html.contains(u"<h2>大標題</h2>"));
    CHECK(html.contains(u"<h3>小標題</h3>"));
    CHECK(html.contains(u"<h6>最小</h6>"));
}

TEST_CASE("raw HTML and dangerous links never reach the page", "[render][security]")
{
    const QStringList attacks {
        u"<script>alert(1)</script>"_qs,
        u"<img src=x onerror=alert(1)>"_qs,
        u"[click](javascript:alert(1))"_qs,
        u"[click](JaVaScRiPt:alert(1))"_qs,
        u"[click](java\tscript:alert(1))"_qs,
        u"[click](&#106;avascript:alert(1))"_qs,
        u"[click](vbscript:msgbox(1))"_qs,
        u"[click](data:text/html;base64,PHNjcmlwdD4=)"_qs,
        u"![x](javascript:alert(1))"_qs,
        u"<a href=\"javascript:alert(1)\">x</a>"_qs,
        u"<iframe src=\"https://evil.example\"></iframe>"_qs,
        u"[x](//evil.example/path)"_qs,
    };
    for (const QString &attack : attacks) {
        INFO(attack.toStdString());
        const QString html = Markdown::toHtml(attack).toLower();
        CHECK_FALSE(html.contains(u"<script"));
        CHECK_FALSE(html.contains(u"javascript:"));
        CHECK_FALSE(html.contains(u"vbscript:"));
        CHECK_FALSE(html.contains(u"data:text"));
        CHECK_FALSE(html.contains(u"onerror="));
        CHECK_FALSE(html.contains(u"<iframe"));
        CHECK_FALSE(html.contains(u"href=\"//"));
    }
    // The words of a refused link stay readable.
    CHECK(Markdown::toHtml(u"[按此](javascript:alert(1))").contains(u"按此"));
}

TEST_CASE("allowed link targets", "[render][security]")
{
    CHECK(Markdown::isAllowedUrl(u"https://en.imsilkroad.com/p/343069.html"));
    CHECK(Markdown::isAllowedUrl(u"http://example.com"));
    CHECK(Markdown::isAllowedUrl(u"mailto:desk@example.com"));
    CHECK(Markdown::isAllowedUrl(u"../articles/a-1.html"));
    CHECK(Markdown::isAllowedUrl(u"#section-2"));
    CHECK(Markdown::isAllowedUrl(u"photos/chart.png"));
    CHECK_FALSE(Markdown::isAllowedUrl(u"ftp://example.com"));
    CHECK_FALSE(Markdown::isAllowedUrl(u" javascript:alert(1)"));
    CHECK_FALSE(Markdown::isAllowedUrl(u"file:///etc/passwd"));
    CHECK_FALSE(Markdown::isAllowedUrl(u""));
}
