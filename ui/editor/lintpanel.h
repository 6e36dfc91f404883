#pragma once

// The typography findings of the open article: one row per finding (which field and
// where in it, what), "Fix" on each fixable row (a click applies it, as does the Fix button
// for the selected row) and "Fix all". Clicking a row
// asks the editor to show the spot. The panel only lists; the editor applies fixes
// (ArticleLint finds, shows and fixes them in every field).

#include "core/text/lint.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace PortalDesk::Ui {

struct ArticleFinding
{
    bool inHeadline = false;
    // finding.fieldKey names its field ("standfirst", "photos/2/caption"); a finding
    // without one is in the headline when inHeadline, else in the body.
    LintFinding finding;
};

class LintPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LintPanel(QWidget *parent = nullptr);

    void setFindings(const QList<ArticleFinding> &findings);
    const QList<ArticleFinding> &findings() const { return m_findings; }
    QTreeWidget *list() const { return m_list; }
    static QString fixText(const LintFinding &finding);
    static QString whereText(const ArticleFinding &entry); // "Standfirst 1:8", "Line 3:1"
    static constexpr int FixColumn = 2;
    QPushButton *attachButton() const { return m_attach; }

signals:
    void showRequested(const PortalDesk::Ui::ArticleFinding &finding);
    void fixRequested(const PortalDesk::Ui::ArticleFinding &finding);
    void fixAllRequested();
    // "Attach as Photo" on a picture from another site (image.offsite).
    void attachRequested(const PortalDesk::Ui::ArticleFinding &finding);

private:
    const ArticleFinding *currentFinding() const;
    void updateFix();

    QList<ArticleFinding> m_findings;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QLabel *m_detail; // the whole message of the selected finding
    QPushButton *m_fix; // the selected finding
    QPushButton *m_fixAll;
    QPushButton *m_attach; // shown for a picture from another site
};

} // namespace PortalDesk::Ui
