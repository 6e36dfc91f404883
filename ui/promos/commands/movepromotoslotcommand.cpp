#include "ui/promos/commands/movepromotoslotcommand.h"

#include "ui/promos/promoslotmodel.h"
#include "ui/promos/promoslots.h"

#include <QCoreApplication>

namespace PortalDesk::Ui {

MovePromoToSlotCommand::MovePromoToSlotCommand(
    PromoSlotModel *from, PromoSlotModel *to, const QString &promoId, int row)
    : QUndoCommand(QCoreApplication::translate("PortalDesk::Ui::PromoCommands", "Move Promo to %1")
                       .arg(PromoSlots::title(to->slot())))
    , m_from(from)
    , m_to(to)
    , m_id(promoId)
    , m_fromRow(from->rowOf(promoId))
    , m_toRow(row)
{ }

void MovePromoToSlotCommand::undo()
{
    setObsolete(!m_to->moveToSlot(m_id, m_from, m_fromRow));
}

void MovePromoToSlotCommand::redo()
{
    setObsolete(!m_from->moveToSlot(m_id, m_to, m_toRow));
}

} // namespace PortalDesk::Ui
