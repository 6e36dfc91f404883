#include "ui/sections/sectionsdialog.h"

#include "ui/sections/categorylistmodel.h"
#include "ui/settings/darkpalette.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace PortalDesk::Ui {

namespace {

int slot(CategoryStore::Kind kind)
{
    return kind == CategoryStore::Kind::Sections ? 0 : 1;
}

// Asks for the key and names of a new section or column.
std::optional<Category> askForCategory(QWidget *parent, bool section)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(section ? SectionsDialog::tr("New Section") : SectionsDialog::tr("New Column"));
    auto *key = new QLineEdit;
    key->setPlaceholderText(
        section ? SectionsDialog::tr("e.g. markets") : SectionsDialog::tr("e.g. currency-guide"));
    QLineEdit *names[3] = { new QLineEdit, new QLineEdit, new QLineEdit };
    auto *form = new QFormLayout;
    form->addRow(SectionsDialog::tr("&Key (in addresses):"), key);
    form->addRow(SectionsDialog::tr("&Traditional Chinese:"), names[0]);
    form->addRow(SectionsDialog::tr("&Simplified Chinese:"), names[1]);
    form->addRow(SectionsDialog::tr("&English:"), names[2]);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Category category;
    category.key = key->text().trimmed();
    const Language languages[3] = { Language::ZhHantHK, Language::ZhHans, Language::En };
    for (int i = 0; i < 3; ++i) {
        if (const QString name = names[i]->text().trimmed(); !name.isEmpty())
            category.names.insert(languages[i], name);
    }
    return category;
}

} // namespace

SectionsDialog::SectionsDialog(DatabasePtr database, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_undo(new QUndoGroup(this))
    , m_tabs(new QTabWidget)
    , m_message(new QLabel)
{
    setWindowTitle(tr("Sections and Columns"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(DarkPalette::warningStyle());
    m_message->hide();
    m_tabs->addTab(createPage(CategoryStore::Kind::Sections), tr("&Sections"));
    m_tabs->addTab(createPage(CategoryStore::Kind::Columns), tr("&Columns"));
    m_undo->setActiveStack(m_stacks[0]);
    connect(m_tabs, &QTabWidget::currentChanged, this,
        [this](int tab) { m_undo->setActiveStack(m_stacks[std::clamp(tab, 0, 1)]); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *undoRow = new QHBoxLayout;
    for (const bool undo : { true, false }) {
        QAction *action
            = undo ? m_undo->createUndoAction(this, tr("Undo")) : m_undo->createRedoAction(this, tr("Redo"));
        action->setShortcut(undo ? QKeySequence::Undo : QKeySequence::Redo);
        addAction(action);
        auto *button = new QToolButton;
        button->setObjectName(undo ? QStringLiteral("undo") : QStringLiteral("redo"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        undoRow->addWidget(button);
    }
    undoRow->addStretch();
    undoRow->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Drag rows to change the order readers see. Double-click a name to "
                                    "edit it. Changes are saved at once; Undo takes them back.")));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addLayout(undoRow);
    resize(760, 480);
}

QWidget *SectionsDialog::createPage(CategoryStore::Kind kind)
{
    auto *model = new CategoryListModel(m_database, kind, this);
    auto *stack = new QUndoStack(m_undo);
    m_undo->addStack(stack);
    m_stacks[slot(kind)] = stack;
    model->setUndoStack(stack);
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setDragDropMode(QAbstractItemView::InternalMove);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setDragDropOverwriteMode(false);
    view->setDropIndicatorShown(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(model, &CategoryListModel::failed, this, &SectionsDialog::showMessage);
    m_models[slot(kind)] = model;
    m_views[slot(kind)] = view;

    const bool sections = kind == CategoryStore::Kind::Sections;
    auto *add = new QPushButton(sections ? tr("&Add Section…") : tr("&Add Column…"));
    auto *remove = new QPushButton(tr("&Remove"));
    auto *up = new QPushButton(tr("Move &Up"));
    auto *down = new QPushButton(tr("Move &Down"));
    auto *sort = new QPushButton(tr("Sort by S&troke Count"));
    sort->setToolTip(tr("Orders the list by the Traditional Chinese names, fewest strokes first "
                        "(the order of Hong Kong indexes)."));
    connect(add, &QPushButton::clicked, this, &SectionsDialog::addCategory);
    connect(remove, &QPushButton::clicked, this, &SectionsDialog::removeCategory);
    connect(up, &QPushButton::clicked, this, [this] { moveBy(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveBy(1); });
    connect(sort, &QPushButton::clicked, this, &SectionsDialog::sortByStrokes);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : { add, remove, up, down, sort })
        side->addWidget(button);
    side->addStretch();
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(view, 1);
    layout->addLayout(side);
    return page;
}

CategoryListModel *SectionsDialog::model(CategoryStore::Kind kind) const
{
    return m_models[slot(kind)];
}

QUndoStack *SectionsDialog::undoStack(CategoryStore::Kind kind) const
{
    return m_stacks[slot(kind)];
}

QTableView *SectionsDialog::view(CategoryStore::Kind kind) const
{
    return m_views[slot(kind)];
}

CategoryStore::Kind SectionsDialog::currentKind() const
{
    return m_tabs->currentIndex() == 0 ? CategoryStore::Kind::Sections : CategoryStore::Kind::Columns;
}

void SectionsDialog::setCurrentKind(CategoryStore::Kind kind)
{
    m_tabs->setCurrentIndex(slot(kind));
}

QString SectionsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SectionsDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SectionsDialog::addCategory()
{
    const CategoryStore::Kind kind = currentKind();
    const auto category = askForCategory(this, kind == CategoryStore::Kind::Sections);
    if (!category)
        return;
    showMessage({});
    if (model(kind)->requestAdd(*category))
        view(kind)->selectRow(model(kind)->rowCount() - 1);
}

void SectionsDialog::removeCategory()
{
    const CategoryStore::Kind kind = currentKind();
    const QModelIndexList rows = view(kind)->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Category category = model(kind)->categories().at(rows.first().row());
    const QString name = pick(category.names, Language::ZhHantHK);
    const auto answer = QMessageBox::question(this, tr("Remove"),
        tr("Remove “%1” (%2)? Pages for it disappear from the next export.").arg(name, category.key));
    if (answer != QMessageBox::Yes)
        return;
    showMessage({});
    model(kind)->requestRemove(category.key);
}

void SectionsDialog::sortByStrokes()
{
    showMessage({});
    model(currentKind())->sortByStrokes();
}

void SectionsDialog::moveBy(int step)
{
    const CategoryStore::Kind kind = currentKind();
    const QModelIndexList rows = view(kind)->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    const int target = row + step;
    if (target < 0 || target >= model(kind)->rowCount())
        return;
    showMessage({});
    model(kind)->moveRows({}, row, 1, {}, step > 0 ? target + 1 : target);
}

} // namespace PortalDesk::Ui
