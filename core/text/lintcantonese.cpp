// word.cantonese: colloquial Cantonese in Chinese text. Hong Kong readers of the 繁
// edition take 睇, 嘅 and 咗 in their stride (promos such as「► 即睇」are house style), but
// the 简 edition is the same words in Simplified characters, read by people who write
// standard Chinese: to them 「佢哋冇嚟」 is dialect. The rule names the written-Chinese
// word where one is clear and never fixes anything itself: Fix All must not rewrite the
// 繁 edition's wording, and 佢 is 他 or 她 only a person knows. The cure is either to
// reword or to give the 简 edition its own text (articles and promos both have one).
//
// Only words that are Cantonese wherever they stand are listed. 係 is left out (關係,
// 係數), as are 仲 alone (仲裁, 仲夏), 而家 (而家長), 聽日 (打聽日本), 囉 (囉嗦), 靚 alone
// (靚麗) and 返工 (rework in Mandarin); 俾 counts but not in 俾斯麥. 點解 and 邊個 count
// only at the start of a clause (重點解讀, 身邊個別), and 唔 not as an interjection
// before punctuation (「唔，好吧」).
//
// Inside a quotation (「」『』“”) Cantonese is what the speaker said, which Hong Kong
// papers print as said: such findings are notes, not warnings.
#include "core/text/charscript.h"
#include "core/text/lintrules.h"
#include "core/text/scriptconverter.h"

#include <QCoreApplication>
#include <QHash>

namespace PortalDesk::LintRules {

namespace {

using namespace CharScript;

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Lint", text);
}

enum class Where {
    Anywhere,
    ClauseStart, // after the start, punctuation or anything but a Han character
    BeforeWords, // not followed by punctuation (唔 as an interjection)
};

struct Word
{
    const char16_t *cantonese; // as a zh-Hant-HK text writes it
    const char16_t *written; // written Chinese; empty: a particle to drop
    Where where = Where::Anywhere;
    const char16_t *notBefore = u""; // characters after which it is standard (俾斯麥)
};

// Longer words come first where they share a first character, so 佢哋 wins over 佢.
constexpr Word words[] = {
    { u"佢哋", u"他們" },
    { u"我哋", u"我們" },
    { u"你哋", u"你們" },
    { u"哋", u"們" },
    { u"佢", u"他／她" },
    { u"嘅", u"的" },
    { u"咗", u"了" },
    { u"喺", u"在" },
    { u"唔係", u"不是" },
    { u"唔該", u"謝謝／麻煩" },
    { u"唔好", u"不要" },
    { u"唔使", u"不用" },
    { u"唔", u"不", Where::BeforeWords },
    { u"有冇", u"有沒有" },
    { u"冇", u"沒有" },
    { u"乜嘢", u"甚麼" },
    { u"嘢", u"東西" },
    { u"嚟", u"來" },
    { u"啲", u"些／一點" },
    { u"咁", u"這麼／那麼" },
    { u"噉", u"這樣" },
    { u"嗰個", u"那個" },
    { u"嗰度", u"那裏" },
    { u"嗰", u"那" },
    { u"呢個", u"這個" },
    { u"呢度", u"這裏" },
    { u"呢排", u"最近" },
    { u"即係", u"即是" },
    { u"真係", u"真是" },
    { u"係唔係", u"是不是" },
    { u"係咪", u"是不是" },
    { u"點解", u"為甚麼", Where::ClauseStart },
    { u"點樣", u"怎樣", Where::ClauseStart },
    { u"邊個", u"誰", Where::ClauseStart },
    { u"邊度", u"哪裏", Where::ClauseStart },
    { u"靚仔", u"帥哥" },
    { u"靚女", u"美女" },
    { u"琴日", u"昨天" },
    { u"畀", u"給" },
    { u"俾", u"給", Where::Anywhere, u"斯" },
    { u"仲有", u"還有" },
    { u"仲係", u"還是" },
    { u"仲未", u"還沒有" },
    { u"鍾意", u"喜歡" },
    { u"揸", u"拿／駕駛" },
    { u"攞", u"拿" },
    { u"搵", u"找" },
    { u"諗", u"想" },
    { u"瞓", u"睡" },
    { u"啱", u"對／剛" },
    { u"嘥", u"浪費" },
    { u"攰", u"累" },
    { u"睇", u"看" },
    { u"咩", u"甚麼" },
    { u"㗎", u"" },
    { u"喎", u"" },
    { u"啩", u"" },
    { u"嘞", u"" },
    { u"啫", u"" },
};

struct Entry
{
    QString text; // as the text to check writes it
    QString written;
    Where where;
    QString notBefore;
};

// The words as a text in `language` writes them, by first UTF-16 unit, longest first.
using Table = QHash<QChar, QList<Entry>>;

Table makeTable(Language language)
{
    Table table;
    for (const Word &word : words) {
        Entry entry { QString::fromUtf16(word.cantonese), QString::fromUtf16(word.written), word.where,
            QString::fromUtf16(word.notBefore) };
        if (language == Language::ZhHans) {
            // Simplified text writes some of them otherwise (邊個 → 边个, 搵 → 揾).
            entry.text = ScriptConverter::toSimplified(entry.text).value_or(entry.text);
            entry.written = ScriptConverter::toSimplified(entry.written).value_or(entry.written);
        }
        table[entry.text.front()].append(entry);
    }
    for (QList<Entry> &entries : table) {
        std::stable_sort(entries.begin(), entries.end(),
            [](const Entry &a, const Entry &b) { return a.text.size() > b.text.size(); });
    }
    return table;
}

const Table &tableFor(Language language)
{
    static const Table traditional = makeTable(Language::ZhHantHK);
    static const Table simplified = makeTable(Language::ZhHans);
    return language == Language::ZhHans ? simplified : traditional;
}

bool isOpeningQuote(QChar c)
{
    return c == u'「' || c == u'『' || c == u'“';
}

bool isClosingQuote(QChar c)
{
    return c == u'」' || c == u'』' || c == u'”';
}

bool isPunctuation(char32_t c)
{
    return c == 0 || isCjkPunctuation(c) || (c < 0x80 && QChar::isPunct(c)) || QChar::isSpace(c);
}

bool fits(QStringView text, qsizetype at, const Entry &entry)
{
    if (!text.sliced(at).startsWith(entry.text))
        return false;
    const qsizetype after = at + entry.text.size();
    if (after < text.size() && entry.notBefore.contains(text[after]))
        return false;
    switch (entry.where) {
    case Where::ClauseStart:
        return !isHan(codePointBefore(text, at));
    case Where::BeforeWords:
        return !isPunctuation(codePointAfter(text, at + entry.text.size()));
    case Where::Anywhere:
        break;
    }
    return true;
}

} // namespace

