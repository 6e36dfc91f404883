#include "ui/settings/settingsdialog.h"

#include "core/render/edition.h"
#include "core/render/theme.h"
#include "core/store/mediastore.h"
#include "core/store/newsroom.h"
#include "core/store/portalstore.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/settings/darkpalette.h"
#include "ui/settings/housestyle.h"
#include "ui/settings/identity.h"
#include "ui/settings/themefolder.h"
#include "ui/settings/uilanguage.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

const Language nameLanguages[3] = { Language::ZhHantHK, Language::ZhHans, Language::En };

QString shownAddress(const QString &address)
{
    if (address.contains(QStringLiteral("://")))
        return QUrl(address).toDisplayString(QUrl::RemovePassword);
    return QDir::toNativeSeparators(QFileInfo(address).absoluteFilePath());
}

} // namespace

SettingsDialog::SettingsDialog(DatabasePtr database, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLabel)
    , m_spacing(new QComboBox)
    , m_language(new QComboBox)
    , m_theme(new QLineEdit)
    , m_name(new QLineEdit)
    , m_names { new QLineEdit, new QLineEdit, new QLineEdit }
    , m_baseUrl(new QLineEdit)
    , m_timeZone(new QComboBox)
    , m_edition(new QComboBox)
    , m_logoPreview(new QLabel)
{
    setWindowTitle(tr("Settings"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createDatabaseGroup());
    layout->addWidget(createEditingGroup());
    layout->addWidget(createPortalGroup());
    layout->addStretch();
    layout->addWidget(buttons);
    setDatabase(std::move(database));
    resize(600, sizeHint().height());
}

QWidget *SettingsDialog::createDatabaseGroup()
{
    auto *group = new QGroupBox(tr("Database"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    auto *open = new QPushButton(tr("&Open Another…"));
    auto *create = new QPushButton(tr("&New Database…"));
    connect(open, &QPushButton::clicked, this, &SettingsDialog::openDatabaseRequested);
    connect(create, &QPushButton::clicked, this, &SettingsDialog::newDatabaseRequested);
    auto *layout = new QHBoxLayout(group);
    layout->addWidget(m_address, 1);
    layout->addWidget(open);
    layout->addWidget(create);
    return group;
}

QWidget *SettingsDialog::createEditingGroup()
{
    auto *group = new QGroupBox(tr("House Style and Interface"));
    m_spacing->addItem(
        tr("No space between Chinese and Latin (香港HKEX 2023年)"), int(CjkLatinSpacing::None));
    m_spacing->addItem(
        tr("A space between Chinese and Latin (香港 HKEX 2023 年)"), int(CjkLatinSpacing::Pangu));
    m_spacing->setCurrentIndex(m_spacing->findData(int(HouseStyle::spacing())));
    m_language->addItem(tr("System language"), QString());
    for (const QString &language : UiLanguage::available())
        m_language->addItem(UiLanguage::nativeName(language), language);
    m_language->setCurrentIndex(m_language->findData(UiLanguage::chosen()));
    auto *note = new QLabel(tr("A new interface language takes effect the next time PortalDesk starts."));
    note->setWordWrap(true);
    m_theme->setObjectName(QStringLiteral("themeFolder"));
    m_theme->setPlaceholderText(tr("The default theme"));
    m_theme->setClearButtonEnabled(true);
    m_theme->setToolTip(tr("A folder of Mustache templates and CSS, copied from the default theme and "
                           "changed. The live preview and the export use it."));
    m_theme->setText(QDir::toNativeSeparators(ThemeFolder::chosen()));
    auto *browse = new QPushButton(tr("Bro&wse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Theme Folder"), m_theme->text().isEmpty() ? Theme::defaultFolder() : m_theme->text());
        if (!folder.isEmpty())
            m_theme->setText(QDir::toNativeSeparators(folder));
    });
    auto *themeRow = new QHBoxLayout;
    themeRow->addWidget(m_theme, 1);
    themeRow->addWidget(browse);
    m_name->setObjectName(QStringLiteral("yourName"));
    m_name->setPlaceholderText(Identity::systemName());
    m_name->setText(Identity::chosen());
    m_name->setClearButtonEnabled(true);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Your name:"), m_name);
    form->addRow(tr("CJK–Latin &spacing:"), m_spacing);
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(QString(), note);
    auto *themeLabel = new QLabel(tr("&Theme:"));
    themeLabel->setBuddy(m_theme); // the row is a layout: without a buddy the & would show
    form->addRow(themeLabel, themeRow);
    form->addRow(QString(), errorLabel(QStringLiteral("theme")));
    return group;
}

QLabel *SettingsDialog::errorLabel(const QString &field)
{
    auto *label = new QLabel;
    label->setObjectName(field + QStringLiteral("_error"));
    label->setStyleSheet(DarkPalette::warningStyle());
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QWidget *SettingsDialog::createPortalGroup()
{
    auto *group = new QGroupBox(tr("Portal"));
    m_portalGroup = group;
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    for (Language language : allLanguages())
        m_edition->addItem(ArticleListModel::languageName(language), int(language));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://news.example.com.hk/"));
    connect(m_names[0], &QLineEdit::textChanged, this, [this](const QString &traditional) {
        const auto converted = Edition(Language::ZhHans).text(traditional, Language::ZhHantHK);
        m_names[1]->setPlaceholderText(converted ? *converted : QString());
    });
    auto *form = new QFormLayout(group);
    form->addRow(tr("Name (&Traditional):"), m_names[0]);
    form->addRow(tr("Name (S&implified):"), m_names[1]);
    form->addRow(tr("Name (&English):"), m_names[2]);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(QString(), errorLabel(QStringLiteral("base_url")));
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(QString(), errorLabel(QStringLiteral("time_zone")));
    form->addRow(tr("Default e&dition:"), m_edition);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setMinimumHeight(48);
    auto *chooseLogo = new QPushButton(tr("C&hoose…"));
    auto *themeLogo = new QPushButton(tr("Use the &Theme's"));
    chooseLogo->setToolTip(tr("The site's favicon, phone home-screen icon and the publisher logo search "
                              "engines show are made from it. Square pictures work best."));
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(themeLogo);
    form->addRow(tr("&Logo:"), logoRow);
    form->addRow(QString(), errorLabel(QStringLiteral("logo")));
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(logoRow)))
        label->setBuddy(chooseLogo);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose the Portal's Logo"), QString(),
            tr("Pictures (*.png *.jpg *.jpeg *.webp *.gif *.svg)"));
        if (!file.isEmpty())
            this->chooseLogo(file);
    });
    connect(themeLogo, &QPushButton::clicked, this, &SettingsDialog::useThemeLogo);
    form->addRow(QString(), errorLabel(QStringLiteral("other")));
    return group;
}

