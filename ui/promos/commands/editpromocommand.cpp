#include "ui/promos/commands/editpromocommand.h"

#include "ui/promos/promoslotmodel.h"

#include <QCoreApplication>

namespace PortalDesk::Ui {

EditPromoCommand::EditPromoCommand(PromoSlotModel *model, const Promo &before, const Promo &after)
    : QUndoCommand(QCoreApplication::translate("PortalDesk::Ui::PromoCommands", "Edit Promo"))
    , m_model(model)
    , m_before(before)
    , m_after(after)
{ }

void EditPromoCommand::undo()
{
    setObsolete(!m_model->updatePromo(m_before));
}

void EditPromoCommand::redo()
{
    setObsolete(!m_model->updatePromo(m_after));
}

} // namespace PortalDesk::Ui
