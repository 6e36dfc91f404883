#pragma once

// Editing one name of a section or column in place (Traditional, Simplified or English).

#include "core/content/language.h"

#include <QString>
#include <QUndoCommand>

namespace PortalDesk::Ui {

class CategoryListModel;

class RenameCategoryCommand : public QUndoCommand
{
public:
    RenameCategoryCommand(CategoryListModel *model, const QString &key, Language language,
        const QString &before, const QString &after);

    // The model made the change already (to learn whether the store took it):
    // the push's redo() leaves it be.
    void markDone() { m_done = true; }

    void undo() override;
    void redo() override;

private:
    bool m_done = false;
    CategoryListModel *m_model;
    QString m_key;
    Language m_language;
    QString m_before;
    QString m_after;
};

} // namespace PortalDesk::Ui
