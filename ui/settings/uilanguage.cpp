#include "ui/settings/uilanguage.h"

#include "core/installation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace PortalDesk::Ui::UiLanguage {

namespace {

const QString languageKey = QStringLiteral("interface/language");

QSettings settings()
{
    return QSettings(QStringLiteral("PortalDesk"), QStringLiteral("PortalDesk"));
}

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("zh_HK"))
        return QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::HongKong);
    if (language == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool load(QCoreApplication &app, const QString &file, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(file, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString chosen()
{
    const QString language = settings().value(languageKey).toString();
    return available().contains(language) ? language : QString();
}

void setChosen(const QString &language)
{
    settings().setValue(languageKey, available().contains(language) ? language : QString());
}

const QStringList &available()
{
    static const QStringList languages { QStringLiteral("en"), QStringLiteral("zh_HK"),
        QStringLiteral("zh_CN") };
    return languages;
}

QString nativeName(const QString &language)
{
    if (language == QLatin1String("zh_HK"))
        return QStringLiteral("繁體中文");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString effective()
{
    if (const QString language = chosen(); !language.isEmpty())
        return language;
    const QLocale system = QLocale::system();
    for (const QString &tag : system.uiLanguages()) {
        const QLocale locale(tag);
        if (locale.language() == QLocale::English)
            return QStringLiteral("en");
        if (locale.language() == QLocale::Chinese) {
            const bool simplified = locale.script() == QLocale::SimplifiedHanScript
                || (locale.script() != QLocale::TraditionalHanScript
                    && (locale.territory() == QLocale::China || locale.territory() == QLocale::Singapore));
            return simplified ? QStringLiteral("zh_CN") : QStringLiteral("zh_HK");
        }
    }
    return QStringLiteral("en");
}

bool install(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(localeFor(language));
    if (!available().contains(language) || language == QLatin1String("en"))
        return language == QLatin1String("en");
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // Qt has no Hong Kong catalogue of its own; Taiwan's is the Traditional one.
    if (!load(app, QStringLiteral("qtbase_") + language, qtFolder) && language == QLatin1String("zh_HK"))
        load(app, QStringLiteral("qtbase_zh_TW"), qtFolder);
    return load(app, QStringLiteral("portaldesk_") + language,
        Installation::dataPath(QStringLiteral("translations")));
}

} // namespace PortalDesk::Ui::UiLanguage
