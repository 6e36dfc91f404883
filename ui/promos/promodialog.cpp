#include "ui/promos/promodialog.h"

#include "core/content/rules.h"
#include "core/store/articlestore.h"
#include "core/store/mediastore.h"
#include "core/store/portalstore.h"
#include "core/text/hostcheck.h"
#include "core/text/lintcontent.h"
#include "core/text/scriptconverter.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/promos/articlepicker.h"
#include "ui/promos/promoslots.h"
#include "ui/settings/darkpalette.h"
#include "ui/settings/housestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

const QString articlePrefix = QStringLiteral("article:");

QString warningStyle()
{
    return DarkPalette::warningStyle();
}

} // namespace

PromoDialog::PromoDialog(DatabasePtr database, const Promo &promo, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_promo(promo)
    , m_language(new QComboBox)
    , m_kicker(new QLineEdit(promo.kicker))
    , m_text(new QLineEdit(promo.text))
    , m_width(new QLabel)
    , m_callToAction(new QComboBox)
    , m_ownKicker(simplifiedEdit(QStringLiteral("simplifiedKicker")))
    , m_ownText(simplifiedEdit(QStringLiteral("simplifiedText")))
    , m_ownCallToAction(simplifiedEdit(QStringLiteral("simplifiedCallToAction")))
    , m_lint(new QLabel)
    , m_house(HouseStyle::lintOptions(promo.language))
    , m_link(new QLineEdit(promo.link))
    , m_linkNote(new QLabel)
    , m_imagePreview(new QLabel)
    , m_imageName(new QLabel)
    , m_hasStart(new QCheckBox(tr("From")))
    , m_start(new QDateTimeEdit)
    , m_hasEnd(new QCheckBox(tr("Until")))
    , m_end(new QDateTimeEdit)
    , m_enabled(new QCheckBox(tr("Show this promo")))
    , m_error(new QLabel)
{
    setWindowTitle(promo.id.isEmpty() ? tr("New Promo") : tr("Edit Promo"));
    const auto portal = PortalStore(m_database).get();
    m_zone = portal ? portal->zone() : QTimeZone("Asia/Hong_Kong");

    for (Language language : allLanguages())
        m_language->addItem(ArticleListModel::languageName(language), int(language));
    m_language->setCurrentIndex(m_language->findData(int(promo.language)));
    m_kicker->setPlaceholderText(tr("e.g. 與拍賣官看藝術 (shown in 【】)"));
    m_text->setPlaceholderText(tr("The promo line readers see"));
    m_width->setObjectName(QStringLiteral("widthWarning"));
    m_callToAction->setEditable(true);
    m_callToAction->addItems({ QStringLiteral("► 即睇"), QStringLiteral("► 詳情"), QStringLiteral("► 試用"),
        QStringLiteral("► 登入"), QStringLiteral("► 立即報名"), QStringLiteral("► Read now"),
        QStringLiteral("► Find out more"), QStringLiteral("► Sign up") });
    m_callToAction->setCurrentText(promo.callToAction);
    m_enabled->setChecked(promo.enabled);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(warningStyle());
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Slot:"), new QLabel(PromoSlots::title(promo.slot)));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Kicker:"), m_kicker);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(QString(), m_width);
    form->addRow(tr("&Call to action:"), m_callToAction);
    form->addRow(tr("简 kicker:"), m_ownKicker);
    form->addRow(tr("简 te&xt:"), m_ownText);
    form->addRow(tr("简 call to action:"), m_ownCallToAction);
    m_ownKicker->setText(promo.simplifiedOverride.kicker);
    m_ownText->setText(promo.simplifiedOverride.text);
    m_ownCallToAction->setText(promo.simplifiedOverride.callToAction);
    form->addRow(tr("Lin&k:"), createLinkRow());
    form->addRow(QString(), m_linkNote);
    form->addRow(tr("&Image:"), createImageRow());
    form->addRow(tr("Schedule:"), createScheduleRow(m_hasStart, m_start));
    form->addRow(QString(), createScheduleRow(m_hasEnd, m_end));
    form->addRow(QString(),
        new QLabel(tr("Times are in the portal’s time zone, %1.").arg(QString::fromUtf8(m_zone.id()))));
    form->addRow(QString(), m_enabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PromoDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_lint->setObjectName(QStringLiteral("lintFindings"));
    m_lint->setWordWrap(true);
    m_lint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_lint);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    setDateTime(m_start, m_hasStart, promo.startsAt, m_zone);
    setDateTime(m_end, m_hasEnd, promo.endsAt, m_zone);
    setImage(promo.image);
    connect(m_text, &QLineEdit::textChanged, this, &PromoDialog::updateWidth);
    for (QLineEdit *edit : { m_kicker, m_text, m_ownKicker, m_ownText, m_ownCallToAction })
        connect(edit, &QLineEdit::textChanged, this, &PromoDialog::updateLint);
    connect(m_callToAction, &QComboBox::currentTextChanged, this, &PromoDialog::updateLint);
    for (QLineEdit *edit : { m_kicker, m_text })
        connect(edit, &QLineEdit::textChanged, this, &PromoDialog::updateSimplified);
    connect(m_callToAction, &QComboBox::currentTextChanged, this, &PromoDialog::updateSimplified);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        updateSimplified();
        updateLint();
    });
    updateSimplified();
    updateLint();
    m_link->setObjectName(QStringLiteral("promoLink"));
    connect(m_link, &QLineEdit::textChanged, this, &PromoDialog::updateLinkNote);
    updateWidth();
    updateLinkNote();
    resize(620, sizeHint().height());
}

