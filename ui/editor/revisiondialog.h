#pragma once

// The saved versions of an article, newest first: who saved each and when,
// the text of the one selected, and Restore to make it current again.

#include "core/store/articlestore.h"

#include <QDialog>
#include <QTimeZone>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace PortalDesk::Ui {

class RevisionDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionDialog(
        DatabasePtr database, const QString &articleId, const QTimeZone &zone, QWidget *parent = nullptr);

    // The revision to restore once the dialog was accepted.
    qint64 chosenRevision() const { return m_chosen; }

private:
    void showSelected();

    ArticleStore m_store;
    QList<Revision> m_revisions;
    QTreeWidget *m_list;
    QPlainTextEdit *m_text;
    QPushButton *m_restore;
    QTimeZone m_zone;
    qint64 m_chosen = 0;
};

} // namespace PortalDesk::Ui
