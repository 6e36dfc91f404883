#include "ui/editor/notesfield.h"

#include "ui/editor/readonlywidgets.h"

#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

NotesField::NotesField(QWidget *parent)
    : QWidget(parent)
    , m_header(new QToolButton)
    , m_edit(new QPlainTextEdit)
{
    m_header->setObjectName(QStringLiteral("notesHeader"));
    m_header->setCheckable(true);
    m_header->setProperty(ReadOnlyWidgets::viewOnlyProperty, true); // readers may unfold it
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setToolTip(tr("Notes for the desk: readers never see them, on any page or feed"));
    m_edit->setObjectName(QStringLiteral("notesEdit"));
    m_edit->setPlaceholderText(tr("For the desk, never published: a release's boilerplate and media "
                                  "contacts, a note to the sub-editor…"));
    m_edit->setTabChangesFocus(true);
    m_edit->document()->setUndoRedoEnabled(false); // the article's undo stack has it
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 6 + 14);
    m_edit->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header, 0, Qt::AlignLeft);
    layout->addWidget(m_edit);

    connect(m_header, &QToolButton::toggled, this, &NotesField::setOpen);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateHeader();
        emit textEdited(m_edit->toPlainText());
    });
    updateHeader();
}

void NotesField::setText(const QString &text)
{
    if (m_edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(text);
    updateHeader();
}

bool NotesField::isOpen() const
{
    return !m_edit->isHidden();
}

void NotesField::setOpen(bool open)
{
    const QSignalBlocker blocker(m_header);
    m_header->setChecked(open);
    m_edit->setVisible(open);
    if (open)
        m_edit->setFocus(Qt::OtherFocusReason);
    updateHeader();
}

void NotesField::updateHeader()
{
    m_header->setArrowType(isOpen() ? Qt::DownArrow : Qt::RightArrow);
    const QString text = m_edit->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_header->setText(tr("Desk notes (never published)"));
        return;
    }
    const int lines = int(text.count(u'\n')) + 1;
    m_header->setText(lines == 1 ? tr("Desk notes (never published) · 1 line")
                                 : tr("Desk notes (never published) · %1 lines").arg(lines));
}

} // namespace PortalDesk::Ui
