#include "ui/editor/conflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

// Where two texts stop agreeing, and how much of each differs after that.
struct Difference
{
    qsizetype start = 0;
    qsizetype mineLength = 0;
    qsizetype theirsLength = 0;
};

Difference difference(const QString &mine, const QString &theirs)
{
    qsizetype start = 0;
    const qsizetype shorter = std::min(mine.size(), theirs.size());
    while (start < shorter && mine.at(start) == theirs.at(start))
        ++start;
    qsizetype end = 0;
    while (end < shorter - start && mine.at(mine.size() - 1 - end) == theirs.at(theirs.size() - 1 - end))
        ++end;
    return { start, mine.size() - start - end, theirs.size() - start - end };
}

// One line for the table, starting a little before the first difference.
QString shortened(const QString &text, const QString &other)
{
    const qsizetype start = std::max<qsizetype>(0, difference(text, other).start - 12);
    QString line = text.mid(start).simplified();
    if (start > 0)
        line.prepend(u'…');
    return line.size() > 80 ? line.left(79) + u'…' : line;
}

void markDifference(QPlainTextEdit *view, qsizetype start, qsizetype length)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection marked;
    marked.cursor = cursor;
    marked.format.setBackground(QColor(0xff, 0xe0, 0x82));
    marked.format.setForeground(Qt::black);
    view->setExtraSelections({ marked });
    QTextCursor at(view->document());
    at.setPosition(int(start));
    view->setTextCursor(at);
    view->centerCursor();
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
        const QString mineText = ArticleFields::display(mine, field, zone);
        const QString theirsText = ArticleFields::display(theirs, field, zone);
        m_table->setItem(row, 1, new QTableWidgetItem(shortened(mineText, theirsText)));
        m_table->setItem(row, 2, new QTableWidgetItem(shortened(theirsText, mineText)));
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
    const QString mine = ArticleFields::display(m_mine, field, m_zone);
    const QString theirs = ArticleFields::display(m_theirs, field, m_zone);
    m_mineText->setPlainText(mine);
    m_theirsText->setPlainText(theirs);
    const Difference differ = difference(mine, theirs);
    markDifference(m_mineText, differ.start, differ.mineLength);
    markDifference(m_theirsText, differ.start, differ.theirsLength);
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
