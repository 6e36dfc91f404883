#pragma once

// Adding a promo to a slot, new or duplicated; undo deletes it again.

#include "core/content/promo.h"

#include <QUndoCommand>

namespace PortalDesk::Ui {

class PromoSlotModel;

class AddPromoCommand : public QUndoCommand
{
public:
    AddPromoCommand(PromoSlotModel *model, const Promo &promo, int row, const QString &text);

    void undo() override;
    void redo() override;
    QString promoId() const { return m_promo.id; } // known after the first redo

private:
    PromoSlotModel *m_model;
    Promo m_promo;
    int m_row;
};

} // namespace PortalDesk::Ui
