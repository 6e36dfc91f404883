#include "ui/articles/trashdialog.h"

#include "core/store/portalstore.h"
#include "core/store/trashstore.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/articles/articletrash.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

enum Column { HeadlineColumn, LanguageColumn, StatusColumn, TrashedByColumn, TrashedAtColumn };

} // namespace

TrashDialog::TrashDialog(DatabasePtr database, ArticleTrash *trash, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_trash(trash)
{
    setWindowTitle(tr("Trash"));
    setObjectName(QStringLiteral("trashDialog"));
    auto *note
        = new QLabel(tr("Articles in the trash are in no list, search or export. Restore one to put it "
                        "back as it was, with its history."));
    note->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("trashList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Headline"), tr("Language"), tr("Status"), tr("Moved by"), tr("Moved at") });
    m_list->header()->setSectionResizeMode(HeadlineColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    m_restore = new QPushButton(tr("&Restore"));
    m_delete = new QPushButton(tr("&Delete Permanently…"));
    m_empty = new QPushButton(tr("&Empty Trash…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(m_empty, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_delete, &QPushButton::clicked, this, &TrashDialog::deleteSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TrashDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &TrashDialog::restoreSelected);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (selectedIds().isEmpty())
            return;
        QMenu menu;
        menu.addAction(tr("&Restore"), this, &TrashDialog::restoreSelected);
        menu.addAction(tr("&Delete Permanently…"), this, &TrashDialog::deleteSelected);
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    connect(m_trash, &ArticleTrash::trashChanged, this, &TrashDialog::reload);
    connect(m_database.get(), &Database::articlesChanged, this, &TrashDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

QStringList TrashDialog::selectedIds() const
{
    QStringList ids;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        ids << item->data(HeadlineColumn, Qt::UserRole).toString();
    return ids;
}

void TrashDialog::reload()
{
    const QStringList selected = selectedIds();
    m_list->clear();
    auto trashed = TrashStore(m_database).list();
    if (!trashed) {
        m_list->setDisabled(true);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(HeadlineColumn, tr("Could not read the trash: %1").arg(trashed.error().text()));
        updateButtons();
        return;
    }
    m_list->setDisabled(false);
    const QTimeZone zone = PortalStore(m_database).get().value_or(Portal()).zone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TrashedArticle &article : std::as_const(*trashed)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(HeadlineColumn, article.headline);
        item->setData(HeadlineColumn, Qt::UserRole, article.id);
        item->setText(LanguageColumn, ArticleListModel::languageName(article.language));
        item->setText(StatusColumn, statusName(shownStatus(article.status, article.publishAt, now)));
        item->setText(TrashedByColumn, article.trashedBy);
        item->setText(TrashedAtColumn, workflowTime(article.trashedAt, zone));
        item->setSelected(selected.contains(article.id));
    }
    setWindowTitle(tr("Trash (%1)").arg(trashed->size()));
    updateButtons();
}

void TrashDialog::updateButtons()
{
    const bool any = !selectedIds().isEmpty();
    m_restore->setEnabled(any);
    m_delete->setEnabled(any);
    m_empty->setEnabled(m_list->isEnabled() && m_list->topLevelItemCount() > 0);
}

void TrashDialog::restoreSelected()
{
    for (const QString &id : selectedIds())
        m_trash->restore(id);
}

void TrashDialog::deleteSelected()
{
    for (const QString &id : selectedIds())
        m_trash->deleteForever(id);
}

void TrashDialog::emptyTrash()
{
    m_trash->empty();
}

} // namespace PortalDesk::Ui
