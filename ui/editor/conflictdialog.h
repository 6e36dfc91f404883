#pragma once

// Shown when a save is refused because someone saved first: every field that
// differs, mine beside theirs, with a choice per field. The editor keeps
// theirs, keeps mine (saved on top of their version) or saves a merge.

#include "core/content/article.h"
#include "ui/editor/articlefields.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QPlainTextEdit;
class QTableWidget;

namespace PortalDesk::Ui {

struct ConflictDecision
{
    enum Kind { Cancel, KeepMine, KeepTheirs, Merge };
    Kind kind = Cancel;
    Article merged; // for Merge: mine with the fields picked from theirs
};

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const Article &mine, const Article &theirs, const QTimeZone &zone, const QString &message,
        QWidget *parent = nullptr);

    ConflictDecision decision() const { return m_decision; }
    // Picks mine or theirs for one field, as the per-row choice does.
    void choose(ArticleField field, bool theirs);
    Article merged() const;

private:
    void showRow(int row);
    void finish(ConflictDecision::Kind kind);

    Article m_mine;
    Article m_theirs;
    QList<ArticleField> m_fields;
    QTableWidget *m_table;
    QPlainTextEdit *m_mineText;
    QPlainTextEdit *m_theirsText;
    QTimeZone m_zone;
    ConflictDecision m_decision;
};

} // namespace PortalDesk::Ui
