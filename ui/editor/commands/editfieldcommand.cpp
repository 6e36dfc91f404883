#include "ui/editor/commands/editfieldcommand.h"

#include "ui/editor/articledocument.h"

#include <QCoreApplication>

namespace PortalDesk::Ui {

EditFieldCommand::EditFieldCommand(ArticleDocument *document, ArticleField field, const QVariant &value,
    const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_field(field)
    , m_before(document->field(field))
    , m_after(value)
{
    setText(text.isEmpty() ? QCoreApplication::translate("PortalDesk::Ui::EditFieldCommand", "Edit %1")
                                 .arg(ArticleFields::label(field).toLower())
                           : text);
}

void EditFieldCommand::undo()
{
    m_document->applyField(m_field, m_before);
}

void EditFieldCommand::redo()
{
    m_document->applyField(m_field, m_after);
}

int EditFieldCommand::id() const
{
    return ArticleFields::isTyped(m_field) ? 1000 + static_cast<int>(m_field) : -1;
}

bool EditFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditFieldCommand *>(other);
    if (edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace PortalDesk::Ui
