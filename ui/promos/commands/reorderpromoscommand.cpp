#include "ui/promos/commands/reorderpromoscommand.h"

#include "ui/promos/promoslotmodel.h"

#include <QCoreApplication>

namespace PortalDesk::Ui {

ReorderPromosCommand::ReorderPromosCommand(
    PromoSlotModel *model, const QStringList &before, const QStringList &after)
    : QUndoCommand(QCoreApplication::translate("PortalDesk::Ui::PromoCommands", "Move Promo"))
    , m_model(model)
    , m_before(before)
    , m_after(after)
{ }

void ReorderPromosCommand::undo()
{
    setObsolete(!m_model->applyOrder(m_before));
}

void ReorderPromosCommand::redo()
{
    setObsolete(!m_model->applyOrder(m_after));
}

} // namespace PortalDesk::Ui
