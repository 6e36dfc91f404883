#include "ui/promos/promoboard.h"

#include "core/render/edition.h"
#include "core/store/promostore.h"
#include "ui/promos/commands/addpromocommand.h"
#include "ui/promos/commands/deletepromocommand.h"
#include "ui/promos/commands/editpromocommand.h"
#include "ui/promos/commands/movepromotoslotcommand.h"
#include "ui/promos/promodialog.h"
#include "ui/promos/promoslotmodel.h"
#include "ui/promos/promoslots.h"
#include "ui/promos/slotpreview.h"
#include "ui/settings/darkpalette.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

PromoBoard::PromoBoard(QWidget *parent)
    : QWidget(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_slotList(new QListWidget)
    , m_view(new QTableView)
    , m_warning(new QLabel)
    , m_previewTitle(new QLabel)
    , m_edition(new QComboBox)
    , m_preview(new SlotPreview)
{
    m_slotList->setObjectName(QStringLiteral("slots"));
    m_slotList->setMinimumWidth(190);
    m_view->setObjectName(QStringLiteral("promos"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDropIndicatorShown(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setSectionsMovable(false);
    m_warning->setObjectName(QStringLiteral("widthWarning"));
    m_warning->setStyleSheet(DarkPalette::warningStyle());
    m_warning->setWordWrap(true);
    m_warning->hide();

    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(createToolBar());
    middleLayout->addWidget(m_view, 1);
    middleLayout->addWidget(m_warning);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_slotList);
    splitter->addWidget(middle);
    splitter->addWidget(createPreviewPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_view->installEventFilter(this);
    m_slotList->installEventFilter(this);
    m_slotList->viewport()->installEventFilter(this);
    m_slotList->viewport()->setAcceptDrops(true);
    connect(m_slotList, &QListWidget::currentRowChanged, this, &PromoBoard::showSlot);
    connect(m_view, &QTableView::doubleClicked, this, &PromoBoard::editPromo);
    connect(m_edition, &QComboBox::currentIndexChanged, this, &PromoBoard::updatePreview);
    updateActions();
}

bool PromoBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_slotList->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove
            || event->type() == QEvent::Drop))
        return slotListDrag(event);
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return QWidget::eventFilter(watched, event);
    event->accept(); // ShortcutOverride: the key comes here as a key press
    if (event->type() == QEvent::KeyPress)
        undo ? m_undoGroup->undo() : m_undoGroup->redo();
    return true;
}

QToolBar *PromoBoard::createToolBar()
{
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this, bar](const QString &text, const QKeySequence &key, void (PromoBoard::*slot)()) {
        QAction *action = bar->addAction(text, this, slot);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_add = add(tr("&Add…"), QKeySequence(Qt::Key_Insert), &PromoBoard::addPromo);
    m_edit = add(tr("&Edit…"), QKeySequence(Qt::Key_Return), &PromoBoard::editPromo);
    m_duplicate = add(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &PromoBoard::duplicatePromo);
    m_delete = add(tr("&Delete"), QKeySequence::Delete, &PromoBoard::deletePromo);
    bar->addSeparator();
    m_up = add(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), &PromoBoard::moveUp);
    m_down = add(tr("Move Do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down), &PromoBoard::moveDown);
    m_moveTo = bar->addAction(tr("Move to &Slot"));
    m_moveTo->setObjectName(QStringLiteral("moveToSlot"));
    m_moveTo->setToolTip(tr("Move the promo to another slot (or drag it onto a slot on the left)"));
    m_moveTo->setMenu(new QMenu(this));
    connect(m_moveTo->menu(), &QMenu::aboutToShow, this, &PromoBoard::fillMoveMenu);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_moveTo)))
        button->setPopupMode(QToolButton::InstantPopup);
    bar->addSeparator();
    // Ctrl+Z and Ctrl+Shift+Z reach these through eventFilter(): as shortcuts they
    // would clash with the window's Edit > Undo, which belongs to the open article.
    bar->addAction(m_undoGroup->createUndoAction(this, tr("Undo")));
    bar->addAction(m_undoGroup->createRedoAction(this, tr("Redo")));
    return bar;
}

