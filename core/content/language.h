#pragma once

// The three editions PortalDesk publishes, and their BCP 47 tags.

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace PortalDesk {

enum class Language { ZhHantHK, ZhHans, En };

QString languageTag(Language language); // "zh-Hant-HK", "zh-Hans", "en"
QString languageName(Language language); // "Traditional Chinese", translated for people
std::optional<Language> languageFromTag(QStringView tag); // exact tags only
QString editionFolder(Language language); // "zh-hant", "zh-hans", "en"
const QList<Language> &allLanguages();
bool isChinese(Language language);

// A name given per language, e.g. a section called 財經新聞 / Finance.
using LocalizedText = QMap<Language, QString>;

// The text in `language`, else the closest fallback (Traditional for Simplified), else any.
QString pick(const LocalizedText &text, Language language);

} // namespace PortalDesk
