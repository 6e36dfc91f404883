#pragma once

// Removing a section or topic column; Undo puts it back where it was.

#include "core/content/category.h"

#include <QStringList>
#include <QUndoCommand>

namespace PortalDesk::Ui {

class CategoryListModel;

class RemoveCategoryCommand : public QUndoCommand
{
public:
    RemoveCategoryCommand(CategoryListModel *model, const Category &category);

    // The model made the change already (to learn whether the store took it):
    // the push's redo() leaves it be.
    void markDone() { m_done = true; }

    void undo() override;
    void redo() override;

private:
    bool m_done = false;
    CategoryListModel *m_model;
    Category m_category;
    QStringList m_order; // the list before, to put it back in its place
};

} // namespace PortalDesk::Ui
