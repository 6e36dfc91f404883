// Chinese punctuation rules: punct.halfwidth, quotes.style, ellipsis, dash.
#include "core/text/charscript.h"
#include "core/text/lintrules.h"
#include "core/text/quotemarks.h"

#include <QCoreApplication>

namespace PortalDesk::LintRules {

namespace {

using namespace CharScript;

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Lint", text);
}

bool isSentencePunctuation(char16_t c)
{
    return c == u',' || c == u'.' || c == u'?' || c == u'!' || c == u':' || c == u';';
}

char16_t fullwidth(char16_t c)
{
    switch (c) {
    case u',':
        return u'，';
    case u'.':
        return u'。';
    case u'?':
        return u'？';
    case u'!':
        return u'！';
    case u':':
        return u'：';
    case u';':
        return u'；';
    case u'(':
        return u'（';
    case u')':
        return u'）';
    default:
        return c;
    }
}

QString halfwidthMessage(QStringView replacement)
{
    return tr("Half-width punctuation in Chinese text: use %1").arg(replacement);
}

// The ')' closing the '(' at `open` on the same line, or -1.
qsizetype matchingParen(QStringView text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size() && text[i] != u'\n'; ++i) {
        if (text[i] == u'(')
            ++depth;
        else if (text[i] == u')' && --depth == 0)
            return i;
    }
    return -1;
}

} // namespace

void halfwidthPunctuation(Context &context)
{
    if (!context.chinese())
        return;
    const QStringView text = context.text();
    Verbatim::Cursor verbatim(context.verbatim());
    QList<qsizetype> closers; // ')' already claimed by a converted '('
    qsizetype convertedEnd = -1; // just past the last mark reported: full-width once fixed
    auto chineseBefore = [&](qsizetype position) {
        return position == convertedEnd || isCjk(codePointBefore(text, position));
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'(' || c == u')') {
            if (verbatim.contains(i))
                continue;
            const char32_t right = codePointAfter(text, i + 1);
            const bool claimed = closers.removeOne(i);
            if (!(claimed || chineseBefore(i) || (c == u'(' && isCjkLetter(right))))
                continue;
            convertedEnd = i + 1;
            if (c == u'(') {
                if (const qsizetype close = matchingParen(text, i); close > 0)
                    closers.append(close);
            }
            const QString replacement(QChar(fullwidth(c)));
            context.report(
                QStringLiteral("punct.halfwidth"), i, 1, halfwidthMessage(replacement), replacement);
            continue;
        }
        if (!isSentencePunctuation(c))
            continue;
        qsizetype end = i + 1;
        while (end < n && isSentencePunctuation(text[end].unicode()))
            ++end;
        const QStringView run = text.sliced(i, end - i);
        const qsizetype start = i;
        i = end - 1;
        if (run.size() > 1 && run.count(u'.') == run.size())
            continue; // "..." belongs to the ellipsis rule
        if (run.contains(u"..") || verbatim.overlaps(start, end))
            continue;
        const char32_t left = codePointBefore(text, start);
        const char32_t right = codePointAfter(text, end);
        if (run.size() == 1 && isAsciiDigit(left) && isAsciiDigit(right))
            continue; // 3.5, 3,980, 20:47
        if (!(chineseBefore(start) || (isCjkLetter(right) && !isLatinOrDigit(left) && left != 0)))
            continue;
        convertedEnd = end;
        QString replacement(run.size(), Qt::Uninitialized);
        for (qsizetype k = 0; k < run.size(); ++k)
            replacement[k] = QChar(fullwidth(run[k].unicode()));
        context.report(
            QStringLiteral("punct.halfwidth"), start, run.size(), halfwidthMessage(replacement), replacement);
    }
}

void quoteStyle(Context &context)
{
    if (!context.chinese())
        return;
    const QList<QuoteMarks::Change> changes
        = QuoteMarks::changes(context.text(), context.options().language, context.verbatim(), true);
    const QString message = context.options().language == Language::ZhHans
        ? tr("zh-Hans quotes with “” and ‘’: use %1")
        : tr("zh-Hant-HK quotes with 「」 and 『』: use %1");
    for (const QuoteMarks::Change &change : changes) {
        const QString replacement(change.replacement);
        context.report(
            QStringLiteral("quotes.style"), change.position, 1, message.arg(replacement), replacement);
    }
}

void ellipsis(Context &context)
{
    if (!context.chinese())
        return;
    const QStringView text = context.text();
    Verbatim::Cursor verbatim(context.verbatim());
    const QString replacement = QStringLiteral("……");
    const QString message = tr("Chinese ellipsis is ……");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'.' && c != u'。' && c != u'…')
            continue;
        qsizetype end = i + 1;
        while (end < text.size() && text[end] == c)
            ++end;
        const qsizetype length = end - i;
        const qsizetype start = i;
        i = end - 1;
        const bool chineseNearby = isCjk(codePointBefore(text, start)) || isCjk(codePointAfter(text, end));
        bool wrong = false;
        if (c == u'.')
            wrong = length >= 3 && chineseNearby && !verbatim.overlaps(start, end);
        else if (c == u'。')
            wrong = length >= 3;
        else
            wrong = (length == 1 || length == 3) && chineseNearby;
        if (wrong)
            context.report(QStringLiteral("ellipsis"), start, length, message, replacement);
    }
}

void dash(Context &context)
{
    if (!context.chinese())
        return;
    const QStringView text = context.text();
    Verbatim::Cursor verbatim(context.verbatim());
    const QString replacement = QStringLiteral("——");
    const QString message = tr("Chinese dash is ——");
    // Chinese on either side, directly or across one space.
    auto chineseAround = [&](qsizetype start, qsizetype end) {
        char32_t left = codePointBefore(text, start);
        if (left == ' ')
            left = codePointBefore(text, start - 1);
        char32_t right = codePointAfter(text, end);
        if (right == ' ')
            right = codePointAfter(text, end + 1);
        return isCjk(left) || isCjk(right);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'-' && c != u'—')
            continue;
        qsizetype end = i + 1;
        while (end < text.size() && text[end] == c)
            ++end;
        const qsizetype length = end - i;
        const qsizetype start = i;
        i = end - 1;
        const bool wrong = c == u'-' ? length >= 2 : length != 2;
        if (wrong && chineseAround(start, end) && !verbatim.overlaps(start, end))
            context.report(QStringLiteral("dash"), start, length, message, replacement);
    }
}

} // namespace PortalDesk::LintRules