QWidget *PromoDialog::createLinkRow()
{
    m_link->setPlaceholderText(tr("https://… or choose an article"));
    auto *choose = new QPushButton(tr("Choose &Article…"));
    connect(choose, &QPushButton::clicked, this, &PromoDialog::chooseArticle);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_link, 1);
    layout->addWidget(choose);
    return row;
}

QWidget *PromoDialog::createImageRow()
{
    auto *choose = new QPushButton(tr("C&hoose…"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(choose, &QPushButton::clicked, this, &PromoDialog::chooseImage);
    connect(remove, &QPushButton::clicked, this, [this] { setImage({}); });
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_imagePreview);
    layout->addWidget(m_imageName, 1);
    layout->addWidget(choose);
    layout->addWidget(remove);
    return row;
}

QWidget *PromoDialog::createScheduleRow(QCheckBox *enabled, QDateTimeEdit *edit)
{
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    connect(enabled, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(enabled);
    layout->addWidget(edit, 1);
    return row;
}

// The edit shows wall-clock time in the portal's zone, whatever the computer's zone is.
void PromoDialog::setDateTime(
    QDateTimeEdit *edit, QCheckBox *enabled, const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime shown = (utc.isValid() ? utc : QDateTime::currentDateTimeUtc()).toTimeZone(zone);
    edit->setDateTime(QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute())));
    enabled->setChecked(utc.isValid());
}

Promo PromoDialog::promo() const
{
    Promo promo = m_promo;
    promo.language = Language(m_language->currentData().toInt());
    promo.kicker = m_kicker->text().trimmed();
    promo.text = m_text->text().trimmed();
    promo.callToAction = m_callToAction->currentText().trimmed();
    promo.link = m_link->text().trimmed();
    promo.image = m_image;
    promo.startsAt
        = m_hasStart->isChecked() ? QDateTime(m_start->date(), m_start->time(), m_zone).toUTC() : QDateTime();
    promo.endsAt
        = m_hasEnd->isChecked() ? QDateTime(m_end->date(), m_end->time(), m_zone).toUTC() : QDateTime();
    promo.enabled = m_enabled->isChecked();
    promo.simplifiedOverride
        = { m_ownKicker->text().trimmed(), m_ownText->text().trimmed(), m_ownCallToAction->text().trimmed() };
    return promo;
}

QLineEdit *PromoDialog::simplifiedEdit(const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    edit->setToolTip(tr("What the Simplified (简) edition shows instead of converting the Traditional "
                        "text, e.g. written Chinese for Cantonese. Empty: converted."));
    return edit;
}

void PromoDialog::updateSimplified()
{
    // The conversion as the placeholder: what the 简 edition shows while the field is empty.
    const bool traditional = Language(m_language->currentData().toInt()) == Language::ZhHantHK;
    for (const auto &[edit, from] :
        { std::pair { m_ownKicker, m_kicker->text() }, std::pair { m_ownText, m_text->text() },
            std::pair { m_ownCallToAction, m_callToAction->currentText() } }) {
        edit->setEnabled(traditional || !edit->text().isEmpty()); // never hide what was typed
        edit->setPlaceholderText(
            traditional ? ScriptConverter::toSimplified(from.trimmed()).value_or(QString()) : QString());
    }
}

void PromoDialog::updateLint()
{
    const Promo current = promo();
    m_house.language = current.language;
    m_findings = ContentLint::check(ContentLint::fields(current, m_house));
    m_lint->setText(findingsText());
    m_lint->setVisible(!m_findings.isEmpty());
    m_lint->setStyleSheet(m_findings.isEmpty() ? QString() : warningStyle());
}

QString PromoDialog::findingsText() const
{
    QStringList lines;
    for (const LintFinding &finding : m_findings) {
        QString field = finding.field;
        if (!field.isEmpty())
            field[0] = field[0].toUpper();
        lines.append(tr("%1, column %2: %3").arg(field).arg(finding.column).arg(finding.message));
    }
    return lines.join(u'\n');
}

