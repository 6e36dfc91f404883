#pragma once

// What changed in a translation's original since the translation was last brought up to
// date (issue 15): the original then and now, compared as History compares versions,
// with Mark Up to Date once the translation says the same again.

#include "core/store/translationpairs.h"

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace PortalDesk::Ui {

class OriginalChangesDialog : public QDialog
{
    Q_OBJECT

public:
    OriginalChangesDialog(
        DatabasePtr database, const QString &translationId, const QTimeZone &zone, QWidget *parent = nullptr);

    QString heading() const;
    QString changesText() const; // the compared text, without its colours
    QPlainTextEdit *view() const { return m_text; }
    QPushButton *markUpToDateButton() const { return m_markUpToDate; }

private:
    QLabel *m_heading;
    QPlainTextEdit *m_text;
    QPushButton *m_markUpToDate;
};

} // namespace PortalDesk::Ui
