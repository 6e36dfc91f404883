#pragma once

// Adding a section or topic column (Add Section… / Add Column…).

#include "core/content/category.h"

#include <QUndoCommand>

namespace PortalDesk::Ui {

class CategoryListModel;

class AddCategoryCommand : public QUndoCommand
{
public:
    AddCategoryCommand(CategoryListModel *model, const Category &category);

    // The model made the change already (to learn whether the store took it):
    // the push's redo() leaves it be.
    void markDone() { m_done = true; }

    void undo() override;
    void redo() override;

private:
    bool m_done = false;
    CategoryListModel *m_model;
    Category m_category;
};

} // namespace PortalDesk::Ui
