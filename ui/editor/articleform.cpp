#include "ui/editor/articleform.h"

#include "core/text/hostcheck.h"
#include "core/text/slug.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/notesfield.h"
#include "ui/settings/darkpalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

// Lets Edit ▸ Undo/Redo act on the article instead of the widget's own history.
class UndoKeysToWindow : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

QString languageLabel(Language language)
{
    switch (language) {
    case Language::ZhHantHK:
        return QStringLiteral("繁體中文（香港）");
    case Language::ZhHans:
        return QStringLiteral("简体中文");
    case Language::En:
        return QStringLiteral("English");
    }
    return {};
}

} // namespace

ArticleForm::ArticleForm(ArticleDocument *document, const QList<Section> &sections,
    const QList<Column> &columns, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_sections(sections)
    , m_columns(columns)
    , m_zone(zone)
    , m_standfirst(new QPlainTextEdit)
    , m_language(new QComboBox)
    , m_section(new QComboBox)
    , m_columnsButton(new QPushButton)
    , m_problems(new QLabel)
    , m_notes(new NotesField)
{
    auto *undoKeys = new UndoKeysToWindow(this);

    QLineEdit *kicker = addLine(ArticleField::Kicker, tr("e.g. 與拍賣官看藝術"));
    QLineEdit *headline = addLine(ArticleField::Headline);
    QFont large = headline->font();
    large.setPointSizeF(large.pointSizeF() * 1.35);
    large.setBold(true);
    headline->setFont(large);
    m_standfirst->setPlaceholderText(tr("One or two sentences under the headline"));
    m_standfirst->setTabChangesFocus(true);
    m_standfirst->document()->setUndoRedoEnabled(false);
    m_standfirst->setFixedHeight(m_standfirst->fontMetrics().lineSpacing() * 3 + 14);
    connect(m_standfirst, &QPlainTextEdit::textChanged, this,
        [this] { m_document->setField(ArticleField::Standfirst, m_standfirst->toPlainText()); });

    for (QComboBox *combo : { m_language, m_section }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    for (Language language : allLanguages())
        m_language->addItem(languageLabel(language), static_cast<int>(language));
    connect(m_language, &QComboBox::activated, this, [this] {
        m_document->setField(ArticleField::Language, m_language->currentData(), tr("Change language"));
    });

    m_section->addItem(tr("(no section)"), QString());
    for (const Section &section : m_sections)
        m_section->addItem(pick(section.names, Language::ZhHantHK) + QStringLiteral(" · ")
                + pick(section.names, Language::En),
            section.key);
    connect(m_section, &QComboBox::activated, this, [this] {
        m_document->setField(ArticleField::Section, m_section->currentData(), tr("Change section"));
    });

    m_columnsButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columnMenu = new QMenu(m_columnsButton);
    for (const Column &column : m_columns) {
        QAction *action = columnMenu->addAction(pick(column.names, Language::ZhHantHK));
        action->setCheckable(true);
        action->setData(column.key);
        connect(action, &QAction::toggled, this, [this, columnMenu] {
            QStringList keys;
            for (const QAction *each : columnMenu->actions()) {
                if (each->isChecked())
                    keys.append(each->data().toString());
            }
            m_document->setField(ArticleField::Columns, keys, tr("Change columns"));
        });
    }
    m_columnsButton->setMenu(columnMenu);

    auto *slugRow = new QHBoxLayout;
    QLineEdit *slug = addLine(ArticleField::Slug, tr("made from the headline when empty"));
    auto *makeSlug = new QToolButton;
    makeSlug->setText(tr("From Headline"));
    connect(makeSlug, &QToolButton::clicked, this, [this] {
        const Article article = m_document->article();
        m_document->setField(
            ArticleField::Slug, Slug::make(article.headline, article.language, article.id), tr("Make slug"));
    });
    slugRow->addWidget(slug, 1);
    slugRow->addWidget(makeSlug);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(10);
    details->setVerticalSpacing(6);
    // Labels right-aligned in columns 0 and 2; a wide field spans columns 1–3.
    auto put = [details](int row, int column, const QString &label, auto *field, int span = 1) {
        auto *text = new QLabel(label);
        const bool tall = qobject_cast<QPlainTextEdit *>(field) != nullptr;
        details->addWidget(text, row, column * 2, Qt::AlignRight | (tall ? Qt::AlignTop : Qt::AlignVCenter));
        if constexpr (std::is_base_of_v<QLayout, std::remove_pointer_t<decltype(field)>>) {
            details->addLayout(field, row, column * 2 + 1, 1, span);
        } else {
            text->setBuddy(field);
            details->addWidget(field, row, column * 2 + 1, 1, span);
        }
        return text;
    };
    put(0, 0, tr("&Kicker"), kicker, 3);
    put(1, 0, tr("&Headline"), headline, 3);
    put(2, 0, tr("S&tandfirst"), m_standfirst, 3)->setContentsMargins(0, 4, 0, 0);
    put(3, 0, tr("&Language"), m_language);
    put(3, 1, tr("Se&ction"), m_section);
    put(4, 0, tr("Colu&mns"), m_columnsButton);
    put(4, 1, tr("&Byline"), addLine(ArticleField::Byline, tr("e.g. 本報記者 陳大文")));
    put(5, 0, tr("Sou&rce"), addLine(ArticleField::Source, tr("e.g. 美通社 / PR Newswire")));
    put(5, 1, tr("&Dateline"), addLine(ArticleField::Dateline, tr("e.g. BEIJING")));
    put(6, 0, tr("&Publish time"), createTimeEdit(ArticleField::PublishAt));
    put(6, 1, tr("&Embargo until"), createTimeEdit(ArticleField::Embargo));
    put(7, 0, tr("Original lin&k"), addLine(ArticleField::OriginalLink, QStringLiteral("https://")));
    put(7, 1, tr("Cre&dit"), addLine(ArticleField::Credit, tr("e.g. source: Xinhua Silk Road")));
    put(8, 0, tr("Slu&g"), slugRow, 3)->setBuddy(slug);
    // The wire's own time is information, never the publish time (that is the desk's call).
    m_wireTime = new QLabel;
    m_wireTime->setObjectName(QStringLiteral("wireTime"));
    m_wireTime->setTextFormat(Qt::PlainText);
    m_wireTime->setWordWrap(true);
    details->addWidget(m_wireTime, 9, 1, 1, 3);
    // A look-alike host in the original link, shown as browsers show it (punycode).
    m_linkWarning = new QLabel;
    m_linkWarning->setObjectName(QStringLiteral("linkWarning"));
    m_linkWarning->setTextFormat(Qt::PlainText);
    m_linkWarning->setWordWrap(true);
    m_linkWarning->setStyleSheet(DarkPalette::warningStyle());
    m_linkWarning->hide();
    details->addWidget(m_linkWarning, 10, 1, 1, 3);
    details->addWidget(m_notes, 11, 1, 1, 3);
    connect(m_notes, &NotesField::textEdited, this,
        [this](const QString &text) { m_document->setField(ArticleField::Notes, text); });
    const auto showWireTime = [this] {
        const QDateTime wire = m_document->stored().wireTime; // not edited here: the stored one, cheaply
        m_wireTime->setVisible(wire.isValid());
        if (wire.isValid())
            m_wireTime->setText(tr("The wire put this story out at %1; it goes live here when you publish or "
                                   "schedule it.")
                                    .arg(workflowTime(wire, m_zone)));
    };
    showWireTime();
    connect(m_document, &ArticleDocument::saved, this, showWireTime);
    connect(m_document, &ArticleDocument::changed, this, showWireTime);
    details->setColumnStretch(1, 1);
    details->setColumnStretch(3, 1);

    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(DarkPalette::warningStyle());
    m_problems->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(details);
    layout->addWidget(m_problems);

    for (QWidget *widget : findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QDateTimeEdit *>(widget))
            widget->installEventFilter(undoKeys);
    }
    connect(m_document, &ArticleDocument::fieldChanged, this, &ArticleForm::showField);
    for (ArticleField field : ArticleFields::all())
        showField(field);
}

QLineEdit *ArticleForm::addLine(ArticleField field, const QString &placeholder)
{
    auto *line = new QLineEdit;
    line->setPlaceholderText(placeholder);
    line->setClearButtonEnabled(field != ArticleField::Headline);
    connect(line, &QLineEdit::textEdited, this,
        [this, field](const QString &text) { m_document->setField(field, text); });
    m_lines.insert(field, line);
    return line;
}

QWidget *ArticleForm::createTimeEdit(ArticleField field)
{
    auto *set = new QCheckBox;
    set->setToolTip(tr("Set a time"));
    auto *edit = new QDateTimeEdit;
    // Qt 6.4's QDateTimeEdit has no time zone of its own: it shows the portal's
    // wall-clock time in a UTC-spec value, converted on the way in and out.
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    // "HKT" reads better to a Hong Kong desk than "GMT+8".
    auto *zone = new QLabel(m_zone.abbreviation(QDateTime::currentDateTimeUtc()));
    zone->setToolTip(QString::fromUtf8(m_zone.id()));
    m_timeSet.insert(field, set);
    m_timeEdit.insert(field, edit);

    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(set);
    row->addWidget(edit, 1);
    row->addWidget(zone);
    connect(set, &QCheckBox::clicked, this, [this, field] { timeEdited(field); });
    // Every change counts at once (Ctrl+S may come before the field loses focus);
    // consecutive changes of one time merge into one undo step.
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this, field] { timeEdited(field); });
    return box;
}

