#pragma once

// The text pipeline search shares between the index and the query, so both see the
// same tokens: NFKC and case folding, one script (Simplified, so 發展 and 发展 meet),
// ICU word segmentation, and for Chinese, Japanese and Korean runs overlapping
// character bigrams besides the words, so that a 1- or 2-character query finds text
// the dictionary segmented differently. Pure text in, text out: no SQL here.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace PortalDesk {

// Text after folding, with the way back to the original for highlighting.
struct FoldedText
{
    QString text;
    // origin[i] is the offset in the original text of folded unit i;
    // origin[text.size()] is the original's size.
    QList<qsizetype> origin;
};

struct SearchToken
{
    QString text;
    qsizetype start = 0; // UTF-16 offsets in the folded text
    qsizetype end = 0;
    bool cjk = false; // Han, kana or Hangul
};

class SearchTokens
{
public:
    static FoldedText fold(QStringView text);

    // ICU words of folded text, cut further into runs of CJK letters and runs of
    // other letters and digits; punctuation and symbols are dropped.
    static QList<SearchToken> tokens(QStringView foldedText);

    // The value indexed as words: the tokens separated by a space where they touch
    // in the text and by a line break where something came between them. Stored as is,
    // it is all the index needs to remove the document again.
    static QString wordsValue(const QList<SearchToken> &tokens);

    // The CJK bigram stream derived from a words value: for each run of touching CJK
    // tokens, its overlapping bigrams followed by its last character alone. The lone
    // character makes every character of the text the start of one gram, and keeps a
    // phrase of bigrams from matching across two runs.
    static QString gramsValue(QStringView wordsValue);

    // The bigrams a query's CJK run must appear as, in order (the character alone for
    // one character).
    static QStringList bigrams(QStringView cjkRun);

    static bool isCjkToken(QStringView token);
};

} // namespace PortalDesk
