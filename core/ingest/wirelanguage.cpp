#include "core/ingest/wirelanguage.h"

#include "core/text/charscript.h"
#include "core/text/scriptvariants.h"

namespace PortalDesk {

namespace {

// A sample this long decides as well as the whole of a 10 MB paste would.
constexpr qsizetype SampleUnits = 200'000;

} // namespace

Language WireLanguage::detect(QStringView text)
{
    const QStringView sample = text.left(SampleUnits);
    qsizetype han = 0, latin = 0, simplifiedOnly = 0, traditionalOnly = 0;
    for (qsizetype i = 0; i < sample.size();) {
        const char32_t c = CharScript::codePointAt(sample, i);
        i += CharScript::unitsOf(c);
        if (CharScript::isHan(c)) {
            ++han;
            simplifiedOnly += ScriptVariants::isSimplifiedOnly(c) ? 1 : 0;
            traditionalOnly += ScriptVariants::isTraditionalOnly(c) ? 1 : 0;
        } else if (CharScript::isLatinLetter(c)) {
            ++latin;
        }
    }
    // One Han character carries about as much as a short English word (four or five letters).
    if (han == 0 || han * 4 < latin)
        return Language::En;
    return simplifiedOnly > traditionalOnly ? Language::ZhHans : Language::ZhHantHK;
}

} // namespace PortalDesk
