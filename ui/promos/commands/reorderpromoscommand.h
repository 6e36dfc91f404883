#pragma once

// Moving promos inside a slot (a drag and drop, or Move Up/Down).

#include <QStringList>
#include <QUndoCommand>

namespace PortalDesk::Ui {

class PromoSlotModel;

class ReorderPromosCommand : public QUndoCommand
{
public:
    ReorderPromosCommand(PromoSlotModel *model, const QStringList &before, const QStringList &after);

    void undo() override;
    void redo() override;

private:
    PromoSlotModel *m_model;
    QStringList m_before;
    QStringList m_after;
};

} // namespace PortalDesk::Ui
