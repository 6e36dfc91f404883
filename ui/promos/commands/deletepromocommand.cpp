#include "ui/promos/commands/deletepromocommand.h"

#include "ui/promos/promoslotmodel.h"

#include <QCoreApplication>

namespace PortalDesk::Ui {

DeletePromoCommand::DeletePromoCommand(PromoSlotModel *model, const Promo &promo)
    : QUndoCommand(QCoreApplication::translate("PortalDesk::Ui::PromoCommands", "Delete Promo"))
    , m_model(model)
    , m_promo(promo)
{ }

void DeletePromoCommand::undo()
{
    setObsolete(!m_model->insertPromo(m_promo, m_row));
}

void DeletePromoCommand::redo()
{
    m_row = m_model->rowOf(m_promo.id);
    setObsolete(!m_model->removePromo(m_promo.id));
}

} // namespace PortalDesk::Ui
