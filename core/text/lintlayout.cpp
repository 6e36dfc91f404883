// Character, spacing and layout rules: script.mixed, para.duplicate, char.invisible,
// space.cjk-latin, width.limit, image.offsite.
#include "core/text/charscript.h"
#include "core/text/displaywidth.h"
#include "core/text/lintrules.h"
#include "core/text/scriptconverter.h"
#include "core/text/scriptvariants.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace PortalDesk::LintRules {

namespace {

using namespace CharScript;

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Lint", text);
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QChar(u'0')).toUpper();
}

bool isInvisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
}

bool isBidiControl(char32_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

// Emoji and pictographs, which a zero-width joiner legitimately glues together (👨‍👩‍👧).
bool isPictograph(char32_t c)
{
    return c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F;
}

// A repeated line is flagged once it holds this many words, a Chinese character counting
// as one: a doubled caption of a few characters is a slip, while separators (* * *), end
// marks (（完）), labels and navigation (強化版, Photo, Read more) legitimately recur.
constexpr qsizetype DuplicateMinimumWords = 4;

qsizetype wordsIn(QStringView line)
{
    qsizetype words = 0;
    bool inLatinWord = false;
    for (qsizetype i = 0; i < line.size(); i += unitsOf(codePointAt(line, i))) {
        const char32_t c = codePointAt(line, i);
        if (isCjkLetter(c)) {
            ++words;
            inLatinWord = false;
        } else if (isLatinOrDigit(c)) {
            if (!inLatinWord)
                ++words;
            inLatinWord = true;
        } else if (c != u'\'' && c != u'’' && c != u'-') {
            inLatinWord = false; // China’s and well-known are one word each
        }
    }
    return words;
}

} // namespace

