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
    const QString html = Markdown::toHtml(u"# 大標題\n\n## 小標題\n\n###### 最小\n\n# 再一個");
    CHECK_FALSE(html.contains(u"<h1"));
    CHECK(html.contains(u"<h2>大標題</h2>"));
    CHECK(html.contains(u"<h3>小標題</h3>"));
    CHECK(html.contains(u"<h4>最小</h4>")); // one level below the one before, not a jump to h6
    CHECK(html.contains(u"<h2>再一個</h2>"));
}

TEST_CASE("a body whose headings start at ## or deeper still starts at h2", "[render]")
{
    // Wire copy and pasted articles often start at "##": those headings are not pushed to h3.
    const QString html = Markdown::toHtml(u"## 第一節\n\n### 細節\n\n## 第二節\n\n> #### 引文標題");
    CHECK(html.contains(u"<h2>第一節</h2>"));
    CHECK(html.contains(u"<h3>細節</h3>"));
    CHECK(html.contains(u"<h2>第二節</h2>"));
    CHECK(html.contains(u"<h3>引文標題</h3>")); // "####" after an h2: one level down
    CHECK_FALSE(html.contains(u"<h1"));
    CHECK(Markdown::toHtml(u"#### Deep only").contains(u"<h2>Deep only</h2>"));
    CHECK(Markdown::toHtml(u"> # In a quote\n\n##### Far").contains(u"<h3>Far</h3>"));
    CHECK(Markdown::toHtml(u"No headings at all.") == u"<p>No headings at all.</p>\n");
}

TEST_CASE("an image from another site becomes a link to it, never an <img> the CSP blocks", "[render]")
{
    CHECK(Markdown::toHtml(u"![圖表](//example.com/chart.png)") == u"<p>圖表</p>\n"); // refused outright
    for (const QString &markdown : { u"![圖表](https://example.com/chart.png)"_qs,
             u"![圖表](HTTP://example.com/chart.png \"title\")"_qs }) {
        const QString html = Markdown::toHtml(markdown);
        INFO(html.toStdString());
        CHECK_FALSE(html.contains(u"<img"));
        CHECK(html.contains(u"example.com/chart.png\""));
        CHECK(html.contains(u">圖表</a>"));
    }
    CHECK(Markdown::toHtml(u"![local](photo.png)").contains(u"<img src=\"photo.png\" alt=\"local\""));
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

TEST_CASE("table column alignment survives as classes, not obsolete align attributes", "[render]")
{
    const QString html
        = Markdown::toHtml(u"| 期限 | 息率 | 變動 |\n|:---|:---:|---:|\n| 一個月 | 3.80厘 | -0.05 |\n\n"
                           u"Text with align=\"right\" typed in it.");
    CHECK_FALSE(html.contains(u"<th align"));
    CHECK_FALSE(html.contains(u"<td align"));
    CHECK(html.contains(u"<th class=\"align-left\">期限</th>"));
    CHECK(html.contains(u"<th class=\"align-center\">息率</th>"));
    CHECK(html.contains(u"<td class=\"align-right\">-0.05</td>"));
    CHECK(html.contains(u"align=&quot;right&quot; typed")); // the reader's text is left alone
}

TEST_CASE("an inline image is read where it starts, as written", "[render][markdown]")
{
    const QString text
        = QStringLiteral("前文 ![維港\\[夜\\]景](https://example.com/a%20b.png \"夜景\") 後文 "
                         "![](<//cdn.example.org/x y.jpg>) [link](https://example.com) ![bad](");
    const qsizetype first = text.indexOf(u"![");
    auto image = Markdown::imageAt(text, first);
    REQUIRE(image.has_value());
    CHECK(image->alt == u"維港[夜]景");
    CHECK(image->url == u"https://example.com/a%20b.png");
    CHECK(text.mid(image->start, image->length)
        == u"![維港\\[夜\\]景](https://example.com/a%20b.png \"夜景\")");
    auto second = Markdown::imageAt(text, text.indexOf(u"![", first + 1));
    REQUIRE(second.has_value());
    CHECK(second->alt.isEmpty());
    CHECK(second->url == u"//cdn.example.org/x y.jpg");
    CHECK_FALSE(Markdown::imageAt(text, text.indexOf(u"[link]")).has_value()); // a link, not an image
    CHECK_FALSE(Markdown::imageAt(text, text.lastIndexOf(u"![")).has_value()); // never closed
    CHECK_FALSE(Markdown::imageAt(text, first + 1).has_value()); // not where one starts
    CHECK_FALSE(Markdown::imageAt(text, -1).has_value());
    CHECK_FALSE(Markdown::imageAt(text, text.size()).has_value());
}

TEST_CASE("the first paragraph of a long body is found without reading it whole, and the same as whole",
    "[render][markdown]")
{
    const QString filler
        = QStringLiteral("- 列表項目，不是段落。\n").repeated(120); // 1,500 characters of list
    const QString tail = QStringLiteral("\n\n後段：").repeated(400);
    // The first paragraph after a heading and a long list, the body long enough to be cut.
    const QString body = QStringLiteral("## 小標題\n\n") + filler
        + QStringLiteral("\n**港股**今早高開，[恒指](https://example.com)升 200 點。") + tail;
    CHECK(Markdown::firstParagraph(body) == u"港股今早高開，恒指升 200 點。");
    CHECK(Markdown::firstParagraph(QStringLiteral("短文。\n\n第二段。")) == u"短文。");
    // No paragraph before the cut: the whole body is read.
    const QString late = QStringLiteral("```\n") + QStringLiteral("code line\n\n").repeated(200)
        + QStringLiteral("```\n\n最後才有段落。");
    CHECK(Markdown::firstParagraph(late) == u"最後才有段落。");
    // A reference link whose definition comes at the end reads as its text, not in brackets.
    const QString referenced
        = QStringLiteral("見[報告][r]全文。\n\n") + tail + QStringLiteral("\n\n[r]: https://example.com/r");
    CHECK(Markdown::firstParagraph(referenced) == u"見報告全文。");
    // Nothing but a list: no paragraph at all.
    CHECK(Markdown::firstParagraph(filler.repeated(3)).isEmpty());
}
