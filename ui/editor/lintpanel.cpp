#include "ui/editor/lintpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

QString LintPanel::fixText(const LintFinding &finding)
{
    if (!finding.replacement)
        return tr("No automatic fix: edit the text by hand.");
    if (finding.replacement->isEmpty())
        return tr("Fix: remove the marked characters.");
    return tr("Fix: replace with “%1”.").arg(*finding.replacement);
}

QString LintPanel::whereText(const ArticleFinding &entry)
{
    const LintFinding &finding = entry.finding;
    if (!finding.field.isEmpty()) {
        QString field = finding.field;
        field[0] = field[0].toUpper();
        return tr("%1 %2:%3").arg(field).arg(finding.line).arg(finding.column);
    }
    return entry.inHeadline ? tr("Headline") : tr("Line %1:%2").arg(finding.line).arg(finding.column);
}

namespace {

QString severityText(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Warning:
        return LintPanel::tr("Warning");
    case LintSeverity::Note:
        return LintPanel::tr("Note");
    case LintSeverity::Error:
        break;
    }
    return LintPanel::tr("Typography");
}

} // namespace

LintPanel::LintPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget)
    , m_summary(new QLabel)
    , m_detail(new QLabel)
    , m_fix(new QPushButton(tr("Fix")))
    , m_fixAll(new QPushButton(tr("Fix All")))
    , m_attach(new QPushButton(tr("Attach as Photo")))
{
    m_attach->setObjectName(QStringLiteral("attachAsPhoto"));
    m_attach->setToolTip(tr("Fetch the picture, add it to the article's photos with its description as "
                            "caption, and take it out of the text"));
    m_attach->hide();
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
    top->addWidget(m_fix);
    top->addWidget(m_fixAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    auto *detail = new QHBoxLayout; // under the list, where the finding is explained
    detail->addWidget(m_detail, 1);
    detail->addWidget(m_attach, 0, Qt::AlignTop);
    layout->addLayout(detail);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int row = m_list->indexOfTopLevelItem(item);
        if (row < 0 || row >= m_findings.size()) {
            m_detail->clear();
            return;
        }
        const LintFinding &finding = m_findings.at(row).finding;
        m_detail->setText(finding.message + u'\n' + fixText(finding));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &LintPanel::updateFix);

    connect(m_fixAll, &QPushButton::clicked, this, &LintPanel::fixAllRequested);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (const ArticleFinding *current = currentFinding())
            emit attachRequested(*current);
    });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int column) {
        const int row = m_list->indexOfTopLevelItem(item);
        if (row < 0 || row >= m_findings.size())
            return;
        const ArticleFinding entry = m_findings.at(row); // a fix replaces the list
        if (column == FixColumn && entry.finding.replacement)
            emit fixRequested(entry);
        else
            emit showRequested(entry);
    });
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (const ArticleFinding *current = currentFinding(); current && current->finding.replacement)
            emit fixRequested(ArticleFinding(*current));
    });
    setFindings({});
}

void LintPanel::setFindings(const QList<ArticleFinding> &findings)
{
    m_findings = findings;
    m_list->clear();
    // One insertion of every row: a pasted story can bring thousands of findings, and rows
    // added one at a time (each with a button of its own, as before) took half a minute for
    // 1,700 of them. A fixable row says "Fix" in its last column, which a click applies.
    QList<QTreeWidgetItem *> items;
    items.reserve(findings.size());
    const QBrush fixBrush = palette().brush(QPalette::Link);
    int fixable = 0;
    for (const ArticleFinding &entry : findings) {
        const LintFinding &finding = entry.finding;
        auto *item = new QTreeWidgetItem({ whereText(entry), finding.message });
        item->setToolTip(1,
            severityText(finding.severity) + QStringLiteral(": ") + finding.message + QStringLiteral("\n")
                + finding.rule);
        if (finding.severity == LintSeverity::Note) {
            // Usually right (Cantonese in a quotation): shown, but quieter.
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (finding.replacement) {
            ++fixable;
            item->setText(FixColumn, tr("Fix"));
            item->setForeground(FixColumn, fixBrush);
            item->setToolTip(FixColumn, fixText(finding));
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_summary->setText(
        findings.isEmpty() ? tr("No findings") : tr("%n finding(s)", nullptr, int(findings.size())));
    m_fixAll->setEnabled(fixable > 0);
    m_detail->clear();
    if (!findings.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateFix();
}

const ArticleFinding *LintPanel::currentFinding() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

void LintPanel::updateFix()
{
    const ArticleFinding *current = currentFinding();
    m_fix->setEnabled(current && current->finding.replacement);
    m_fix->setToolTip(current ? fixText(current->finding) : QString());
    // In the body only: "attach" takes the picture out of it into the photos.
    m_attach->setVisible(current && current->finding.rule == u"image.offsite" && !current->inHeadline
        && (current->finding.fieldKey.isEmpty() || current->finding.fieldKey == u"body"));
}

} // namespace PortalDesk::Ui
