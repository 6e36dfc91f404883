#pragma once

// Undo step for one field edit (headline typed, section picked, photo added…).
// Consecutive typing in the same field merges into one step.

#include "ui/editor/articlefields.h"

#include <QUndoCommand>

namespace PortalDesk::Ui {

class ArticleDocument;

class EditFieldCommand : public QUndoCommand
{
public:
    EditFieldCommand(ArticleDocument *document, ArticleField field, const QVariant &value,
        const QString &text = {}, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleDocument *m_document;
    ArticleField m_field;
    QVariant m_before;
    QVariant m_after;
};

} // namespace PortalDesk::Ui
