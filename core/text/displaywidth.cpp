#include "core/text/displaywidth.h"

#include "core/text/charscript.h"

#include <unicode/uchar.h>

namespace PortalDesk {

int DisplayWidth::of(char32_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return 1;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 0;
    if (CharScript::isCjk(c))
        return 2;
    if ((c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF
        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return 0;
    const int category = u_charType(UChar32(c));
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK)
        return 0;
    const int eaw = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
    return (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
}

qsizetype DisplayWidth::of(QStringView text)
{
    qsizetype width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = CharScript::codePointAt(text, i);
        width += of(c);
        if (c > 0xFFFF)
            ++i;
    }
    return width;
}

qsizetype DisplayWidth::fit(QStringView text, qsizetype columns)
{
    qsizetype width = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const char32_t c = CharScript::codePointAt(text, i);
        width += of(c);
        if (width > columns)
            break;
        i += CharScript::unitsOf(c);
    }
    return i;
}

} // namespace PortalDesk
