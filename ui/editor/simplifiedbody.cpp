#include "ui/editor/simplifiedbody.h"

#include "core/text/normaliser.h"
#include "core/text/scriptconverter.h"
#include "ui/editor/articledocument.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

// Ctrl+Z and Ctrl+Shift+Z go on to Edit ▸ Undo/Redo, i.e. the article's stack;
// pasted text passes the normaliser as in the body.
class SimplifiedTextEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasText())
            textCursor().insertText(Normaliser::normalise(source->text()).text);
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                event->ignore();
                return true;
            }
        }
        return QPlainTextEdit::event(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))
            return;
        QPlainTextEdit::keyPressEvent(event);
    }
};

} // namespace

SimplifiedBody::SimplifiedBody(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_text(new SimplifiedTextEdit)
    , m_state(new QLabel)
    , m_clear(new QPushButton(tr("Use Conversion")))
{
    m_text->setObjectName(QStringLiteral("simplifiedBody"));
    m_text->document()->setUndoRedoEnabled(false); // the article's stack keeps the history
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(
        tr("Empty: the Simplified edition converts the body above phrase by phrase (e.g. 頭髮 → 头发)."));
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_text->setFont(font);
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    auto *fill = new QPushButton(tr("Fill from Conversion"));
    fill->setObjectName(QStringLiteral("fillFromConversion"));
    fill->setToolTip(tr("Start from the converter's Simplified text of the body"));
    m_clear->setToolTip(tr("Empty this text, so the Simplified edition follows the body again"));
    connect(fill, &QPushButton::clicked, this, &SimplifiedBody::fillFromConversion);
    connect(m_clear, &QPushButton::clicked, this, &SimplifiedBody::useConversion);
    connect(m_text, &QPlainTextEdit::textChanged, this,
        [this] { m_document->setField(ArticleField::SimplifiedBody, m_text->toPlainText()); });
    connect(m_document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::SimplifiedBody)
            showText();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_state, 1);
    bar->addWidget(fill);
    bar->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    showText();
}

bool SimplifiedBody::fillFromConversion()
{
    const Result<QString> converted = ScriptConverter::toSimplified(m_document->bodyText());
    if (!converted) {
        QMessageBox::warning(this, tr("Fill from Conversion"), converted.error().text());
        return false;
    }
    // A macro of its own, so it never merges into the typing before or after it.
    m_document->undoStack()->beginMacro(tr("Fill Simplified edition"));
    m_document->setField(ArticleField::SimplifiedBody, *converted);
    m_document->undoStack()->endMacro();
    emit message(tr("The Simplified edition now has its own text; edit it as the Mainland desk needs."));
    return true;
}

void SimplifiedBody::useConversion()
{
    m_document->undoStack()->beginMacro(tr("Use conversion for Simplified edition"));
    m_document->setField(ArticleField::SimplifiedBody, QString());
    m_document->undoStack()->endMacro();
}

void SimplifiedBody::showText()
{
    const QString text = m_document->field(ArticleField::SimplifiedBody).toString();
    if (m_text->toPlainText() != text) {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(text);
    }
    updateState();
}

void SimplifiedBody::updateState()
{
    const bool own = !m_text->toPlainText().isEmpty();
    m_state->setText(own ? tr("The Simplified (简) edition shows this text instead of converting the body.")
                         : tr("The Simplified (简) edition converts the body automatically."));
    m_clear->setEnabled(own);
}

} // namespace PortalDesk::Ui
