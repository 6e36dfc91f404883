#include "ui/editor/readonlywidgets.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>

namespace PortalDesk::Ui::ReadOnlyWidgets {

// Texts stay selectable and copyable when read-only; controls that would change the
// article are disabled, and only those disabled here are enabled again.
void setEditable(QWidget *root, bool editable)
{
    const char *mark = "disabledWhileReadOnly";
    // Turning a clear button off deletes it: the list holds guarded pointers.
    const QList<QWidget *> found = root->findChildren<QWidget *>();
    const QList<QPointer<QWidget>> widgets(found.cbegin(), found.cend());
    for (QWidget *widget : widgets) {
        if (!widget)
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(widget); line
            && !qobject_cast<QAbstractSpinBox *>(line->parent())
            && !qobject_cast<QComboBox *>(line->parent())) {
            line->setReadOnly(!editable);
            // A clear button would still empty a read-only field.
            if (!editable && line->isClearButtonEnabled()) {
                line->setProperty(mark, true);
                line->setClearButtonEnabled(false);
            } else if (editable && line->property(mark).toBool()) {
                line->setProperty(mark, false);
                line->setClearButtonEnabled(true);
            }
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
            text->setReadOnly(!editable);
        } else if (widget->property(viewOnlyProperty).toBool()) {
            continue; // shows or hides something, changes nothing: a reader may use it
        } else if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QListWidget *>(widget)) {
            if (!editable && widget->isEnabled()) {
                widget->setProperty(mark, true);
                widget->setEnabled(false);
            } else if (editable && widget->property(mark).toBool()) {
                widget->setProperty(mark, false);
                widget->setEnabled(true);
            }
        }
    }
}

} // namespace PortalDesk::Ui::ReadOnlyWidgets
