#pragma once

// Saving the promo dialog's changes; undo saves the earlier text back.

#include "core/content/promo.h"

#include <QUndoCommand>

namespace PortalDesk::Ui {

class PromoSlotModel;

class EditPromoCommand : public QUndoCommand
{
public:
    EditPromoCommand(PromoSlotModel *model, const Promo &before, const Promo &after);

    void undo() override;
    void redo() override;

private:
    PromoSlotModel *m_model;
    Promo m_before;
    Promo m_after;
};

} // namespace PortalDesk::Ui