QString PromoDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PromoDialog::widthWarning() const
{
    const Promo current = promo();
    if (!PromoSlots::isTooWide(current))
        return {};
    return m_width->text();
}

void PromoDialog::accept()
{
    const Promo current = promo();
    QList<Error> errors = validate(current);
    if (Rules::isWebLink(current.link) && QUrl(current.link).scheme() != QLatin1String("https"))
        errors.append(Error::invalid(QStringLiteral("link"), tr("use an https:// address")));
    if (errors.isEmpty()) {
        QDialog::accept();
        return;
    }
    QStringList lines;
    for (const Error &error : std::as_const(errors))
        lines.append(tr("%1: %2").arg(fieldLabel(error.field), error.message));
    m_error->setText(lines.join(u'\n'));
    m_error->show();
    if (QWidget *widget = fieldWidget(errors.first().field))
        widget->setFocus(Qt::OtherFocusReason);
}

QString PromoDialog::fieldLabel(const QString &field) const
{
    if (field == QLatin1String("text"))
        return tr("Text");
    if (field == QLatin1String("link"))
        return tr("Link");
    if (field == QLatin1String("image"))
        return tr("Image");
    if (field == QLatin1String("ends_at") || field == QLatin1String("starts_at"))
        return tr("Schedule");
    if (field == QLatin1String("slot"))
        return tr("Slot");
    if (field == QLatin1String("zh_hans_override"))
        return tr("简 texts");
    return field;
}

QWidget *PromoDialog::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("text"))
        return m_text;
    if (field == QLatin1String("link"))
        return m_link;
    if (field == QLatin1String("ends_at"))
        return m_end;
    return nullptr;
}

void PromoDialog::chooseArticle()
{
    ArticlePicker picker(m_database, this);
    if (picker.exec() != QDialog::Accepted || picker.articleId().isEmpty())
        return;
    if (!picker.goesLive()) {
        // The portal shows a promo only while its article is live (PortalSnapshot).
        QMessageBox box(QMessageBox::Warning, tr("Article Not Published"),
            tr("“%1” is not published (%2).").arg(picker.headline(), picker.state()), QMessageBox::Cancel,
            this);
        box.setInformativeText(
            tr("The promo will not show on the portal until the article is published or scheduled. Link it "
               "anyway?"));
        QPushButton *link = box.addButton(tr("&Link Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != link)
            return;
    }
    m_link->setText(articlePrefix + picker.articleId());
}

void PromoDialog::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Image"), QString(), tr("Images (*.png *.jpg *.jpeg *.webp *.gif)"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> bytes = MediaStore::readPicture(path, QFileInfo(path).fileName());
    if (!bytes) {
        m_error->setText(tr("Image: %1").arg(bytes.error().message));
        m_error->show();
        return;
    }
    auto stored = MediaStore(m_database).put(*bytes, QFileInfo(path).fileName());
    if (!stored) {
        m_error->setText(tr("Image: %1").arg(stored.error().text()));
        m_error->show();
        return;
    }
    setImage(*stored);
}

void PromoDialog::setImage(const QString &name)
{
    m_image = name;
    m_imageName->setText(name.isEmpty() ? tr("No image") : name);
    QPixmap pixmap;
    if (!name.isEmpty()) {
        if (auto bytes = MediaStore(m_database).get(name))
            pixmap.loadFromData(*bytes);
    }
    m_imagePreview->setPixmap(
        pixmap.isNull() ? QPixmap() : pixmap.scaled(64, 40, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_imagePreview->setVisible(!pixmap.isNull());
}

void PromoDialog::updateWidth()
{
    const Promo current = promo();
    const int width = PromoSlots::width(current);
    const int limit = PromoSlots::widthLimit(current.slot);
    if (width > limit) {
        m_width->setText(
            tr("⚠ %1 columns: this slot fits %2. Shorten the text by %3 (a Chinese character counts 2).")
                .arg(width)
                .arg(limit)
                .arg(width - limit));
        m_width->setStyleSheet(warningStyle());
    } else {
        m_width->setText(tr("%1 of %2 columns").arg(width).arg(limit));
        m_width->setStyleSheet({});
    }
}

void PromoDialog::updateLinkNote()
{
    const QString link = m_link->text().trimmed();
    QString note;
    bool warn = false;
    if (link.startsWith(articlePrefix)) {
        const auto article = ArticleStore(m_database).get(link.mid(articlePrefix.size()));
        note = article ? tr("Article: %1").arg(article->headline) : tr("No article with this id");
    } else if (const auto found = HostCheck::lookAlike(link)) {
        // A look-alike host, as browsers would show it.
        note = tr("Look twice: %1.").arg(HostCheck::warning(*found));
        warn = true;
    }
    m_linkNote->setStyleSheet(warn ? warningStyle() : QString());
    m_linkNote->setText(note);
    m_linkNote->setVisible(!note.isEmpty());
}

} // namespace PortalDesk::Ui
