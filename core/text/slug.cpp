#include "core/text/slug.h"

#include "core/text/charscript.h"

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace PortalDesk {

namespace {

bool hasHan(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (CharScript::isHan(CharScript::codePointAt(text, i)))
            return true;
    }
    return false;
}

// Transliterators are built once (Han-Latin takes a while) and used under a lock:
// slugs are made one at a time when an article is saved, never in a hot loop.
QString toAscii(QStringView text, bool pinyin)
{
    static QMutex mutex;
    static std::unique_ptr<icu::Transliterator> han;
    static std::unique_ptr<icu::Transliterator> latin;
    QMutexLocker lock(&mutex);
    std::unique_ptr<icu::Transliterator> &slot = pinyin ? han : latin;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(icu::Transliterator::createInstance(
            pinyin ? "Han-Latin; Latin-ASCII" : "Latin-ASCII", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            slot.reset();
    }
    if (!slot)
        return text.toString();
    // Han-Latin writes "30周年" as "30zhou nian": keep Han apart from its neighbours.
    QString spaced;
    spaced.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = CharScript::codePointAt(text, i);
        const bool han = CharScript::isHan(c);
        if (han)
            spaced += u' ';
        spaced += text.sliced(i, CharScript::unitsOf(c));
        if (han)
            spaced += u' ';
        i += CharScript::unitsOf(c) - 1;
    }
    icu::UnicodeString buffer(reinterpret_cast<const UChar *>(spaced.utf16()), int32_t(spaced.size()));
    slot->transliterate(buffer);
    return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
}

// Lowercase ASCII letters and digits; anything else separates words. In English an
// apostrophe joins (China's → chinas) instead of separating.
QStringList asciiWords(QStringView text, bool joinApostrophes)
{
    QStringList words;
    QString current;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (CharScript::isAsciiDigit(c) || CharScript::isAsciiLetter(c)) {
            current += QChar(c | (CharScript::isAsciiLetter(c) ? 0x20 : 0));
        } else if (joinApostrophes && (c == u'\'' || c == u'’') && !current.isEmpty()) {
            continue;
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QString join(const QStringList &words)
{
    QString slug;
    for (const QString &word : words) {
        if (slug.isEmpty()) {
            slug = word.left(Slug::MaxLength);
            if (word.size() > Slug::MaxLength)
                break;
        } else if (slug.size() + 1 + word.size() <= Slug::MaxLength) {
            slug += u'-' + word;
        } else {
            break;
        }
    }
    return slug;
}

} // namespace

QString Slug::make(QStringView text, Language language, QStringView fallbackId)
{
    const bool english = language == Language::En;
    QString slug = join(asciiWords(toAscii(text, hasHan(text)), english));
    if (slug.isEmpty())
        slug = join(asciiWords(toAscii(fallbackId, hasHan(fallbackId)), false));
    if (slug.isEmpty())
        slug = QStringLiteral("article");
    return slug;
}

bool Slug::isSafe(QStringView slug)
{
    if (slug.isEmpty() || slug.size() > MaxLength || slug.startsWith(u'-') || slug.endsWith(u'-'))
        return false;
    for (QChar ch : slug) {
        const char16_t c = ch.unicode();
        if (!(CharScript::isAsciiDigit(c) || (c >= u'a' && c <= u'z') || c == u'-'))
            return false;
    }
    return !slug.contains(u"--");
}

} // namespace PortalDesk