void mixedScript(Context &context)
{
    if (!context.chinese())
        return;
    const bool traditional = context.options().language == Language::ZhHantHK;
    const Language from = traditional ? Language::ZhHans : Language::ZhHantHK;
    const QString message = traditional ? tr("Simplified character %1 in Traditional text: use %2")
                                        : tr("Traditional character %1 in Simplified text: use %2");
    const QStringView text = context.text();
    Verbatim::Cursor verbatim(context.verbatim());
    qsizetype i = 0;
    while (i < text.size()) {
        // One run of Han characters at a time, converted as a phrase when it needs it.
        if (!isHan(codePointAt(text, i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        QList<qsizetype> wrong;
        while (i < text.size()) {
            const char32_t c = codePointAt(text, i);
            if (!isHan(c))
                break;
            if ((traditional ? ScriptVariants::isSimplifiedOnly(c) : ScriptVariants::isTraditionalOnly(c))
                && !verbatim.contains(i))
                wrong.append(i);
            i += unitsOf(c);
        }
        if (wrong.isEmpty())
            continue;
        const QStringView run = text.sliced(start, i - start);
        // Through the other script and back, so phrases decide: 頭发 → 头发 → 頭髮, not 頭發.
        const Language language = context.options().language;
        const Result<QString> other = ScriptConverter::convert(run, language, from);
        const QString converted
            = other ? ScriptConverter::convert(*other, from, language).value_or(QString()) : QString();
        for (qsizetype position : std::as_const(wrong)) {
            const qsizetype units = unitsOf(codePointAt(text, position));
            QString replacement;
            if (converted.size() == run.size())
                replacement = converted.sliced(position - start, units);
            else
                replacement
                    = ScriptConverter::convert(text.sliced(position, units), from, context.options().language)
                          .value_or(QString());
            const QStringView original = text.sliced(position, units);
            const bool fixable = !replacement.isEmpty() && replacement != original;
            context.report(QStringLiteral("script.mixed"), position, units,
                message.arg(original, fixable ? replacement : QStringLiteral("?")),
                fixable ? std::optional<QString>(replacement) : std::nullopt);
        }
    }
}

void duplicateParagraphs(Context &context)
{
    const QStringView text = context.text();
    Verbatim::Cursor verbatim(context.verbatim());
    QHash<QStringView, qsizetype> seen; // paragraph text → its line number
    qsizetype lineNumber = 0;
    for (qsizetype start = 0; start <= text.size();) {
        ++lineNumber;
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView paragraph = text.sliced(start, end - start).trimmed();
        if (!paragraph.isEmpty() && !verbatim.contains(start)
            && wordsIn(paragraph) >= DuplicateMinimumWords) {
            if (const auto first = seen.constFind(paragraph); first != seen.cend()) {
                // The fix removes the line with the break before it (a repeat is never line 1),
                // so repeats on consecutive lines never overlap.
                context.report(QStringLiteral("para.duplicate"), start - 1, end - start + 1,
                    tr("Paragraph repeats line %1").arg(*first), QString(), start);
            } else {
                seen.insert(paragraph, lineNumber);
            }
        }
        start = end + 1;
    }
}

void invisibleCharacters(Context &context)
{
    const QStringView text = context.text();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x061C || (u > 0x061C && u < 0x200B) || (u > 0x206F && u != 0xFEFF))
            continue;
        const char32_t c = u;
        if (!isInvisible(c))
            continue;
        if (c == 0x200D && isPictograph(codePointBefore(text, i))
            && isPictograph(codePointAfter(text, i + 1)))
            continue;
        const QString message
            = isBidiControl(c) ? tr("Invisible bidirectional control %1") : tr("Invisible character %1");
        context.report(QStringLiteral("char.invisible"), i, 1, message.arg(codePointName(c)), QString());
    }
}

void cjkLatinSpacing(Context &context)
{
    if (!context.chinese())
        return;
    const QStringView text = context.text();
    Verbatim::Cursor verbatim(context.verbatim());
    const bool pangu = context.options().spacing == CjkLatinSpacing::Pangu;
    const QString message = pangu ? tr("House style: one space between Chinese and Latin text")
                                  : tr("House style: no space between Chinese and Latin text");
    auto boundary = [](char32_t left, char32_t right) {
        return (isCjkLetter(left) && isLatinOrDigit(right)) || (isLatinOrDigit(left) && isCjkLetter(right));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u' ' || c == 0x00A0) {
            qsizetype end = i + 1;
            while (end < text.size() && (text[end] == u' ' || text[end] == QChar(0x00A0)))
                ++end;
            const qsizetype start = i;
            i = end - 1;
            if (!boundary(codePointBefore(text, start), codePointAfter(text, end))
                || verbatim.overlaps(start, end))
                continue;
            if (pangu && end - start == 1 && c == u' ')
                continue;
            context.report(QStringLiteral("space.cjk-latin"), start, end - start, message,
                pangu ? QStringLiteral(" ") : QString());
        } else if (pangu && i > 0 && boundary(codePointBefore(text, i), codePointAt(text, i))
            && !(verbatim.contains(i - 1) && verbatim.contains(i))) {
            context.report(QStringLiteral("space.cjk-latin"), i, 0, message, QStringLiteral(" "));
        }
    }
}

void widthLimit(Context &context)
{
    const qsizetype limit = context.options().widthLimit;
    if (limit <= 0)
        return;
    const QStringView text = context.text();
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.sliced(start, end - start);
        if (const qsizetype width = DisplayWidth::of(line); width > limit) {
            const qsizetype cut = DisplayWidth::fit(line, limit);
            context.report(QStringLiteral("width.limit"), start + cut, line.size() - cut,
                tr("Line is %1 columns wide; the limit is %2").arg(width).arg(limit), std::nullopt);
        }
        start = end + 1;
    }
}

void offsiteImage(Context &context)
{
    // ![alt](https://…): the exported page's CSP allows pictures from the portal only, so a
    // reader would see a broken image. The fix drops the "!", leaving a link to the picture
    // (what the export does anyway); attaching it as a photo is the better cure.
    static const QRegularExpression image(QStringLiteral(R"(!\[(?:[^\]\\\n]|\\.)*\]\(\s*<?(?:https?:)?//)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView text = context.text();
    QList<TextRange> code;
    for (const Verbatim::Run &run : Verbatim::runs(text)) {
        if (run.kind == Verbatim::Kind::Code)
            code.append(run.range);
    }
    Verbatim::Cursor inCode(code);
    for (auto it = image.globalMatch(text); it.hasNext();) {
        const qsizetype at = it.next().capturedStart();
        if (inCode.contains(at))
            continue;
        context.report(QStringLiteral("image.offsite"), at, 1,
            tr("Picture from another site: readers' browsers will block it. Attach it as a photo instead "
               "(the fix makes it a link)"),
            QString());
    }
}

} // namespace PortalDesk::LintRules
