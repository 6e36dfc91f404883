#include "core/text/paragraphs.h"

#include <algorithm>

namespace PortalDesk::Paragraphs {

namespace {

bool isFence(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~");
}

} // namespace

QList<int> starts(const QString &text)
{
    QList<int> found;
    bool inParagraph = false;
    bool inFence = false;
    int number = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const bool blank = line.trimmed().isEmpty();
        if (inFence) {
            if (isFence(line))
                inFence = inParagraph = false; // what follows the fence starts anew
        } else if (isFence(line)) {
            found.append(number); // a fence interrupts a paragraph
            inFence = inParagraph = true;
        } else if (!blank && !inParagraph) {
            found.append(number);
            inParagraph = true;
        } else if (blank) {
            inParagraph = false;
        }
        ++number;
    }
    return found;
}

int atLine(const QList<int> &starts, int line)
{
    const auto after = std::upper_bound(starts.begin(), starts.end(), line);
    return std::max<int>(0, int(after - starts.begin()) - 1);
}

} // namespace PortalDesk::Paragraphs
