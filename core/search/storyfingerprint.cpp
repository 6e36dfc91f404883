#include "core/search/storyfingerprint.h"

#include "core/search/searchtokens.h"
#include "core/text/charscript.h"

#include <QtEndian>
#include <algorithm>

namespace PortalDesk {

namespace {

using CharScript::codePointAt;

// The hash of a token, and of a shingle from its tokens' hashes: FNV-1a, then a
// finaliser (SplitMix64's) so that the low and high bits are equally mixed, as the
// bottom-k sketch needs. Fixed here, not qHash, whose seed and algorithm may change
// with Qt while sketches stay in the database.
constexpr quint64 fnvOffset = 14695981039346656037ULL;
constexpr quint64 fnvPrime = 1099511628211ULL;

quint64 mix(quint64 h)
{
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBULL;
    h ^= h >> 31;
    return h;
}

quint64 feed(quint64 h, quint64 value)
{
    for (int shift = 0; shift < 64; shift += 8) {
        h ^= (value >> shift) & 0xFF;
        h *= fnvPrime;
    }
    return h;
}

// The tokens of a folded text, each as a hash.
QList<quint64> tokenHashes(QStringView folded)
{
    QList<quint64> tokens;
    quint64 word = fnvOffset;
    bool inWord = false;
    const auto endWord = [&] {
        if (inWord)
            tokens.append(word);
        word = fnvOffset;
        inWord = false;
    };
    for (qsizetype i = 0; i < folded.size(); i += CharScript::unitsOf(codePointAt(folded, i))) {
        const char32_t c = codePointAt(folded, i);
        if (CharScript::isCjkLetter(c)) {
            endWord();
            tokens.append(feed(fnvOffset, c));
        } else if (QChar::isLetterOrNumber(c)) {
            word = feed(word, c);
            inWord = true;
        } else {
            endWord();
        }
    }
    endWord();
    return tokens;
}

} // namespace

QList<quint64> StoryFingerprint::shingles(QStringView text)
{
    const QList<quint64> tokens = tokenHashes(SearchTokens::fold(text).text);
    QList<quint64> out;
    if (tokens.isEmpty())
        return out;
    const qsizetype count = std::max<qsizetype>(1, tokens.size() - ShingleLength + 1);
    out.reserve(count);
    for (qsizetype start = 0; start < count; ++start) {
        quint64 h = fnvOffset;
        for (qsizetype k = start; k < std::min<qsizetype>(tokens.size(), start + ShingleLength); ++k)
            h = feed(h, tokens.at(k));
        out.append(mix(h));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double StoryFingerprint::similarity(const QList<quint64> &a, const QList<quint64> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    qsizetype shared = 0;
    for (auto i = a.cbegin(), j = b.cbegin(); i != a.cend() && j != b.cend();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return double(shared) / double(a.size() + b.size() - shared);
}

QList<quint64> StoryFingerprint::sketch(const QList<quint64> &shingles)
{
    return shingles.mid(0, SketchSize); // shingles() keeps them ascending
}

double StoryFingerprint::estimate(const QList<quint64> &a, const QList<quint64> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    // The smallest hashes of the union stand for a random sample of it; the share of that
    // sample both texts hold is the estimate.
    QList<quint64> sample;
    std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(sample));
    sample.resize(std::min<qsizetype>(sample.size(), SketchSize));
    qsizetype both = 0;
    for (const quint64 h : std::as_const(sample)) {
        if (std::binary_search(a.cbegin(), a.cend(), h) && std::binary_search(b.cbegin(), b.cend(), h))
            ++both;
    }
    return double(both) / double(sample.size());
}

QByteArray StoryFingerprint::pack(const QList<quint64> &sketch)
{
    QByteArray bytes(sketch.size() * 8, Qt::Uninitialized);
    for (qsizetype i = 0; i < sketch.size(); ++i)
        qToLittleEndian(sketch.at(i), bytes.data() + i * 8);
    return bytes;
}

QList<quint64> StoryFingerprint::unpack(const QByteArray &bytes)
{
    QList<quint64> sketch;
    sketch.reserve(bytes.size() / 8);
    for (qsizetype at = 0; at + 8 <= bytes.size(); at += 8)
        sketch.append(qFromLittleEndian<quint64>(bytes.constData() + at));
    std::sort(sketch.begin(), sketch.end()); // a damaged value must not break estimate()
    return sketch;
}

} // namespace PortalDesk
