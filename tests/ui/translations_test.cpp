#include "core/installation.h"
#include "core/store/serveraddress.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/uilanguage.h"
#include "uitesting.h"

#include <QCoreApplication>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace PortalDesk::Ui;

namespace {

using PortalDesk::Ui::Testing::TemporarySettings;

QStringList menuTitles(const QString &language)
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral("portaldesk_") + language,
        PortalDesk::Installation::dataPath(QStringLiteral("translations"))));
    QCoreApplication::installTranslator(&translator);
    QStringList titles;
    {
        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (const QAction *menu : menus) {
            titles.append(menu->text());
            const QList<QAction *> items = menu->menu()->actions();
            for (const QAction *item : items)
                titles.append(item->text());
        }
    }
    QCoreApplication::removeTranslator(&translator);
    return titles;
}

} // namespace

TEST_CASE("the main window's menus come out in Hong Kong and Simplified Chinese", "[ui][translations]")
{
    TemporarySettings settings;
    const QStringList hongKong = menuTitles(QStringLiteral("zh_HK"));
    CHECK(hongKong.contains(QStringLiteral("檔案(&F)")));
    CHECK(hongKong.contains(QStringLiteral("編輯(&E)")));
    CHECK(hongKong.contains(QStringLiteral("檢視(&V)")));
    CHECK(hongKong.contains(QStringLiteral("匯出(&E)…")));
    CHECK(hongKong.contains(QStringLiteral("設定(&S)…")));
    CHECK(hongKong.contains(QStringLiteral("匯入通訊稿(&I)…")));
    // Hong Kong says 復原 for Undo (撤銷 is the mainland's word).
    CHECK(hongKong.contains(QStringLiteral("復原(&U)")));
    CHECK_FALSE(hongKong.join(QString()).contains(u"撤銷"));

    const QStringList simplified = menuTitles(QStringLiteral("zh_CN"));
    CHECK(simplified.contains(QStringLiteral("文件(&F)")));
    CHECK(simplified.contains(QStringLiteral("编辑(&E)")));
    CHECK(simplified.contains(QStringLiteral("导出(&E)…")));
    CHECK(simplified.contains(QStringLiteral("设置(&S)…")));
    CHECK(simplified.contains(QStringLiteral("导入通稿(&I)…")));

    CHECK(menuTitles(QStringLiteral("zh_HK")) != menuTitles(QStringLiteral("zh_CN")));
}

TEST_CASE("every message in the translation files is translated", "[ui][translations]")
{
    for (const char *name : { "portaldesk_zh_HK.ts", "portaldesk_zh_CN.ts" }) {
        QFile file(QStringLiteral(PORTALDESK_SOURCE_DIR "/resources/translations/") + QLatin1String(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray ts = file.readAll();
        INFO(name);
        CHECK(ts.count("<message") > 300);
        CHECK(ts.count("type=\"unfinished\"") == 0);
    }
}

TEST_CASE("the interface language follows the setting", "[ui][translations]")
{
    TemporarySettings settings;
    UiLanguage::setChosen(QStringLiteral("zh_CN"));
    CHECK(UiLanguage::effective() == QStringLiteral("zh_CN"));
    UiLanguage::setChosen(QStringLiteral("klingon"));
    CHECK(UiLanguage::chosen().isEmpty());
}

TEST_CASE("a newsroom server's connection errors reach the editor in Chinese", "[ui][translations]")
{
    const auto address
        = PortalDesk::ServerAddress::parse(QStringLiteral("postgresql://chan@desk.example:5432/portal"));
    REQUIRE(address);
    const QString refused = QStringLiteral("connection to server at \"desk.example\", port 5432 failed: "
                                           "FATAL:  password authentication failed for user \"chan\"");
    for (const auto &[language, expected] : { std::pair { "zh_HK", QStringLiteral("拒絕登入名稱 chan") },
             std::pair { "zh_CN", QStringLiteral("拒绝登录名 chan") } }) {
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral("portaldesk_") + QLatin1String(language),
            PortalDesk::Installation::dataPath(QStringLiteral("translations"))));
        QCoreApplication::installTranslator(&translator);
        const QString message = address->connectionError(refused).text();
        QCoreApplication::removeTranslator(&translator);
        INFO(message.toStdString());
        CHECK(message.contains(expected));
        CHECK(message.contains(QStringLiteral("desk.example:5432")));
        CHECK(message.contains(QStringLiteral("password authentication failed"))); // the server's words stay
    }
    const auto malformed
        = PortalDesk::ServerAddress::parse(QStringLiteral("postgresql://chan@desk/portal?colour=red"));
    REQUIRE_FALSE(malformed);
    CHECK(malformed.error().text().contains(QStringLiteral("colour")));
}