void ArticleForm::timeEdited(ArticleField field)
{
    QDateTime utc;
    if (m_timeSet.value(field)->isChecked()) {
        const QDateTime wall = m_timeEdit.value(field)->dateTime();
        utc = QDateTime(wall.date(), wall.time(), m_zone).toUTC();
    }
    m_document->setField(field, utc);
}

void ArticleForm::showTime(ArticleField field)
{
    const QDateTime utc = m_document->field(field).toDateTime();
    QCheckBox *set = m_timeSet.value(field);
    QDateTimeEdit *edit = m_timeEdit.value(field);
    set->setChecked(utc.isValid());
    edit->setEnabled(utc.isValid());
    const QDateTime shown = (utc.isValid() ? utc : QDateTime::currentDateTimeUtc()).toTimeZone(m_zone);
    const QSignalBlocker blocker(edit);
    edit->setDateTime(QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute()), Qt::UTC));
}

void ArticleForm::showColumns()
{
    const QStringList keys = m_document->field(ArticleField::Columns).toStringList();
    QStringList names;
    for (QAction *action : m_columnsButton->menu()->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(keys.contains(action->data().toString()));
        if (action->isChecked())
            names.append(action->text());
    }
    m_columnsButton->setText(names.isEmpty() ? tr("(none)") : names.join(QStringLiteral("、")));
}

