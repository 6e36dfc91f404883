#pragma once

// A new order of sections or columns: a drag, Move Up/Down or Sort by Stroke Count.

#include <QStringList>
#include <QUndoCommand>

namespace PortalDesk::Ui {

class CategoryListModel;

class ReorderCategoriesCommand : public QUndoCommand
{
public:
    ReorderCategoriesCommand(
        CategoryListModel *model, const QStringList &before, const QStringList &after, const QString &text);

    // The model made the change already (to learn whether the store took it):
    // the push's redo() leaves it be.
    void markDone() { m_done = true; }

    void undo() override;
    void redo() override;

private:
    bool m_done = false;
    CategoryListModel *m_model;
    QStringList m_before;
    QStringList m_after;
};

} // namespace PortalDesk::Ui