void cantonese(Context &context)
{
    if (!context.chinese())
        return;
    const Table &table = tableFor(context.options().language);
    const QStringView text = context.text();
    Verbatim::Cursor verbatim(context.verbatim());
    int quoteDepth = 0; // quotations do not run on past the end of a paragraph
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c == u'\n')
            quoteDepth = 0;
        else if (isOpeningQuote(c))
            ++quoteDepth;
        else if (isClosingQuote(c) && quoteDepth > 0)
            --quoteDepth;
        const auto candidates = table.constFind(c);
        if (candidates == table.cend() || verbatim.contains(i)) {
            ++i;
            continue;
        }
        const auto entry = std::find_if(candidates->cbegin(), candidates->cend(),
            [&](const Entry &candidate) { return fits(text, i, candidate); });
        if (entry == candidates->cend()) {
            ++i;
            continue;
        }
        const QString instead = entry->written.isEmpty() ? tr("leave the particle out")
                                                         : tr("written Chinese has “%1”").arg(entry->written);
        if (quoteDepth > 0) {
            context.report(QStringLiteral("word.cantonese"), i, entry->text.size(),
                tr("Cantonese “%1” in a quotation: normal for words as spoken, but the 简 edition's readers "
                   "will read it as Cantonese; %2, or give the 简 edition its own text")
                    .arg(entry->text, instead),
                std::nullopt, -1, LintSeverity::Note);
        } else {
            context.report(QStringLiteral("word.cantonese"), i, entry->text.size(),
                tr("Cantonese “%1”: the 简 edition's readers will read it as Cantonese; %2, or give the 简 "
                   "edition its own text")
                    .arg(entry->text, instead),
                std::nullopt, -1, LintSeverity::Warning);
        }
        i += entry->text.size();
    }
}

} // namespace PortalDesk::LintRules