QWidget *PromoBoard::createPreviewPane()
{
    for (Language language : allLanguages())
        m_edition->addItem(Edition(language).label(), int(language));
    m_edition->setToolTip(tr("Edition"));
    m_previewTitle->setWordWrap(true);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(m_preview->minimumSizeHint().width() + 24);

    auto *pane = new QWidget;
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Preview:")));
    top->addWidget(m_edition);
    top->addStretch();
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_previewTitle);
    layout->addWidget(scroll, 1);
    return pane;
}

void PromoBoard::setDatabase(DatabasePtr database)
{
    const QString current = currentSlot();
    m_view->setModel(nullptr);
    for (const Slot &slot : std::as_const(m_slots)) {
        m_undoGroup->removeStack(slot.stack);
        delete slot.stack;
        delete slot.model;
    }
    m_slots.clear();
    m_slotList->clear();
    if (m_database)
        disconnect(m_database.get(), nullptr, this, nullptr);
    m_database = std::move(database);
    if (m_database) {
        connect(m_database.get(), &Database::promosChanged, this, &PromoBoard::addSlots);
        addSlots();
    }
    setCurrentSlot(current.isEmpty() ? QStringLiteral("sidebar.feature") : current);
    updateActions();
}

// Adds list entries for slots that appeared (new promos, another client's work).
void PromoBoard::addSlots()
{
    const auto promos = PromoStore(m_database).list();
    if (!promos) {
        emit failed(promos.error().text());
        return;
    }
    for (const QString &name : PromoSlots::merged(*promos)) {
        if (m_slots.contains(name))
            continue;
        Slot slot;
        slot.model = new PromoSlotModel(m_database, name, this);
        slot.stack = new QUndoStack(this);
        slot.model->setUndoStack(slot.stack);
        m_undoGroup->addStack(slot.stack);
        connect(slot.model, &PromoSlotModel::failed, this, &PromoBoard::failed);
        for (auto signal : { &PromoSlotModel::rowsInserted, &PromoSlotModel::rowsRemoved })
            connect(slot.model, signal, this, &PromoBoard::updateSlotTitles);
        connect(slot.model, &PromoSlotModel::modelReset, this, &PromoBoard::updateSlotTitles);
        connect(slot.model, &PromoSlotModel::dataChanged, this, &PromoBoard::updateSlotTitles);
        connect(slot.model, &PromoSlotModel::layoutChanged, this, &PromoBoard::updatePreview);
        m_slots.insert(name, slot);
        auto *item = new QListWidgetItem(m_slotList);
        item->setData(Qt::UserRole, name);
        item->setToolTip(name);
    }
    updateSlotTitles();
}

void PromoBoard::updateSlotTitles()
{
    for (int i = 0; i < m_slotList->count(); ++i) {
        QListWidgetItem *item = m_slotList->item(i);
        const PromoSlotModel *model = m_slots.value(item->data(Qt::UserRole).toString()).model;
        int tooWide = 0;
        for (const Promo &promo : model->promos())
            tooWide += PromoSlots::isTooWide(promo) ? 1 : 0;
        const QString title = PromoSlots::title(model->slot());
        const int count = model->rowCount();
        item->setText(tooWide > 0 ? tr("%1 (%2, %3 too wide)").arg(title).arg(count).arg(tooWide)
                                  : tr("%1 (%2)").arg(title).arg(count));
    }
    updateActions();
    updatePreview();
}

QStringList PromoBoard::slotNames() const
{
    QStringList names;
    for (int i = 0; i < m_slotList->count(); ++i)
        names.append(m_slotList->item(i)->data(Qt::UserRole).toString());
    return names;
}

