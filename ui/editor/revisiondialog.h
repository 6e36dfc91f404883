#pragma once

// The saved versions of an article, newest first: who saved each and when, what the
// one selected changed since the version before it (or, with two selected, between
// them: words in English, characters in Chinese), and Restore to make it current again.

#include "core/store/articlestore.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QLabel;
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

    // The rows selected, newest first.
    QList<int> selectedRows() const;

private:
    void showSelected();
    QString textOf(const Article &article) const;

    ArticleStore m_store;
    QList<Revision> m_revisions;
    QTreeWidget *m_list;
    QLabel *m_heading;
    QCheckBox *m_changes;
    QPlainTextEdit *m_text;
    QPushButton *m_restore;
    QTimeZone m_zone;
    qint64 m_chosen = 0;
};

} // namespace PortalDesk::Ui