void SettingsDialog::setDatabase(DatabasePtr database)
{
    m_database = std::move(database);
    m_address->setText(m_database ? shownAddress(m_database->address()) : tr("No database open"));
    // The portal's settings are the chief editor's (core/store/newsroom.h); others see them.
    const QString refusal
        = m_database ? Newsroom(m_database).rights().value_or(Rights {}).mayEditPortal() : QString();
    m_portalGroup->setEnabled(bool(m_database) && refusal.isEmpty());
    m_portalGroup->setToolTip(refusal);
    const bool local = !m_database || m_database->kind() == Database::Kind::Sqlite;
    m_name->setEnabled(local);
    m_name->setToolTip(local ? tr("Shown in History and as “Updated by” for your saves to a portal file")
                             : tr("On a newsroom server your saves carry the login you connected as"));
    loadPortal();
}

void SettingsDialog::loadPortal()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_loaded = Portal();
    if (m_database) {
        if (auto stored = PortalStore(m_database).get())
            m_loaded = *stored;
    }
    for (int i = 0; i < 3; ++i)
        m_names[i]->setText(m_loaded.name.value(nameLanguages[i]));
    m_baseUrl->setText(m_loaded.baseUrl);
    m_timeZone->setCurrentText(m_loaded.timeZone);
    m_edition->setCurrentIndex(m_edition->findData(int(m_loaded.defaultEdition)));
    m_logo = m_loaded.logo;
    showLogo();
}

