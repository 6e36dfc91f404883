#include "core/store/portalstore.h"
#include "ui/settings/housestyle.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/uilanguage.h"
#include "uitesting.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

struct TemporarySettings
{
    QTemporaryDir folder;
    TemporarySettings() { QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path()); }
};

QComboBox *comboWith(const SettingsDialog &dialog, const QVariant &data)
{
    for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
        if (combo->findData(data) >= 0 && combo->count() < 10)
            return combo;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the settings dialog keeps the house style and the interface language", "[ui][settings]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    CHECK(HouseStyle::spacing() == CjkLatinSpacing::None);
    {
        SettingsDialog dialog(portal.database);
        QComboBox *spacing = comboWith(dialog, int(CjkLatinSpacing::Pangu));
        REQUIRE(spacing);
        spacing->setCurrentIndex(spacing->findData(int(CjkLatinSpacing::Pangu)));
        QComboBox *language = comboWith(dialog, QStringLiteral("zh_HK"));
        REQUIRE(language);
        language->setCurrentIndex(language->findData(QStringLiteral("zh_HK")));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(HouseStyle::spacing() == CjkLatinSpacing::Pangu);
    CHECK(HouseStyle::lintOptions(Language::ZhHantHK).spacing == CjkLatinSpacing::Pangu);
    CHECK(UiLanguage::chosen() == QStringLiteral("zh_HK"));
    CHECK(UiLanguage::effective() == QStringLiteral("zh_HK"));

    SettingsDialog reopened(portal.database);
    CHECK(comboWith(reopened, int(CjkLatinSpacing::Pangu))->currentData().toInt()
        == int(CjkLatinSpacing::Pangu));
}

TEST_CASE("the settings dialog saves portal settings and names the field it refuses", "[ui][settings]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    SettingsDialog dialog(portal.database);
    QLineEdit *baseUrl = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->text() == Portal().baseUrl)
            baseUrl = edit;
    }
    REQUIRE(baseUrl);
    baseUrl->setText(QStringLiteral("ftp://news.example.com.hk/"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.fieldError(QStringLiteral("base_url")).contains(QStringLiteral("https://")));
    CHECK(dialog.fieldError(QStringLiteral("time_zone")).isEmpty());

    baseUrl->setText(QStringLiteral("https://news.example.com.hk/"));
    QComboBox *edition = comboWith(dialog, int(Language::En));
    REQUIRE(edition);
    edition->setCurrentIndex(edition->findData(int(Language::En)));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto stored = PortalStore(portal.database).get();
    REQUIRE(stored);
    CHECK(stored->baseUrl == QStringLiteral("https://news.example.com.hk/"));
    CHECK(stored->defaultEdition == Language::En);
}