QString PromoBoard::currentSlot() const
{
    const QListWidgetItem *item = m_slotList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PromoBoard::setCurrentSlot(const QString &slot)
{
    const int row = int(slotNames().indexOf(slot));
    m_slotList->setCurrentRow(row >= 0 ? row : (m_slotList->count() > 0 ? 0 : -1));
}

PromoSlotModel *PromoBoard::model(const QString &slot) const
{
    return m_slots.value(slot).model;
}

QUndoStack *PromoBoard::undoStack(const QString &slot) const
{
    return m_slots.value(slot).stack;
}

PromoSlotModel *PromoBoard::currentModel() const
{
    return model(currentSlot());
}

int PromoBoard::currentRow() const
{
    const QModelIndexList rows
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PromoBoard::showSlot()
{
    const Slot slot = m_slots.value(currentSlot());
    m_view->setModel(slot.model);
    m_undoGroup->setActiveStack(slot.stack);
    if (slot.model) {
        QHeaderView *header = m_view->horizontalHeader();
        header->setSectionResizeMode(PromoSlotModel::LineColumn, QHeaderView::Stretch);
        for (int column :
            { PromoSlotModel::LanguageColumn, PromoSlotModel::ScheduleColumn, PromoSlotModel::WidthColumn })
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PromoBoard::updateActions, Qt::UniqueConnection);
        if (slot.model->rowCount() > 0)
            m_view->selectRow(0);
    }
    updateActions();
    updatePreview();
}

QString PromoBoard::warning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void PromoBoard::setReadOnlyReason(const QString &reason)
{
    m_readOnly = reason;
    m_view->setDragEnabled(reason.isEmpty());
    updateActions();
}

void PromoBoard::updateActions()
{
    PromoSlotModel *model = currentModel();
    const int row = currentRow();
    const bool editable = m_readOnly.isEmpty();
    m_add->setEnabled(editable && model);
    for (QAction *action : { m_edit, m_duplicate, m_delete })
        action->setEnabled(editable && model && row >= 0);
    m_up->setEnabled(editable && model && row > 0);
    m_moveTo->setEnabled(editable && model && row >= 0 && m_slots.size() > 1);
    m_down->setEnabled(editable && model && row >= 0 && row + 1 < model->rowCount());

    QString warning = m_readOnly;
    if (editable && model && row >= 0) {
        const Promo &promo = model->promos().at(row);
        if (PromoSlots::isTooWide(promo))
            warning = tr("⚠ This promo’s text takes %1 columns; %2 fits %3. Shorten it by %4 (a Chinese "
                         "character counts 2).")
                          .arg(PromoSlots::width(promo))
                          .arg(PromoSlots::title(model->slot()))
                          .arg(PromoSlots::widthLimit(model->slot()))
                          .arg(PromoSlots::width(promo) - PromoSlots::widthLimit(model->slot()));
    }
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void PromoBoard::updatePreview()
{
    const PromoSlotModel *model = currentModel();
    const Edition edition(Language(m_edition->currentData().toInt()));
    QList<Promo> shown;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (model) {
        for (const Promo &promo : model->promos()) {
            if (!isShowing(promo, now) || !edition.carries(promo.language))
                continue;
            if (auto localised = edition.localise(promo))
                shown.append(*localised);
        }
    }
    const QString title = model ? PromoSlots::title(model->slot()) : QString();
    m_previewTitle->setText(
        model ? tr("%1 as readers see it now in the %2 edition.").arg(title, edition.label()) : QString());
    m_preview->setSlot(model ? model->slot() : QString(), shown,
        tr("Nothing shows here now: the theme leaves the box out of the %1 edition.").arg(edition.label()));
}

void PromoBoard::addPromo()
{
    if (!m_readOnly.isEmpty())
        return;
    PromoSlotModel *model = currentModel();
    if (!model)
        return;
    Promo promo;
    promo.slot = model->slot();
    promo.language = Language(m_edition->currentData().toInt());
    promo.callToAction
        = promo.language == Language::En ? QStringLiteral("► Read now") : QStringLiteral("► 即睇");
    PromoDialog dialog(m_database, promo, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = currentRow() >= 0 ? currentRow() + 1 : model->rowCount();
    auto *command = new AddPromoCommand(model, dialog.promo(), row, tr("Add Promo"));
    model->undoStack()->push(command);
    m_view->selectRow(model->rowOf(command->promoId()));
}

void PromoBoard::editPromo()
{
    if (!m_readOnly.isEmpty())
        return;
    PromoSlotModel *model = currentModel();
    const int row = currentRow();
    if (!model || row < 0)
        return;
    const Promo before = model->promos().at(row);
    PromoDialog dialog(m_database, before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.promo() == before)
        return;
    model->undoStack()->push(new EditPromoCommand(model, before, dialog.promo()));
}

void PromoBoard::duplicatePromo()
{
    if (!m_readOnly.isEmpty())
        return;
    PromoSlotModel *model = currentModel();
    const int row = currentRow();
    if (!model || row < 0)
        return;
    Promo copy = model->promos().at(row);
    copy.id.clear();
    copy.enabled = false; // a copy goes live only when an editor switches it on
    auto *command = new AddPromoCommand(model, copy, row + 1, tr("Duplicate Promo"));
    model->undoStack()->push(command);
    m_view->selectRow(model->rowOf(command->promoId()));
}

void PromoBoard::deletePromo()
{
    if (!m_readOnly.isEmpty())
        return;
    PromoSlotModel *model = currentModel();
    const int row = currentRow();
    if (!model || row < 0)
        return;
    model->undoStack()->push(new DeletePromoCommand(model, model->promos().at(row)));
    if (model->rowCount() > 0)
        m_view->selectRow(std::min(row, model->rowCount() - 1));
}

void PromoBoard::moveUp()
{
    if (!m_readOnly.isEmpty())
        return;
    moveBy(-1);
}

void PromoBoard::moveDown()
{
    if (!m_readOnly.isEmpty())
        return;
    moveBy(1);
}

void PromoBoard::moveBy(int step)
{
    PromoSlotModel *model = currentModel();
    const int row = currentRow();
    const int target = row + step;
    if (!model || row < 0 || target < 0 || target >= model->rowCount())
        return;
    model->moveRows({}, row, 1, {}, step > 0 ? target + 1 : target);
    updateActions();
}

} // namespace PortalDesk::Ui

namespace PortalDesk::Ui {

void PromoBoard::fillMoveMenu()
{
    QMenu *menu = m_moveTo->menu();
    menu->clear();
    const QString current = currentSlot();
    for (const QString &slot : slotNames()) {
        if (slot != current)
            menu->addAction(PromoSlots::title(slot), this, [this, slot] { moveToSlot(slot); });
    }
}

void PromoBoard::moveToSlot(const QString &slot)
{
    if (!m_readOnly.isEmpty())
        return;
    PromoSlotModel *from = currentModel();
    PromoSlotModel *to = model(slot);
    const int row = currentRow();
    if (!from || !to || from == to || row < 0)
        return;
    from->undoStack()->push(new MovePromoToSlotCommand(from, to, from->promos().at(row).id, to->rowCount()));
    if (from->rowCount() > 0)
        m_view->selectRow(std::min(row, from->rowCount() - 1));
    updateActions();
}

bool PromoBoard::slotListDrag(QEvent *event)
{
    if (!m_readOnly.isEmpty())
        return false;
    auto *drag = static_cast<QDropEvent *>(event);
    const auto [source, ids] = PromoSlotModel::dragged(drag->mimeData());
    const QListWidgetItem *item = m_slotList->itemAt(drag->position().toPoint());
    const QString target = item ? item->data(Qt::UserRole).toString() : QString();
    PromoSlotModel *from = model(source);
    PromoSlotModel *to = model(target);
    if (!from || !to || from == to || ids.isEmpty()) {
        drag->ignore();
        return true;
    }
    drag->setDropAction(Qt::MoveAction);
    drag->accept();
    if (event->type() != QEvent::Drop)
        return true;
    QUndoStack *stack = from->undoStack();
    stack->beginMacro(QCoreApplication::translate("PortalDesk::Ui::PromoCommands", "Move Promo to %1")
                          .arg(PromoSlots::title(target)));
    for (const QString &id : ids)
        stack->push(new MovePromoToSlotCommand(from, to, id, to->rowCount()));
    stack->endMacro();
    updateActions();
    return true;
}

} // namespace PortalDesk::Ui
