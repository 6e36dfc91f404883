#pragma once

// The language of PortalDesk's own menus and dialogs: the system's, or one
// chosen in Settings (applied at the next start). Installs PortalDesk's
// translations (resources/translations/*.ts, built into share/portaldesk/translations)
// and Qt's own, so standard dialogs speak the same language.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace PortalDesk::Ui::UiLanguage {

// "" = follow the system, else "en", "zh_HK" or "zh_CN".
QString chosen();
void setChosen(const QString &language);
const QStringList &available(); // "en", "zh_HK", "zh_CN"
QString nativeName(const QString &language); // English, 繁體中文, 简体中文

// The language to run in: the chosen one, else the best match for the system locale.
QString effective();

// Installs the translators for `language` ("en" installs none). False when
// PortalDesk has no translation for it.
bool install(QCoreApplication &app, const QString &language);

} // namespace PortalDesk::Ui::UiLanguage
