#include "core/content/translationdraft.h"

#include "core/text/charscript.h"

namespace PortalDesk {

bool fitsLanguage(const QString &text, Language language)
{
    if (text.trimmed().isEmpty())
        return true;
    bool han = false;
    for (char32_t c : text.toUcs4()) {
        if (CharScript::isHan(c)) {
            han = true;
            break;
        }
    }
    return isChinese(language) ? han : !han;
}

Article translationDraft(const Article &original, Language target, const QString &id)
{
    const auto kept = [target](const QString &text) { return fitsLanguage(text, target) ? text : QString(); };
    Article draft;
    draft.id = id;
    draft.language = target;
    draft.translationGroup = original.translationGroup;
    draft.section = original.section;
    draft.columns = original.columns;
    draft.originalLink = original.originalLink;
    draft.source = kept(original.source);
    draft.dateline = kept(original.dateline);
    draft.credit = kept(original.credit);
    for (Photo photo : original.photos) {
        photo.caption = kept(photo.caption);
        photo.credit = kept(photo.credit);
        photo.alt = kept(photo.alt);
        draft.photos.append(photo);
    }
    return draft;
}

} // namespace PortalDesk
