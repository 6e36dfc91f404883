#include "ui/editor/conflictdialog.h"

#include "ui/editor/articlefields.h"

#include <QComboBox>
#include <QCoreApplication>
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

// One line for the table.
QString shortened(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 60 ? line.left(59) + u'…' : line;
}

QString paragraphs(const QStringList &list)
{
    return list.join(QStringLiteral("\n\n"));
}

QWidget *titled(const QString &title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(title));
    layout->addWidget(content);
    return box;
}

QString fieldList(const QList<ArticleField> &fields)
{
    QStringList names;
    for (ArticleField field : fields)
        names << ArticleFields::label(field);
    return names.join(QCoreApplication::translate("PortalDesk::Ui::ConflictDialog", ", "));
}

} // namespace

ConflictDialog::ConflictDialog(const ArticleMerge &merge, const Article &base, const QTimeZone &zone,
    const QString &message, QWidget *parent)
    : QDialog(parent)
    , m_merge(merge)
    , m_base(base)
    , m_zone(zone)
    , m_table(new QTableWidget)
    , m_baseText(new QPlainTextEdit)
    , m_mineText(new QPlainTextEdit)
    , m_theirsText(new QPlainTextEdit)
{
    setWindowTitle(tr("Someone Else Saved This Article"));
    resize(1100, 680);
    const Article &theirs = merge.merged;

    for (int i = 0; i < merge.conflicts.size(); ++i)
        m_rows.append({ false, i });
    for (int i = 0; i < merge.body.chunks.size(); ++i) {
        if (merge.body.chunks.at(i).conflict)
            m_rows.append({ true, i });
    }

    QString intro
        = QStringLiteral("<b>%1</b><br>").arg(message.toHtmlEscaped()) + tr("Nothing has been overwritten.");
    if (!merge.fromTheirs.isEmpty())
        intro += u' ' + tr("Their changes to %1 are kept.").arg(fieldList(merge.fromTheirs).toHtmlEscaped());
    if (!merge.fromMine.isEmpty())
        intro += u' ' + tr("Your changes to %1 are kept.").arg(fieldList(merge.fromMine).toHtmlEscaped());
    if (merge.bodyMerged && merge.body.chunks.size() > m_rows.size() - merge.conflicts.size())
        intro += u' ' + tr("Body paragraphs only one of you changed are merged.");
    intro += QStringLiteral("<br>")
        + tr("You both changed what is listed below; choose what to keep for each. Conflicts: %1.")
              .arg(m_rows.size());
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({ tr("Conflict"), tr("Before (version %1)").arg(base.version),
        tr("Mine"),
        theirs.updatedBy.isEmpty() ? tr("Theirs (version %1)").arg(theirs.version)
                                   : tr("Theirs (version %1, %2)").arg(theirs.version).arg(theirs.updatedBy),
        tr("Keep") });
    m_table->setRowCount(int(m_rows.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int column : { 1, 2, 3 })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    int paragraph = 1; // where each body run starts in the text before
    int nextChunk = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &entry = m_rows.at(row);
        QString what;
        QString texts[3];
        auto *keep = new QComboBox;
        keep->addItems({ tr("Choose…"), tr("Mine"), tr("Theirs") });
        if (entry.body) {
            for (; nextChunk < entry.index; ++nextChunk) {
                const TextMerge::Chunk &chunk = merge.body.chunks.at(nextChunk);
                paragraph += int(chunk.conflict ? chunk.base.size() : chunk.settled.size());
            }
            const TextMerge::Chunk &chunk = merge.body.chunks.at(entry.index);
            what = tr("Body, paragraph %1").arg(paragraph);
            texts[0] = paragraphs(chunk.base);
            texts[1] = paragraphs(chunk.mine);
            texts[2] = paragraphs(chunk.theirs);
            keep->addItem(tr("Both (mine first)"));
        } else {
            const ArticleMerge::Conflict &conflict = merge.conflicts.at(entry.index);
            what = ArticleFields::label(conflict.field);
            texts[0] = label(conflict.field, conflict.base);
            texts[1] = label(conflict.field, conflict.mine);
            texts[2] = label(conflict.field, conflict.theirs);
        }
        m_table->setItem(row, 0, new QTableWidgetItem(what));
        for (int column = 0; column < 3; ++column)
            m_table->setItem(row, column + 1,
                new QTableWidgetItem(texts[column].isEmpty() ? tr("(nothing)") : shortened(texts[column])));
        keep->setAccessibleName(tr("Keep for %1").arg(what));
        connect(keep, &QComboBox::currentIndexChanged, this, &ConflictDialog::updateButtons);
        m_table->setCellWidget(row, 4, keep);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(4);

    for (QPlainTextEdit *text : { m_baseText, m_mineText, m_theirsText }) {
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    auto *sideBySide = new QSplitter(Qt::Horizontal);
    sideBySide->addWidget(titled(tr("Before"), m_baseText));
    sideBySide->addWidget(titled(tr("Mine"), m_mineText));
    sideBySide->addWidget(titled(tr("Theirs"), m_theirsText));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(sideBySide);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("Save Merge"), QDialogButtonBox::AcceptRole);
    QPushButton *keepTheirs = buttons->addButton(tr("Discard My Edits"), QDialogButtonBox::DestructiveRole);
    keepTheirs->setToolTip(tr("Show their version instead of mine (Undo brings mine back)"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, [this] { finish(ConflictDecision::Merge); });
    connect(keepTheirs, &QPushButton::clicked, this, [this] { finish(ConflictDecision::KeepTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    updateButtons();
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
}

int ConflictDialog::conflictCount() const
{
    return int(m_rows.size());
}

QString ConflictDialog::label(ArticleField field, const QVariant &value) const
{
    Article holder = m_merge.merged;
    ArticleFields::setValue(holder, field, value);
    return ArticleFields::display(holder, field, m_zone);
}

void ConflictDialog::showRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row &entry = m_rows.at(row);
    if (entry.body) {
        const TextMerge::Chunk &chunk = m_merge.body.chunks.at(entry.index);
        m_baseText->setPlainText(paragraphs(chunk.base));
        m_mineText->setPlainText(paragraphs(chunk.mine));
        m_theirsText->setPlainText(paragraphs(chunk.theirs));
        return;
    }
    const ArticleMerge::Conflict &conflict = m_merge.conflicts.at(entry.index);
    m_baseText->setPlainText(label(conflict.field, conflict.base));
    m_mineText->setPlainText(label(conflict.field, conflict.mine));
    m_theirsText->setPlainText(label(conflict.field, conflict.theirs));
}

ConflictDialog::Pick ConflictDialog::pickOf(int row) const
{
    const auto *keep = qobject_cast<QComboBox *>(m_table->cellWidget(row, 4));
    return keep ? static_cast<Pick>(keep->currentIndex()) : Pick::Undecided;
}

void ConflictDialog::choose(int row, Pick pick)
{
    if (auto *keep = qobject_cast<QComboBox *>(m_table->cellWidget(row, 4));
        keep && int(pick) < keep->count())
        keep->setCurrentIndex(int(pick));
}

std::optional<Article> ConflictDialog::resolved() const
{
    QMap<ArticleField, ArticleMerge::Side> picks;
    QList<TextMerge::Choice> choices;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Pick pick = pickOf(row);
        if (pick == Pick::Undecided)
            return std::nullopt;
        if (m_rows.at(row).body) {
            choices << (pick == Pick::Mine ? TextMerge::Choice::Mine
                    : pick == Pick::Theirs ? TextMerge::Choice::Theirs
                                           : TextMerge::Choice::Both);
        } else {
            picks.insert(m_merge.conflicts.at(m_rows.at(row).index).field,
                pick == Pick::Mine ? ArticleMerge::Side::Mine : ArticleMerge::Side::Theirs);
        }
    }
    return m_merge.resolved(picks, choices);
}

void ConflictDialog::updateButtons()
{
    int open = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        open += pickOf(row) == Pick::Undecided ? 1 : 0;
    m_save->setEnabled(open == 0);
    m_save->setToolTip(open == 0 ? tr("Save the merged article on top of their version")
                                 : tr("Still to choose: %1").arg(open));
}

void ConflictDialog::finish(ConflictDecision::Kind kind)
{
    if (kind == ConflictDecision::Merge) {
        const auto article = resolved();
        if (!article)
            return;
        m_decision.merged = *article;
    }
    m_decision.kind = kind;
    accept();
}

} // namespace PortalDesk::Ui
