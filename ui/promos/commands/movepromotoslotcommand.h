#pragma once

// Moving a promo to another slot (a drop on the slot list, or Move to Slot).
// It sits on the undo stack of the slot it left, where the editor was working.

#include <QString>
#include <QUndoCommand>

namespace PortalDesk::Ui {

class PromoSlotModel;

class MovePromoToSlotCommand : public QUndoCommand
{
public:
    MovePromoToSlotCommand(PromoSlotModel *from, PromoSlotModel *to, const QString &promoId, int row);

    void undo() override;
    void redo() override;

private:
    PromoSlotModel *m_from;
    PromoSlotModel *m_to;
    QString m_id;
    int m_fromRow;
    int m_toRow;
};

} // namespace PortalDesk::Ui
