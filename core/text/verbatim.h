#pragma once

// Verbatim runs: the parts of an article that typography tools must leave exactly as
// written — URLs, Markdown link destinations and autolinks, code spans and fenced code.
// Conversion skips them; lint never reports inside them.

#include <QList>
#include <QStringView>

namespace PortalDesk {

struct TextRange
{
    qsizetype start = 0; // UTF-16 index
    qsizetype length = 0; // UTF-16 units
    qsizetype end() const { return start + length; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

class Verbatim
{
public:
    enum class Kind {
        Url, // a bare URL or an autolink's <…> content
        LinkTarget, // a Markdown link or image destination, with its parentheses
        Code, // a code span or a fenced code block
    };
    struct Run
    {
        TextRange range;
        Kind kind;
    };

    // Sorted, non-overlapping ranges of `text` to leave untouched.
    static QList<TextRange> find(QStringView text);

    // The same, with what each range is.
    static QList<Run> runs(QStringView text);

    // Walks a sorted range list alongside an increasing position.
    class Cursor
    {
    public:
        explicit Cursor(const QList<TextRange> &ranges)
            : m_ranges(ranges)
        { }
        // True when `position` lies inside a range; positions must not decrease.
        bool contains(qsizetype position)
        {
            while (m_index < m_ranges.size() && m_ranges[m_index].end() <= position)
                ++m_index;
            return m_index < m_ranges.size() && m_ranges[m_index].start <= position;
        }
        // True when any unit of [start, end) lies inside a range.
        bool overlaps(qsizetype start, qsizetype end)
        {
            while (m_index < m_ranges.size() && m_ranges[m_index].end() <= start)
                ++m_index;
            return m_index < m_ranges.size() && m_ranges[m_index].start < end;
        }

    private:
        const QList<TextRange> &m_ranges;
        qsizetype m_index = 0;
    };
};

} // namespace PortalDesk
