#include "core/text/segmenter.h"

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace PortalDesk {

namespace {

// ICU break iterators keep the current text and position, so each thread has its own.
icu::BreakIterator *wordIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale("zh", "HK"), status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return iterator.get();
}

// Binds `text` to the thread's iterator without copying; null when ICU failed.
class BoundIterator
{
public:
    explicit BoundIterator(QStringView text)
    {
        m_iterator = wordIterator();
        if (!m_iterator)
            return;
        UErrorCode status = U_ZERO_ERROR;
        m_text
            = utext_openUChars(nullptr, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
        if (U_SUCCESS(status))
            m_iterator->setText(m_text, status);
        if (U_FAILURE(status))
            m_iterator = nullptr;
    }
    ~BoundIterator()
    {
        if (m_text)
            utext_close(m_text);
    }
    BoundIterator(const BoundIterator &) = delete;
    BoundIterator &operator=(const BoundIterator &) = delete;

    icu::BreakIterator *operator->() const { return m_iterator; }
    explicit operator bool() const { return m_iterator != nullptr; }

private:
    icu::BreakIterator *m_iterator = nullptr;
    UText *m_text = nullptr;
};

// Without ICU: runs of letters and digits.
QList<TextRange> fallbackRanges(QStringView text)
{
    QList<TextRange> ranges;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool word = i < text.size() && (text[i].isLetterOrNumber() || text[i].isSurrogate());
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            ranges.append({ start, i - start });
            start = -1;
        }
    }
    return ranges;
}

} // namespace

QList<TextRange> Segmenter::wordRanges(QStringView text)
{
    BoundIterator it(text);
    if (!it)
        return fallbackRanges(text);
    QList<TextRange> ranges;
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        // Rule status below UBRK_WORD_NONE_LIMIT: spaces and punctuation.
        if (it->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
            ranges.append({ start, end - start });
    }
    return ranges;
}

QStringList Segmenter::words(QStringView text)
{
    QStringList words;
    const QList<TextRange> ranges = wordRanges(text);
    words.reserve(ranges.size());
    for (const TextRange &range : ranges)
        words.append(text.sliced(range.start, range.length).toString());
    return words;
}

qsizetype Segmenter::boundaryBefore(QStringView text, qsizetype position)
{
    if (position >= text.size())
        return text.size();
    if (position <= 0)
        return 0;
    BoundIterator it(text);
    if (!it)
        return position;
    if (it->isBoundary(int32_t(position)))
        return position;
    const int32_t before = it->preceding(int32_t(position));
    return before == icu::BreakIterator::DONE ? 0 : before;
}

} // namespace PortalDesk
