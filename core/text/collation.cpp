#include "core/text/collation.h"

#include <algorithm>
#include <array>
#include <memory>
#include <unicode/coll.h>

namespace PortalDesk {

namespace {

icu::Collator *collatorFor(Language language)
{
    // ICU collators are not for concurrent use; one set per thread.
    thread_local std::array<std::unique_ptr<icu::Collator>, 3> collators;
    const auto index = std::size_t(language);
    if (!collators[index]) {
        const char *tag = language == Language::ZhHantHK ? "zh_Hant_HK@collation=stroke"
            : language == Language::ZhHans               ? "zh_Hans@collation=pinyin"
                                                         : "en";
        UErrorCode status = U_ZERO_ERROR;
        collators[index].reset(icu::Collator::createInstance(icu::Locale(tag), status));
        if (U_FAILURE(status))
            collators[index].reset();
    }
    return collators[index].get();
}

} // namespace

int Collation::compare(QStringView a, QStringView b, Language language)
{
    icu::Collator *collator = collatorFor(language);
    if (!collator)
        return a.compare(b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = collator->compare(reinterpret_cast<const UChar *>(a.utf16()),
        int32_t(a.size()), reinterpret_cast<const UChar *>(b.utf16()), int32_t(b.size()), status);
    if (U_FAILURE(status))
        return a.compare(b);
    return int(result);
}

void Collation::sort(QStringList &list, Language language)
{
    std::stable_sort(list.begin(), list.end(),
        [language](const QString &a, const QString &b) { return compare(a, b, language) < 0; });
}

} // namespace PortalDesk
