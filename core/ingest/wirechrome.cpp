#include "core/ingest/wirechrome.h"

#include "core/content/rules.h"
#include "core/text/charscript.h"

#include <QRegularExpression>
#include <QStringList>

namespace PortalDesk {

namespace {

bool startsWithAny(QStringView line, std::initializer_list<const char16_t *> prefixes)
{
    for (const char16_t *prefix : prefixes) {
        if (line.startsWith(QStringView(prefix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Section, edition and product names a Hong Kong financial portal puts around a story.
const QStringList &navigationWords()
{
    static const QStringList words {
        QStringLiteral("人氣文章"),
        QStringLiteral("人气文章"),
        QStringLiteral("財經新聞"),
        QStringLiteral("财经新闻"),
        QStringLiteral("評論"),
        QStringLiteral("评论"),
        QStringLiteral("專題"),
        QStringLiteral("专题"),
        QStringLiteral("即時新聞"),
        QStringLiteral("即时新闻"),
        QStringLiteral("最新消息"),
        QStringLiteral("熱門"),
        QStringLiteral("热门"),
        QStringLiteral("首頁"),
        QStringLiteral("首页"),
        QStringLiteral("登入"),
        QStringLiteral("登錄"),
        QStringLiteral("登录"),
        QStringLiteral("更多"),
        QStringLiteral("即睇"),
        QStringLiteral("專業版"),
        QStringLiteral("精裝版"),
        QStringLiteral("強化版"),
        QStringLiteral("专业版"),
        QStringLiteral("精装版"),
        QStringLiteral("串流版"),
        QStringLiteral("强化版"),
        QStringLiteral("Home"),
        QStringLiteral("Login"),
        QStringLiteral("Log in"),
        QStringLiteral("Sign in"),
        QStringLiteral("Subscribe"),
        QStringLiteral("Share"),
        QStringLiteral("Print"),
        QStringLiteral("Back to top"),
        QStringLiteral("Related articles"),
        QStringLiteral("Share this article"),
        QStringLiteral("News provided by"),
        QStringLiteral("Listen to this article"),
        QStringLiteral("Most popular"),
    };
    return words;
}

// Display width with CJK counting double, capped early: only "short or not" matters.
qsizetype shortWidth(QStringView line)
{
    qsizetype width = 0;
    for (qsizetype i = 0; i < line.size() && width < 100;
         i += CharScript::unitsOf(CharScript::codePointAt(line, i)))
        width += CharScript::isCjk(CharScript::codePointAt(line, i)) ? 2 : 1;
    return width;
}

} // namespace

bool WireChrome::isCaption(QStringView line)
{
    return startsWithAny(line,
        { u"Photo shows", u"Photo show ", u"Photo:", u"Photo -", u"Photo –", u"Photo caption:", u"Pictured:",
            u"Caption:", u"(Photo:", u"圖為", u"图为", u"圖片：", u"图片：", u"圖：", u"图：", u"（圖為",
            u"（图为", u"圖片說明：", u"图片说明：" });
}

std::optional<QString> WireChrome::originalLink(QStringView line)
{
    static const QRegularExpression label(
        QStringLiteral(R"(^(?:Original\s+link|原文連結|原文链接|原文鏈接|原文连结)\s*[:：]\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = label.match(line.left(40));
    if (!match.hasMatch())
        return std::nullopt;
    return line.sliced(match.capturedLength(0)).trimmed().toString();
}

bool WireChrome::isCredit(QStringView line)
{
    static const QRegularExpression label(
        QStringLiteral(R"(^(?:source|消息來源|消息来源|資料來源|资料来源|來源|来源)\s*[:：]\s*\S)"),
        QRegularExpression::CaseInsensitiveOption);
    // PR Newswire's own closing line: "SOURCE Harbourline Capital Limited".
    static const QRegularExpression closing(QStringLiteral(R"(^SOURCE\s+\S)"));
    return line.size() <= 200
        && (label.match(line.left(20)).hasMatch() || closing.match(line.left(10)).hasMatch());
}

bool WireChrome::isChrome(QStringView line)
{
    if (line.size() > 200)
        return false;
    // 【與拍賣官看藝術】畢加索的市場潛能有多強?… ► 即睇
    if (line.startsWith(u'【') && line.contains(u'】'))
        return true;
    if (line.contains(u'►') || line.contains(u'▶'))
        return true;
    for (const QString &word : navigationWords()) {
        if (line.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool WireChrome::isProse(QStringView line)
{
    if (isChrome(line) || shortWidth(line) < 60)
        return false;
    const QStringView end = line.right(1);
    return QStringView(u".!?。！？」』\"”").contains(end);
}

bool WireChrome::isWebLink(QStringView text)
{
    return (text.startsWith(u"https://", Qt::CaseInsensitive)
               || text.startsWith(u"http://", Qt::CaseInsensitive))
        && text.size() > 8 && !text.contains(u' ')
        && !Rules::hiddenCharacter(text); // else not a link the article may keep
}

} // namespace PortalDesk
