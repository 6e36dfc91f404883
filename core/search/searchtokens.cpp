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

void appendUnits(FoldedText &out, QStringView text, qsizetype at, qsizetype units)
{
    for (qsizetype k = 0; k < units; ++k) {
        out.text.append(text[at + k]);
        out.origin.append(at + k);
    }
}

// OpenCC converts phrase by phrase; nearly always one unit for one unit. When a
// conversion changes the length, each CJK run is converted on its own and its
// offsets are spread over the run, so highlights stay inside the right run.
FoldedText toOneScript(const FoldedText &folded)
{
    auto whole = ScriptConverter::toSimplified(folded.text);
    if (!whole)
        return folded; // no OpenCC data: search still works, one script at a time
    if (whole->size() == folded.text.size()) {
        FoldedText out = folded;
        out.text = *whole;
        return out;
    }
    FoldedText out;
    const QString &text = folded.text;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isCjkLetter(codePointAt(text, i))) {
            out.text.append(text[i]);
            out.origin.append(folded.origin.at(i));
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isCjkLetter(codePointAt(text, end)))
            end += unitsOf(codePointAt(text, end));
        const QStringView run = QStringView(text).sliced(i, end - i);
        auto converted = ScriptConverter::toSimplified(run);
        const QString piece = converted ? *converted : run.toString();
        for (qsizetype k = 0; k < piece.size(); ++k) {
            out.text.append(piece[k]);
            out.origin.append(folded.origin.at(i + k * run.size() / piece.size()));
        }
        i = end;
    }
    out.origin.append(folded.origin.constLast());
    return out;
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
    bool cjk = false;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = codePointAt(text, i);
        const qsizetype units = c > 0xFFFF ? 2 : 1;
        if (c < 0x80) {
            out.text.append(QChar(char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c)));
            out.origin.append(i);
        } else if (isHan(c) && !isCompatibilityIdeograph(c)) {
            cjk = true;
            appendUnits(out, text, i, units);
        } else {
            const QString &folded = foldCodePoint(c);
            for (const QChar unit : folded) {
                out.text.append(unit);
                out.origin.append(i);
            }
            cjk = cjk || isCjk(c);
        }
        i += units;
    }
    out.origin.append(text.size());
    return cjk ? toOneScript(out) : out;
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
