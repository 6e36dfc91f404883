#include "ui/sections/categorylistmodel.h"

#include "core/render/edition.h"
#include "core/text/collation.h"
#include "ui/sections/commands/addcategorycommand.h"
#include "ui/sections/commands/removecategorycommand.h"
#include "ui/sections/commands/renamecategorycommand.h"
#include "ui/sections/commands/reordercategoriescommand.h"

#include <QApplication>
#include <QMimeData>
#include <QPalette>
#include <QUndoStack>

namespace PortalDesk::Ui {

const QString CategoryListModel::MimeType = QStringLiteral("application/x-portaldesk-category-keys");

CategoryListModel::CategoryListModel(DatabasePtr database, CategoryStore::Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
    , m_store(m_database, kind)
{
    connect(m_database.get(), &Database::categoriesChanged, this, [this] {
        if (!m_writing)
            reload();
    });
    reload();
}

void CategoryListModel::reload()
{
    auto stored = m_store.list();
    if (!stored) {
        emit failed(stored.error().text());
        return;
    }
    beginResetModel();
    m_categories = *stored;
    endResetModel();
}

Status CategoryListModel::reported(Status status)
{
    m_writing = false;
    if (!status)
        emit failed(status.error().text());
    return status;
}

QStringList CategoryListModel::keys() const
{
    QStringList keys;
    for (const Category &category : m_categories)
        keys.append(category.key);
    return keys;
}

Language CategoryListModel::languageOf(int column)
{
    return column == SimplifiedColumn ? Language::ZhHans
        : column == EnglishColumn     ? Language::En
                                      : Language::ZhHantHK;
}

QString CategoryListModel::labelOf(const Category &category)
{
    const QString name = pick(category.names, Language::ZhHantHK);
    return name.isEmpty() ? category.key : name;
}

// Done at once, so a refusal leaves the undo history (redo steps included) as it
// was; only a change the store took becomes a step.
template<typename Command> Status CategoryListModel::recorded(Command *command, Status status)
{
    if (status && m_undoStack) {
        command->markDone();
        m_undoStack->push(command);
    } else {
        delete command;
    }
    return status;
}

Status CategoryListModel::requestAdd(const Category &category)
{
    auto *command = new AddCategoryCommand(this, category);
    return recorded(command, add(category));
}

Status CategoryListModel::requestRemove(const QString &key)
{
    const int row = int(keys().indexOf(key));
    if (row < 0)
        return remove(key);
    auto *command = new RemoveCategoryCommand(this, m_categories.at(row));
    return recorded(command, remove(key));
}

Status CategoryListModel::requestOrder(const QStringList &order, const QString &actionText)
{
    if (order == keys())
        return {};
    auto *command = new ReorderCategoriesCommand(this, keys(), order, actionText);
    return recorded(command, applyOrder(order));
}

Status CategoryListModel::checkNew(const Category &category) const
{
    if (keys().contains(category.key))
        return fail(Error::Code::Invalid, tr("“%1” is already in the list").arg(category.key));
    Category added = category;
    added.position = int(m_categories.size()) + 1;
    if (const QList<Error> errors = validate(added); !errors.isEmpty())
        return std::unexpected(errors.first());
    return {};
}

Status CategoryListModel::add(const Category &category)
{
    if (const Status checked = checkNew(category); !checked)
        return reported(checked);
    Category added = category;
    added.position = int(m_categories.size()) + 1;
    m_writing = true;
    const Status put = m_store.put(added);
    if (put) {
        beginInsertRows({}, rowCount(), rowCount());
        m_categories.append(added);
        endInsertRows();
    }
    return reported(put);
}

Status CategoryListModel::remove(const QString &key)
{
    const int row = int(keys().indexOf(key));
    m_writing = true;
    const Status removed = m_store.remove(key);
    if (removed && row >= 0) {
        beginRemoveRows({}, row, row);
        m_categories.removeAt(row);
        endRemoveRows();
    }
    return reported(removed);
}

Status CategoryListModel::applyOrder(const QStringList &order)
{
    m_writing = true;
    const Status ordered = m_store.reorder(order);
    if (ordered) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<Category> sorted;
        for (const QString &key : order)
            sorted.append(m_categories.at(keys().indexOf(key)));
        QModelIndexList moved;
        for (const QModelIndex &old : persistent)
            moved.append(index(int(order.indexOf(m_categories.at(old.row()).key)), old.column()));
        m_categories = sorted;
        for (int i = 0; i < m_categories.size(); ++i)
            m_categories[i].position = i + 1;
        changePersistentIndexList(persistent, moved);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    return reported(ordered);
}

Status CategoryListModel::sortByStrokes()
{
    QList<Category> sorted = m_categories;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Category &a, const Category &b) {
        return Collation::compare(
                   pick(a.names, Language::ZhHantHK), pick(b.names, Language::ZhHantHK), Language::ZhHantHK)
            < 0;
    });
    QStringList order;
    for (const Category &category : std::as_const(sorted))
        order.append(category.key);
    return requestOrder(order, tr("Sort by Stroke Count"));
}

int CategoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int CategoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Category &category = m_categories.at(index.row());
    const Language language = languageOf(index.column());
    // A Simplified name left empty is converted from the Traditional one when pages are made.
    const bool derived = index.column() == SimplifiedColumn && category.names.value(language).isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return category.key;
        return derived ? Edition(Language::ZhHans).name(category.names) : category.names.value(language);
    case Qt::EditRole:
        return index.column() == KeyColumn ? category.key : category.names.value(language);
    case Qt::ForegroundRole:
        if (derived)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (derived)
            return tr("Converted from the Traditional name. Type a name to use your own.");
        return {};
    }
    return {};
}

bool CategoryListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() == KeyColumn)
        return false;
    const Category &category = m_categories.at(index.row());
    const Language language = languageOf(index.column());
    const QString before = category.names.value(language);
    const QString after = value.toString().trimmed();
    if (after == before)
        return true;
    auto *command = new RenameCategoryCommand(this, category.key, language, before, after);
    return recorded(command, rename(category.key, language, after)).has_value();
}

Status CategoryListModel::rename(const QString &key, Language language, const QString &name)
{
    const int row = int(keys().indexOf(key));
    if (row < 0)
        return reported(fail(Error::Code::NotFound, tr("“%1” is no longer in the list").arg(key)));
    Category edited = m_categories.at(row);
    if (name.isEmpty())
        edited.names.remove(language);
    else
        edited.names.insert(language, name);
    if (edited == m_categories.at(row))
        return {};
    if (const QList<Error> errors = validate(edited); !errors.isEmpty())
        return reported(std::unexpected(errors.first()));
    m_writing = true;
    if (const Status put = reported(m_store.put(edited)); !put)
        return put;
    m_categories[row] = edited;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return {};
}

QVariant CategoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TraditionalColumn:
        return tr("Traditional Chinese");
    case SimplifiedColumn:
        return tr("Simplified Chinese");
    case EnglishColumn:
        return tr("English");
    case KeyColumn:
        return tr("Key");
    }
    return {};
}

Qt::ItemFlags CategoryListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    if (index.column() != KeyColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

Qt::DropActions CategoryListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CategoryListModel::mimeTypes() const
{
    return { MimeType };
}

QMimeData *CategoryListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList moving;
    for (const QModelIndex &index : indexes) {
        const QString key = m_categories.value(index.row()).key;
        if (index.isValid() && !moving.contains(key))
            moving.append(key);
    }
    auto *data = new QMimeData;
    data->setData(MimeType, moving.join(u'\n').toUtf8());
    return data;
}

bool CategoryListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(MimeType))
        return false;
    QStringList order = keys();
    QStringList moving;
    for (const QString &key : QString::fromUtf8(data->data(MimeType)).split(u'\n', Qt::SkipEmptyParts)) {
        if (order.contains(key))
            moving.append(key);
    }
    if (moving.isEmpty())
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    int at = row;
    for (const QString &key : std::as_const(moving)) {
        if (order.indexOf(key) < row)
            --at;
        order.removeOne(key);
    }
    for (int i = 0; i < moving.size(); ++i)
        order.insert(at + i, moving.at(i));
    requestOrder(order, moveText(moving));
    return false; // moved here already; the view must not remove rows
}

bool CategoryListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    QStringList order = keys();
    const QStringList moving = order.mid(sourceRow, count);
    order.remove(sourceRow, count);
    const int at = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        order.insert(at + i, moving.at(i));
    return requestOrder(order, moveText(moving)).has_value();
}

QString CategoryListModel::moveText(const QStringList &moving) const
{
    const int row = moving.size() == 1 ? int(keys().indexOf(moving.first())) : -1;
    const QString name = row >= 0 ? pick(m_categories.at(row).names, Language::ZhHantHK) : QString();
    return name.isEmpty() ? tr("Move") : tr("Move “%1”").arg(name);
}

} // namespace PortalDesk::Ui
