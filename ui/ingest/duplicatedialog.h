#pragma once

// The question an editor is asked when wire copy they import is already in the portal
// (issue 15): which article it matches, how far along it is, who touched it last, and how
// it matched ("same original link", "92 % the same text"); then Open Existing (the
// default, so Enter never makes a second copy), Update Existing, Import Anyway or Cancel
// (Esc).

#include "core/ingest/wireduplicates.h"

#include <QMessageBox>
#include <QTimeZone>

namespace PortalDesk::Ui {

enum class DuplicateChoice { OpenExisting, UpdateExisting, ImportAnyway, Cancel };

class DuplicateDialog : public QMessageBox
{
    Q_OBJECT

public:
    // `copyName`: where the copy came from ("release.txt", "pasted copy"); times are shown
    // in `zone`, the portal's.
    DuplicateDialog(const QString &copyName, const WireDuplicate &duplicate, const QTimeZone &zone,
        QWidget *parent = nullptr);

    QAbstractButton *buttonFor(DuplicateChoice choice) const;
    // What the editor chose; Cancel until then, and when the dialog was closed.
    DuplicateChoice choice() const;
};

} // namespace PortalDesk::Ui