void ArticleForm::showField(ArticleField field)
{
    const QVariant value = m_document->field(field);
    if (field == ArticleField::OriginalLink) {
        const auto found = HostCheck::lookAlike(value.toString());
        m_linkWarning->setVisible(found.has_value());
        m_linkWarning->setText(found ? tr("Look twice: %1.").arg(HostCheck::warning(*found)) : QString());
    }
    if (QLineEdit *line = m_lines.value(field)) {
        if (line->text() != value.toString()) {
            line->setText(value.toString());
            if (!line->hasFocus())
                line->setCursorPosition(0); // show the start of a long headline or link
        }
        return;
    }
    switch (field) {
    case ArticleField::Standfirst:
        if (m_standfirst->toPlainText() != value.toString()) {
            const QSignalBlocker blocker(m_standfirst);
            m_standfirst->setPlainText(value.toString());
        }
        break;
    case ArticleField::Language:
        m_language->setCurrentIndex(m_language->findData(value.toInt()));
        break;
    case ArticleField::Notes:
        m_notes->setText(value.toString());
        break;
    case ArticleField::Section:
        if (m_section->findData(value.toString()) < 0)
            m_section->addItem(value.toString(), value.toString()); // a key not (yet) in the list
        m_section->setCurrentIndex(m_section->findData(value.toString()));
        break;
    case ArticleField::Columns:
        showColumns();
        break;
    case ArticleField::PublishAt:
    case ArticleField::Embargo:
        showTime(field);
        break;
    default:
        break;
    }
}

QWidget *ArticleForm::editorOf(ArticleField field) const
{
    if (QLineEdit *line = m_lines.value(field))
        return line;
    switch (field) {
    case ArticleField::Standfirst:
        return m_standfirst;
    case ArticleField::Notes:
        return m_notes->edit();
    case ArticleField::Language:
        return m_language;
    case ArticleField::Section:
        return m_section;
    case ArticleField::Columns:
        return m_columnsButton;
    case ArticleField::PublishAt:
    case ArticleField::Embargo:
        return m_timeEdit.value(field);
    default:
        return nullptr;
    }
}

void ArticleForm::showProblems(const QList<Error> &problems)
{
    for (ArticleField field : ArticleFields::all()) {
        if (QWidget *widget = editorOf(field)) {
            widget->setProperty("problem", false);
            widget->setStyleSheet({});
            widget->setToolTip({});
        }
    }
    QStringList lines;
    for (const Error &problem : problems) {
        const auto field = ArticleFields::fromErrorField(problem.field);
        const QString name = field ? ArticleFields::label(*field) : problem.field;
        lines.append(name.isEmpty() ? problem.message : tr("%1: %2").arg(name, problem.message));
        if (QWidget *widget = field ? editorOf(*field) : nullptr) {
            widget->setStyleSheet(DarkPalette::problemBorderStyle());
            widget->setToolTip(problem.message);
        }
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

} // namespace PortalDesk::Ui
