#pragma once

// How alike two stories' texts are, for spotting wire copy that is already in the portal
// (issue 15). A text is folded as search folds it (NFKC, case folding, one script, so a
// Simplified release meets its zh-Hant-HK conversion) and read as tokens: each Han, kana or
// Hangul character alone, each run of other letters and digits as one word; punctuation,
// spaces and Markdown marks fall away. Overlapping runs of ShingleLength tokens are the
// story's shingles: three characters in Chinese, three words in English, either in mixed
// text. Similarity is the Jaccard index of two shingle sets: the share of all shingles
// that both texts hold.
//
// A sketch is the SketchSize smallest shingle hashes (a bottom-k MinHash), kept per
// article by the store, so a portal of thousands of articles is compared by reading a few
// hundred bytes each instead of every body; estimate() reads the Jaccard index off two
// sketches (within about ±0.1 at 0.5), and the few articles it singles out are then
// compared exactly.

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace PortalDesk {

class StoryFingerprint
{
public:
    static constexpr int ShingleLength = 3;
    static constexpr int SketchSize = 64;
    // Stored beside each sketch; raise it whenever the folding, the tokens, the shingles or
    // the hash change, and every stored sketch is made again.
    static constexpr int Scheme = 1;

    // The distinct shingle hashes of `text`, ascending. A text shorter than one shingle
    // gives its whole token run as its only shingle; an empty one gives none.
    static QList<quint64> shingles(QStringView text);
    // |A ∩ B| / |A ∪ B| of two lists from shingles(); 0 when either is empty.
    static double similarity(const QList<quint64> &a, const QList<quint64> &b);

    // The SketchSize smallest of `shingles` (all of them when there are fewer).
    static QList<quint64> sketch(const QList<quint64> &shingles);
    // The similarity of the two texts behind two sketches, estimated.
    static double estimate(const QList<quint64> &a, const QList<quint64> &b);

    // A sketch as stored: 8 bytes a hash, little-endian.
    static QByteArray pack(const QList<quint64> &sketch);
    static QList<quint64> unpack(const QByteArray &bytes);
};

} // namespace PortalDesk
