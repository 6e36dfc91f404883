#include "ui/editor/conflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

QString shortened(const QString &text)
{
    QString line = text.simplified();
    return line.size() > 80 ? line.left(79) + u'…' : line;
}

} // namespace

ConflictDialog::ConflictDialog(const Article &mine, const Article &theirs, const QTimeZone &zone,
    const QString &message, QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_fields(ArticleFields::differing(mine, theirs))
    , m_table(new QTableWidget)
    , m_mineText(new QPlainTextEdit)
    , m_theirsText(new QPlainTextEdit)
    , m_zone(zone)
{
    setWindowTitle(tr("Someone Else Saved This Article"));
    resize(1000, 640);

    auto *intro = new QLabel(tr("<b>%1</b><br>Nothing has been overwritten. Compare the versions and "
                                "choose, field by field, what to keep.")
                                 .arg(message.toHtmlEscaped()));
    intro->setWordWrap(true);

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Mine (version %1 + my edits)").arg(mine.version),
        tr("Theirs (version %1, %2)").arg(theirs.version).arg(theirs.updatedBy), tr("Keep") });
    m_table->setRowCount(int(m_fields.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < m_fields.size(); ++row) {
        const ArticleField field = m_fields.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(ArticleFields::label(field)));
        m_table->setItem(row, 1, new QTableWidgetItem(shortened(ArticleFields::display(mine, field, zone))));
        m_table->setItem(
            row, 2, new QTableWidgetItem(shortened(ArticleFields::display(theirs, field, zone))));
        auto *keep = new QComboBox;
        keep->addItems({ tr("Mine"), tr("Theirs") });
        m_table->setCellWidget(row, 3, keep);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(3);

    for (QPlainTextEdit *text : { m_mineText, m_theirsText }) {
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    auto *sideBySide = new QSplitter(Qt::Horizontal);
    sideBySide->addWidget(m_mineText);
    sideBySide->addWidget(m_theirsText);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(sideBySide);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox;
    QPushButton *keepMine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setToolTip(tr("Save my version on top of theirs"));
    QPushButton *keepTheirs = buttons->addButton(tr("Keep Theirs"), QDialogButtonBox::AcceptRole);
    keepTheirs->setToolTip(tr("Replace my edits by their version (Undo brings mine back)"));
    QPushButton *merge = buttons->addButton(tr("Save Selection"), QDialogButtonBox::AcceptRole);
    merge->setToolTip(tr("Save the fields as chosen in the Keep column"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(keepMine, &QPushButton::clicked, this, [this] { finish(ConflictDecision::KeepMine); });
    connect(keepTheirs, &QPushButton::clicked, this, [this] { finish(ConflictDecision::KeepTheirs); });
    connect(merge, &QPushButton::clicked, this, [this] { finish(ConflictDecision::Merge); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    if (!m_fields.isEmpty())
        m_table->selectRow(0);
}

void ConflictDialog::showRow(int row)
{
    if (row < 0 || row >= m_fields.size())
        return;
    const ArticleField field = m_fields.at(row);
    m_mineText->setPlainText(ArticleFields::display(m_mine, field, m_zone));
    m_theirsText->setPlainText(ArticleFields::display(m_theirs, field, m_zone));
}

void ConflictDialog::choose(ArticleField field, bool theirs)
{
    const int row = int(m_fields.indexOf(field));
    if (auto *keep = row >= 0 ? qobject_cast<QComboBox *>(m_table->cellWidget(row, 3)) : nullptr)
        keep->setCurrentIndex(theirs ? 1 : 0);
}

Article ConflictDialog::merged() const
{
    Article merged = m_mine;
    for (int row = 0; row < m_fields.size(); ++row) {
        const auto *keep = qobject_cast<QComboBox *>(m_table->cellWidget(row, 3));
        if (keep && keep->currentIndex() == 1)
            ArticleFields::setValue(
                merged, m_fields.at(row), ArticleFields::value(m_theirs, m_fields.at(row)));
    }
    return merged;
}

void ConflictDialog::finish(ConflictDecision::Kind kind)
{
    m_decision.kind = kind;
    if (kind == ConflictDecision::Merge)
        m_decision.merged = merged();
    accept();
}

} // namespace PortalDesk::Ui
