#include "core/search/searchtokens.h"

#include "core/text/charscript.h"
#include "core/text/scriptconverter.h"
#include "core/text/segmenter.h"

#include <QHash>

namespace PortalDesk {

namespace {

using namespace CharScript;

bool isCompatibilityIdeograph(char32_t c)
{
    return (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

// NFKC then case folding of one code point. Per code point because the original
// offsets must survive; the text arrives NFC from the normaliser, so no composition is lost.
const QString &foldCodePoint(char32_t c)
{
    thread_local QHash<char32_t, QString> cache;
    auto it = cache.constFind(c);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() > 8192)
        cache.clear();
    const char32_t units[] = { c };
    const QString folded
        = QString::fromUcs4(units, 1).normalized(QString::NormalizationForm_KC).toCaseFolded();
    return *cache.insert(c, folded);
}

// The Simplified form of one Han character, asked of OpenCC once per thread and character.
// Character by character on purpose: index and query fold alike, offsets stay one to
// one, and the cost is a hash lookup instead of a dictionary walk per text. Where
// OpenCC's phrase tables would pick differently (乾隆 → 乾隆, 乾燥 → 干燥), both sides
// still meet on the same character.
char32_t simplifiedOf(char32_t c)
{
    thread_local QHash<char32_t, char32_t> cache;
    auto it = cache.constFind(c);
    if (it != cache.constEnd())
        return *it;
    const char32_t units[] = { c };
    char32_t simplified = c;
    if (auto converted = ScriptConverter::toSimplified(QString::fromUcs4(units, 1))) {
        const QList<uint> points = converted->toUcs4();
        if (points.size() == 1)
            simplified = points.constFirst();
    }
    cache.insert(c, simplified);
    return simplified;
}

void appendCodePoint(FoldedText &out, char32_t c, qsizetype origin)
{
    if (c > 0xFFFF) {
        out.text.append(QChar(QChar::highSurrogate(c)));
        out.text.append(QChar(QChar::lowSurrogate(c)));
        out.origin.append(origin);
        out.origin.append(origin);
    } else {
        out.text.append(QChar(char16_t(c)));
        out.origin.append(origin);
    }
}

enum class Class { None, Cjk, Word };

Class classOf(char32_t c)
{
    if (isCjkLetter(c))
        return Class::Cjk;
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return Class::Word;
    return Class::None;
}

void appendGrams(QStringList &grams, const QString &run)
{
    const QList<uint> points = run.toUcs4();
    if (points.isEmpty())
        return;
    auto of = [&](qsizetype k, qsizetype n) {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + k, n);
    };
    for (qsizetype k = 0; k + 1 < points.size(); ++k)
        grams.append(of(k, 2));
    grams.append(of(points.size() - 1, 1));
}

} // namespace

FoldedText SearchTokens::fold(QStringView text)
{
    FoldedText out;
    out.text.reserve(text.size());
    out.origin.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = codePointAt(text, i);
        const qsizetype units = c > 0xFFFF ? 2 : 1;
        if (c < 0x80) {
            out.text.append(QChar(char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c)));
            out.origin.append(i);
        } else if (isHan(c) && !isCompatibilityIdeograph(c)) {
            appendCodePoint(out, simplifiedOf(c), i);
        } else {
            const QString &folded = foldCodePoint(c);
            if (folded.size() == 1 && !isHan(folded.at(0).unicode())) {
                out.text.append(folded.at(0));
                out.origin.append(i);
                i += units;
                continue;
            }
            const QList<uint> points = folded.toUcs4();
            for (const uint point : points)
                appendCodePoint(out, isHan(point) ? simplifiedOf(point) : char32_t(point), i);
        }
        i += units;
    }
    out.origin.append(text.size());
    return out;
}

QList<SearchToken> SearchTokens::tokens(QStringView foldedText)
{
    QList<SearchToken> tokens;
    for (const TextRange &range : Segmenter::wordRanges(foldedText)) {
        qsizetype i = range.start;
        while (i < range.end()) {
            const char32_t c = codePointAt(foldedText, i);
            const Class kind = classOf(c);
            qsizetype end = i + unitsOf(c);
            if (kind == Class::None) {
                i = end;
                continue;
            }
            while (end < range.end() && classOf(codePointAt(foldedText, end)) == kind)
                end += unitsOf(codePointAt(foldedText, end));
            tokens.append(
                SearchToken { foldedText.sliced(i, end - i).toString(), i, end, kind == Class::Cjk });
            i = end;
        }
    }
    return tokens;
}

QString SearchTokens::wordsValue(const QList<SearchToken> &tokens)
{
    QString value;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i > 0)
            value.append(tokens.at(i).start == tokens.at(i - 1).end ? u' ' : u'\n');
        value.append(tokens.at(i).text);
    }
    return value;
}

QString SearchTokens::gramsValue(QStringView wordsValue)
{
    QStringList grams;
    for (const QStringView line : wordsValue.split(u'\n')) {
        QString run;
        for (const QStringView token : line.split(u' ')) {
            if (isCjkToken(token)) {
                run.append(token);
                continue;
            }
            appendGrams(grams, run);
            run.clear();
        }
        appendGrams(grams, run);
    }
    return grams.join(u' ');
}

QStringList SearchTokens::bigrams(QStringView cjkRun)
{
    QStringList grams;
    appendGrams(grams, cjkRun.toString());
    if (grams.size() > 1)
        grams.removeLast(); // a query run must not end where the text's run ends
    return grams;
}

bool SearchTokens::isCjkToken(QStringView token)
{
    return !token.isEmpty() && isCjkLetter(codePointAt(token, 0));
}

} // namespace PortalDesk
