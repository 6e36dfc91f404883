#include "ui/promos/commands/addpromocommand.h"

#include "ui/promos/promoslotmodel.h"

namespace PortalDesk::Ui {

AddPromoCommand::AddPromoCommand(PromoSlotModel *model, const Promo &promo, int row, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_promo(promo)
    , m_row(row)
{ }

void AddPromoCommand::undo()
{
    setObsolete(!m_model->removePromo(m_promo.id));
}

void AddPromoCommand::redo()
{
    auto created = m_model->insertPromo(m_promo, m_row);
    if (created)
        m_promo.id = created->id; // a redo after undo brings back the same promo
    setObsolete(!created);
}

} // namespace PortalDesk::Ui
