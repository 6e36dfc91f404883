#pragma once

// The checklist Publish and Schedule show before anything changes (see
// core/publish/publishcheck.h): errors, each with a ✖, block and offer to go to the
// field; warnings ask ("Publish Anyway"); what passed is ticked, so the editor sees what
// was looked at. Double-clicking a line (or Go to Field) closes the dialog and names
// the field for the editor to focus.

#include "core/publish/publishcheck.h"

#include <QDialog>
#include <QTimeZone>

class QTreeWidget;

namespace PortalDesk::Ui {

class PublishCheckDialog : public QDialog
{
    Q_OBJECT

public:
    PublishCheckDialog(
        const PublishCheckInput &input, const QList<PublishCheck> &checks, QWidget *parent = nullptr);

    // Set when the dialog was closed to go to a field ("headline", "body", …).
    QString fieldToShow() const { return m_field; }
    QTreeWidget *list() const { return m_list; }

private:
    void goToSelected();

    QList<PublishCheck> m_checks;
    QTreeWidget *m_list;
    QString m_field;
};

} // namespace PortalDesk::Ui
