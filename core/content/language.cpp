#include "core/content/language.h"

#include <QCoreApplication>

namespace PortalDesk {

QString languageName(Language language)
{
    switch (language) {
    case Language::ZhHantHK:
        return QCoreApplication::translate("PortalDesk::Language", "Traditional Chinese");
    case Language::ZhHans:
        return QCoreApplication::translate("PortalDesk::Language", "Simplified Chinese");
    case Language::En:
        return QCoreApplication::translate("PortalDesk::Language", "English");
    }
    return {};
}

QString languageTag(Language language)
{
    switch (language) {
    case Language::ZhHantHK:
        return QStringLiteral("zh-Hant-HK");
    case Language::ZhHans:
        return QStringLiteral("zh-Hans");
    case Language::En:
        return QStringLiteral("en");
    }
    return {};
}

std::optional<Language> languageFromTag(QStringView tag)
{
    for (Language language : allLanguages()) {
        if (tag == languageTag(language))
            return language;
    }
    return std::nullopt;
}

QString editionFolder(Language language)
{
    switch (language) {
    case Language::ZhHantHK:
        return QStringLiteral("zh-hant");
    case Language::ZhHans:
        return QStringLiteral("zh-hans");
    case Language::En:
        return QStringLiteral("en");
    }
    return {};
}

const QList<Language> &allLanguages()
{
    static const QList<Language> languages { Language::ZhHantHK, Language::ZhHans, Language::En };
    return languages;
}

bool isChinese(Language language)
{
    return language != Language::En;
}

QString pick(const LocalizedText &text, Language language)
{
    if (const QString found = text.value(language); !found.isEmpty())
        return found;
    if (language == Language::ZhHans) {
        if (const QString hant = text.value(Language::ZhHantHK); !hant.isEmpty())
            return hant;
    }
    for (const QString &any : text) {
        if (!any.isEmpty())
            return any;
    }
    return {};
}

} // namespace PortalDesk
