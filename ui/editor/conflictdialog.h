#pragma once

// Shown when a save is refused because someone saved first and both changed the same
// thing: what changed on one side only is already merged (the dialog says what); each
// true conflict — a field, or a run of body paragraphs — is listed with the version
// both started from, mine and theirs, and nothing is chosen until the editor picks.
// The editor saves the merge, drops their own edits for their colleague's version
// (Undo brings them back), or cancels.

#include "core/content/articlemerge.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace PortalDesk::Ui {

struct ConflictDecision
{
    enum Kind { Cancel, KeepTheirs, Merge };
    Kind kind = Cancel;
    Article merged; // for Merge: the resolved article, on top of their version
};

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Pick { Undecided, Mine, Theirs, Both }; // Both: body runs only, mine then theirs

    ConflictDialog(const ArticleMerge &merge, const Article &base, const QTimeZone &zone,
        const QString &message, QWidget *parent = nullptr);

    ConflictDecision decision() const { return m_decision; }
    int conflictCount() const;
    // Picks a side for one conflict row, as its Keep column does.
    void choose(int row, Pick pick);
    // The merged article once every conflict has a pick.
    std::optional<Article> resolved() const;

private:
    struct Row
    {
        bool body = false;
        int index = 0; // into merge.conflicts, or the body's chunks
    };

    void showRow(int row);
    void updateButtons();
    Pick pickOf(int row) const;
    QString label(ArticleField field, const QVariant &value) const;
    void finish(ConflictDecision::Kind kind);

    ArticleMerge m_merge;
    Article m_base;
    QTimeZone m_zone;
    QList<Row> m_rows;
    QTableWidget *m_table;
    QPlainTextEdit *m_baseText;
    QPlainTextEdit *m_mineText;
    QPlainTextEdit *m_theirsText;
    QPushButton *m_save = nullptr;
    ConflictDecision m_decision;
};

} // namespace PortalDesk::Ui
