#include "ui/editor/lintpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

LintPanel::LintPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget)
    , m_summary(new QLabel)
    , m_fixAll(new QPushButton(tr("Fix All")))
{
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("Where"), tr("Finding"), QString() });
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *title = new QLabel(tr("Typography"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_summary, 1);
    top->addWidget(m_fixAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);

    connect(m_fixAll, &QPushButton::clicked, this, &LintPanel::fixAllRequested);
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int row = m_list->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_findings.size())
            emit showRequested(m_findings.at(row));
    });
    setFindings({});
}

void LintPanel::setFindings(const QList<ArticleFinding> &findings)
{
    m_findings = findings;
    m_list->clear();
    int fixable = 0;
    for (const ArticleFinding &entry : findings) {
        const LintFinding &finding = entry.finding;
        const QString where
            = entry.inHeadline ? tr("Headline") : tr("Line %1:%2").arg(finding.line).arg(finding.column);
        auto *item = new QTreeWidgetItem(m_list, { where, finding.message });
        item->setToolTip(1, finding.message + QStringLiteral("\n") + finding.rule);
        if (finding.replacement) {
            ++fixable;
            auto *fix = new QToolButton;
            fix->setText(tr("Fix"));
            fix->setToolTip(tr("Replace with “%1”").arg(*finding.replacement));
            m_list->setItemWidget(item, 2, fix);
            connect(fix, &QToolButton::clicked, this, [this, entry] { emit fixRequested(entry); });
        }
    }
    m_summary->setText(
        findings.isEmpty() ? tr("No findings") : tr("%n finding(s)", nullptr, int(findings.size())));
    m_fixAll->setEnabled(fixable > 0);
}

} // namespace PortalDesk::Ui
