#include "core/render/theme.h"
#include "core/store/articlestore.h"
#include "core/store/portalstore.h"
#include "ui/preview/previewrenderer.h"
#include "ui/settings/housestyle.h"
#include "ui/settings/identity.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/themefolder.h"
#include "ui/settings/uilanguage.h"
#include "uitesting.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

using PortalDesk::Ui::Testing::TemporarySettings;

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

namespace {

// The default theme copied, with a word of its own in the article template.
QString copiedTheme(const QString &folder)
{
    const QDir source(Theme::defaultFolder());
    QDirIterator files(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString from = files.next();
        const QString to = folder + u'/' + source.relativeFilePath(from);
        QDir().mkpath(QFileInfo(to).absolutePath());
        REQUIRE(QFile::copy(from, to));
    }
    QFile article(folder + QStringLiteral("/article.mustache"));
    REQUIRE(article.open(QIODevice::ReadOnly));
    QByteArray text = article.readAll();
    article.close();
    text.prepend("<!-- house-theme-marker -->");
    REQUIRE(article.open(QIODevice::WriteOnly | QIODevice::Truncate));
    article.write(text);
    return folder;
}

} // namespace

TEST_CASE("the theme chosen in Settings is checked, kept and used by the preview", "[ui][settings]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    CHECK(ThemeFolder::chosen().isEmpty());
    CHECK(ThemeFolder::effective() == Theme::defaultFolder());

    SettingsDialog dialog(portal.database);
    dialog.themeField()->setText(portal.folder->path()); // no templates there
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.fieldError(QStringLiteral("theme")).isEmpty());
    CHECK(ThemeFolder::chosen().isEmpty());

    const QString theme = copiedTheme(portal.folder->filePath(QStringLiteral("house-theme")));
    dialog.themeField()->setText(theme);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ThemeFolder::chosen() == theme);
    CHECK(SettingsDialog(portal.database).themeField()->text() == QDir::toNativeSeparators(theme));

    PreviewRenderer renderer;
    renderer.setDatabase(portal.database);
    renderer.setThemeFolder(ThemeFolder::chosen());
    QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
    PreviewRequest request;
    request.article = Testing::article(QStringLiteral("主題測試"), Language::ZhHantHK, ArticleStatus::Draft);
    request.article.id = QStringLiteral("theme-1");
    renderer.request(request);
    REQUIRE(Testing::waitFor([&] { return !rendered.isEmpty(); }));
    CHECK(rendered.first().first().value<PreviewResult>().html.contains(u"house-theme-marker"));

    // Emptied again: back to the default theme.
    dialog.themeField()->clear();
    dialog.accept();
    CHECK(ThemeFolder::chosen().isEmpty());
}

TEST_CASE("the name set in Settings is who saves on a local portal, and History says so", "[ui][settings]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    CHECK_FALSE(Identity::systemName().isEmpty()); // the account's full name, else its login
    CHECK(Identity::effective() == Identity::systemName());

    SettingsDialog dialog(portal.database);
    REQUIRE(dialog.nameField()->isEnabled());
    CHECK(dialog.nameField()->placeholderText() == Identity::systemName());
    dialog.nameField()->setText(QStringLiteral("  陳大文 "));
    dialog.accept();
    CHECK(Identity::chosen() == u"陳大文");
    CHECK(portal.database->userName() == u"陳大文");

    ArticleStore store(portal.database);
    const Article saved = store.create(Testing::article(QStringLiteral("港股收市"))).value();
    CHECK(saved.updatedBy == u"陳大文");
    CHECK(store.revisions(saved.id).value().first().savedBy == u"陳大文");

    Identity::setChosen(QString()); // cleared: back to the account's name
    CHECK(Identity::effective() == Identity::systemName());
}

TEST_CASE("the portal's logo is chosen in Settings, shown, refused when no picture, and saved on OK",
    "[ui][settings]")
{
    TemporarySettings settings;
    auto portal = Testing::seededPortal();
    QTemporaryDir folder;
    QImage square(256, 256, QImage::Format_RGB32);
    square.fill(Qt::darkGreen);
    const QString picture = folder.filePath(QStringLiteral("logo.png"));
    REQUIRE(square.save(picture));
    QFile text(folder.filePath(QStringLiteral("notes.png")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("no picture here");
    text.close();

    SettingsDialog dialog(portal.database);
    CHECK_FALSE(dialog.logoPreview()->pixmap().isNull()); // the theme's, until one is chosen
    CHECK(dialog.logoPreview()->toolTip().startsWith(u"The theme's"));

    CHECK_FALSE(dialog.chooseLogo(text.fileName()));
    CHECK(dialog.fieldError(QStringLiteral("logo")).contains(u"notes.png"));
    CHECK(dialog.portal().logo.isEmpty());

    REQUIRE(dialog.chooseLogo(picture));
    CHECK(dialog.fieldError(QStringLiteral("logo")).isEmpty());
    CHECK(dialog.logoPreview()->toolTip() == u"The portal's own, 256 × 256 pixels");
    const QString chosen = dialog.portal().logo;
    CHECK_FALSE(chosen.isEmpty());
    CHECK(PortalStore(portal.database).get()->logo.isEmpty()); // not before OK
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(PortalStore(portal.database).get()->logo == chosen);

    SettingsDialog again(portal.database);
    CHECK(again.logoPreview()->toolTip() == u"The portal's own, 256 × 256 pixels");
    again.useThemeLogo();
    again.accept();
    CHECK(PortalStore(portal.database).get()->logo.isEmpty());
}