// The logo as the site will show it: the portal's, else the chosen theme's.
void SettingsDialog::showLogo()
{
    QByteArray picture;
    QString caption;
    if (!m_logo.isEmpty() && m_database) {
        if (auto stored = MediaStore(m_database).get(m_logo))
            picture = *stored;
        caption = tr("The portal's own");
    } else {
        const QString folder = ThemeFolder::chosen();
        if (auto theme = Theme::load(folder.isEmpty() ? Theme::defaultFolder() : folder))
            picture = theme->assets().value(QStringLiteral("logo.png"));
        caption = tr("The theme's");
    }
    QPixmap pixmap;
    pixmap.loadFromData(picture);
    if (pixmap.isNull()) {
        m_logoPreview->setText(caption);
        return;
    }
    m_logoPreview->setPixmap(pixmap.scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_logoPreview->setToolTip(tr("%1, %2 × %3 pixels").arg(caption).arg(pixmap.width()).arg(pixmap.height()));
}

bool SettingsDialog::chooseLogo(const QString &file)
{
    QLabel *error = m_errors.value(QStringLiteral("logo"));
    error->hide();
    if (!m_database)
        return false;
    auto bytes = MediaStore::readPicture(file, QFileInfo(file).fileName());
    auto themed = bytes ? Theme().withLogo(*bytes) : Result<Theme>(std::unexpected(bytes.error()));
    auto name = themed ? MediaStore(m_database).put(*bytes, QFileInfo(file).fileName())
                       : Result<QString>(std::unexpected(themed.error()));
    if (!name) {
        error->setText(tr("%1: %2").arg(QDir::toNativeSeparators(file), name.error().message));
        error->show();
        return false;
    }
    m_logo = *name;
    showLogo();
    return true;
}

void SettingsDialog::useThemeLogo()
{
    m_errors.value(QStringLiteral("logo"))->hide();
    m_logo.clear();
    showLogo();
}

Portal SettingsDialog::portal() const
{
    Portal portal = m_loaded;
    portal.name.clear();
    for (int i = 0; i < 3; ++i) {
        if (const QString name = m_names[i]->text().trimmed(); !name.isEmpty())
            portal.name.insert(nameLanguages[i], name);
    }
    portal.baseUrl = m_baseUrl->text().trimmed();
    portal.timeZone = m_timeZone->currentText().trimmed();
    portal.defaultEdition = Language(m_edition->currentData().toInt());
    portal.logo = m_logo;
    return portal;
}

QString SettingsDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool SettingsDialog::savePortal()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    const Portal edited = portal();
    if (!m_database || edited == m_loaded)
        return true;
    QList<Error> errors = validate(edited);
    if (errors.isEmpty()) {
        if (auto saved = PortalStore(m_database).put(edited); !saved)
            errors.append(saved.error());
    }
    for (const Error &error : std::as_const(errors)) {
        QLabel *label = m_errors.value(error.field, m_errors.value(QStringLiteral("other")));
        label->setText(label->isHidden() ? error.message : label->text() + u'\n' + error.message);
        label->show();
    }
    if (errors.isEmpty())
        m_loaded = edited;
    return errors.isEmpty();
}

// A folder that is not a theme is refused here, so the preview never goes blank.
bool SettingsDialog::saveTheme()
{
    QLabel *error = m_errors.value(QStringLiteral("theme"));
    error->hide();
    if (const Status chosen = ThemeFolder::setChosen(m_theme->text()); !chosen) {
        error->setText(chosen.error().text());
        error->show();
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    HouseStyle::setSpacing(CjkLatinSpacing(m_spacing->currentData().toInt()));
    UiLanguage::setChosen(m_language->currentData().toString());
    if (m_name->isEnabled()) {
        Identity::setChosen(m_name->text());
        if (m_database)
            Identity::apply(*m_database);
    }
    if (saveTheme() && savePortal())
        QDialog::accept();
}

} // namespace PortalDesk::Ui
