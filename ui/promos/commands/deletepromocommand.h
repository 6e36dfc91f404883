#pragma once

// Deleting a promo; undo puts it back, with the same id, where it was.

#include "core/content/promo.h"

#include <QUndoCommand>

namespace PortalDesk::Ui {

class PromoSlotModel;

class DeletePromoCommand : public QUndoCommand
{
public:
    DeletePromoCommand(PromoSlotModel *model, const Promo &promo);

    void undo() override;
    void redo() override;

private:
    PromoSlotModel *m_model;
    Promo m_promo;
    int m_row = 0;
};

} // namespace PortalDesk::Ui
