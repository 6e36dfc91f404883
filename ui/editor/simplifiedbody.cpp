#include "ui/editor/simplifiedbody.h"

#include "core/text/scriptconverter.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articletextedit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

SimplifiedBody::SimplifiedBody(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_text(new ArticleTextEdit)
    , m_state(new QLabel)
    , m_clear(new QPushButton(tr("Use Conversion")))
{
    m_text->setObjectName(QStringLiteral("simplifiedBody"));
    m_text->document()->setUndoRedoEnabled(false); // the article's stack keeps the history
    m_text->setUndoStack(document->undoStack()); // and the right-click menu steps it
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
