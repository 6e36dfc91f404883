#include "ui/editor/revisiondialog.h"

#include "ui/editor/diffview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

RevisionDialog::RevisionDialog(
    DatabasePtr database, const QString &articleId, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(database))
    , m_list(new QTreeWidget)
    , m_heading(new QLabel)
    , m_changes(new QCheckBox(tr("Show &changes")))
    , m_text(new QPlainTextEdit)
    , m_zone(zone)
{
    setWindowTitle(tr("Revision History"));
    resize(900, 600);
    m_list->setHeaderLabels({ tr("Version"), tr("Saved"), tr("By"), tr("Headline"), tr("Note") });
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_text->setReadOnly(true);
    m_changes->setChecked(true);
    m_changes->setToolTip(tr("Mark what the selected version changed since the one before it; "
                             "select two versions (Ctrl+click) to compare them"));
    m_heading->setWordWrap(true);
    connect(m_changes, &QCheckBox::toggled, this, &RevisionDialog::showSelected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("Restore This Version"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() != 1)
            return;
        m_chosen = m_revisions.at(rows.first()).id;
        accept();
    });

    auto *reading = new QWidget;
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_changes);
    readingLayout->addLayout(headingRow);
    readingLayout->addWidget(m_text, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(reading);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    auto revisions = m_store.revisions(articleId);
    if (!revisions) {
        m_text->setPlainText(tr("The history could not be read: %1").arg(revisions.error().text()));
        return;
    }
    m_revisions = *revisions;
    for (const Revision &revision : std::as_const(m_revisions)) {
        new QTreeWidgetItem(m_list,
            { QString::number(revision.version),
                QLocale().toString(revision.savedAt.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm")),
                revision.savedBy, revision.headline, revision.note });
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RevisionDialog::showSelected);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QList<int> RevisionDialog::selectedRows() const
{
    QList<int> rows;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->indexOfTopLevelItem(item));
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString RevisionDialog::textOf(const Article &article) const
{
    return DiffView::articleText(article, m_zone);
}

void RevisionDialog::showSelected()
{
    const QList<int> rows = selectedRows();
    m_restore->setEnabled(rows.size() == 1 && rows.first() > 0); // the newest is what is stored now
    m_text->clear();
    m_heading->clear();
    if (rows.isEmpty())
        return;
    // One version: against the one before it (none for the first). Two or more: the
    // newest and the oldest selected.
    const int newer = rows.first();
    const int older = rows.size() > 1 ? rows.last() : newer + 1;
    auto after = m_store.revision(m_revisions.at(newer).id);
    if (!after) {
        m_text->setPlainText(after.error().text());
        m_restore->setEnabled(false);
        return;
    }
    const auto describe = [this](const Revision &revision) {
        return tr("version %1 (%2, %3)")
            .arg(revision.version)
            .arg(revision.savedBy,
                QLocale().toString(revision.savedAt.toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm")));
    };
    if (!m_changes->isChecked() || older >= m_revisions.size()) {
        m_heading->setText(describe(m_revisions.at(newer)));
        m_text->setPlainText(textOf(*after));
        return;
    }
    auto before = m_store.revision(m_revisions.at(older).id);
    if (!before) {
        m_text->setPlainText(before.error().text());
        return;
    }
    m_heading->setText(
        tr("Changes from %1 to %2").arg(describe(m_revisions.at(older)), describe(m_revisions.at(newer))));
    DiffView::show(m_text, textOf(*before), textOf(*after));
}

} // namespace PortalDesk::Ui
