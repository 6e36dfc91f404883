#include "core/text/sequencealign.h"

#include <vector>

namespace PortalDesk {

QList<qsizetype> alignSequences(const QStringList &a, const QStringList &b, qsizetype maxCells)
{
    QList<qsizetype> match(a.size(), -1);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix)) {
        match[prefix] = prefix;
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix)) {
        match[a.size() - 1 - suffix] = b.size() - 1 - suffix;
        ++suffix;
    }
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n == 0 || m == 0)
        return match;
    if ((n + 1) * (m + 1) > maxCells) {
        for (qsizetype i = prefix; n == m && i < prefix + n; ++i)
            match[i] = a.at(i) == b.at(i) ? i : -1;
        return match;
    }
    // lcs[i][j]: the longest common run of a[prefix + i..] and b[prefix + j..].
    std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> quint32 & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(prefix + i) == b.at(prefix + j) ? at(i + 1, j + 1) + 1
                                                            : std::max(at(i + 1, j), at(i, j + 1));
    }
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (a.at(prefix + i) == b.at(prefix + j)) {
            match[prefix + i] = prefix + j;
            ++i;
            ++j;
        } else if (at(i, j + 1) >= at(i + 1, j)) {
            ++j;
        } else {
            ++i;
        }
    }
    return match;
}

} // namespace PortalDesk
