#include "ui/promos/promoslotmodel.h"

#include "core/store/portalstore.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/promos/commands/reorderpromoscommand.h"
#include "ui/promos/promoslots.h"

#include <QApplication>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>
#include <QStyle>
#include <QUndoStack>

namespace PortalDesk::Ui {

const QString PromoSlotModel::MimeType = QStringLiteral("application/x-portaldesk-promo-ids");

namespace {
const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
}

PromoSlotModel::PromoSlotModel(DatabasePtr database, const QString &slot, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
    , m_store(m_database)
    , m_slot(slot)
{
    connect(m_database.get(), &Database::promosChanged, this, [this] {
        if (!m_writing)
            reload();
    });
    connect(m_database.get(), &Database::portalChanged, this, &PromoSlotModel::reload);
    reload();
}

void PromoSlotModel::reload()
{
    const auto portal = PortalStore(m_database).get();
    m_zone = portal ? portal->zone() : QTimeZone("Asia/Hong_Kong");
    auto stored = m_store.list(m_slot);
    if (!stored) {
        emit failed(stored.error().text());
        return;
    }
    sync(*stored);
}

// Replaces the rows with what the store holds, as gently as the difference allows.
void PromoSlotModel::sync(QList<Promo> stored)
{
    QStringList before = order();
    QStringList after;
    for (const Promo &promo : std::as_const(stored))
        after.append(promo.id);
    if (before == after) {
        m_promos = std::move(stored);
        if (!m_promos.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    std::sort(before.begin(), before.end());
    QStringList sortedAfter = after;
    std::sort(sortedAfter.begin(), sortedAfter.end());
    if (before != sortedAfter) {
        beginResetModel();
        m_promos = std::move(stored);
        endResetModel();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    for (const QModelIndex &old : persistent) {
        const int row = int(after.indexOf(m_promos.at(old.row()).id));
        moved.append(index(row, old.column()));
    }
    m_promos = std::move(stored);
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::optional<Promo> PromoSlotModel::promo(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<Promo>(m_promos.at(row));
}

int PromoSlotModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_promos.size(); ++row) {
        if (m_promos.at(row).id == id)
            return row;
    }
    return -1;
}

QStringList PromoSlotModel::order() const
{
    QStringList ids;
    for (const Promo &promo : m_promos)
        ids.append(promo.id);
    return ids;
}

template<typename T> T PromoSlotModel::reported(T result)
{
    m_writing = false;
    if (!result)
        emit failed(result.error().text());
    return result;
}

Result<Promo> PromoSlotModel::insertPromo(const Promo &promo, int row)
{
    Promo fresh = promo;
    fresh.slot = m_slot;
    fresh.position = 0;
    m_writing = true;
    auto created = m_store.create(fresh);
    if (!created)
        return reported(created);
    QStringList ids = order();
    ids.insert(std::clamp(row, 0, int(ids.size())), created->id);
    if (auto ordered = m_store.reorder(m_slot, ids); !ordered)
        return reported(Result<Promo>(std::unexpected(ordered.error())));
    auto stored = m_store.list(m_slot);
    if (!stored)
        return reported(Result<Promo>(std::unexpected(stored.error())));
    const int at = int(ids.indexOf(created->id));
    beginInsertRows({}, at, at);
    m_promos = *stored;
    endInsertRows();
    return reported(Result<Promo>(m_promos.at(at)));
}

Status PromoSlotModel::removePromo(const QString &id)
{
    const int row = rowOf(id);
    m_writing = true;
    if (auto removed = m_store.remove(id); !removed || row < 0)
        return reported(removed);
    beginRemoveRows({}, row, row);
    m_promos.removeAt(row);
    endRemoveRows();
    return reported(m_store.reorder(m_slot, order()));
}

Result<Promo> PromoSlotModel::updatePromo(const Promo &edited)
{
    const int row = rowOf(edited.id);
    if (row < 0)
        return reported(
            Result<Promo>(fail(Error::Code::NotFound, tr("The promo is no longer in this slot."))));
    Promo promo = edited;
    promo.slot = m_slot;
    promo.position = m_promos.at(row).position;
    promo.version = m_promos.at(row).version;
    m_writing = true;
    auto saved = m_store.save(promo);
    if (saved) {
        m_promos[row] = *saved;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return reported(saved);
}

Status PromoSlotModel::applyOrder(const QStringList &ids)
{
    m_writing = true;
    auto ordered = m_store.reorder(m_slot, ids);
    if (ordered) {
        if (auto stored = m_store.list(m_slot))
            sync(*stored);
    }
    return reported(ordered);
}

Status PromoSlotModel::moveToSlot(const QString &id, PromoSlotModel *target, int row)
{
    const int from = rowOf(id);
    if (from < 0 || !target || target == this)
        return reported(Status(fail(Error::Code::NotFound, tr("The promo is no longer in this slot."))));
    // Both slots hear of the move; each brings itself up to date once, below.
    m_writing = true;
    target->m_writing = true;
    const Result<Promo> moved = m_store.moveToSlot(id, m_slot, target->slot(), row);
    target->m_writing = false;
    target->reload();
    if (moved) {
        beginRemoveRows({}, from, from);
        m_promos.removeAt(from);
        endRemoveRows();
    }
    reload(); // the positions and versions the store renumbered
    return reported(moved ? Status() : Status(std::unexpected(moved.error())));
}

std::pair<QString, QStringList> PromoSlotModel::dragged(const QMimeData *data)
{
    if (!data || !data->hasFormat(MimeType))
        return {};
    QStringList lines = QString::fromUtf8(data->data(MimeType)).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    const QString slot = lines.takeFirst();
    return { slot, lines };
}

void PromoSlotModel::requestOrder(const QStringList &ids)
{
    if (ids == order())
        return;
    if (m_undoStack)
        m_undoStack->push(new ReorderPromosCommand(this, order(), ids));
    else
        applyOrder(ids);
}

QString PromoSlotModel::line(const Promo &promo)
{
    QString text;
    if (!promo.kicker.isEmpty())
        text += u'【' + promo.kicker + u'】';
    text += promo.text;
    if (!promo.callToAction.isEmpty())
        text += u' ' + promo.callToAction;
    return text;
}

QString PromoSlotModel::schedule(const Promo &promo) const
{
    const QString from = promo.startsAt.toTimeZone(m_zone).toString(timeFormat);
    const QString until = promo.endsAt.toTimeZone(m_zone).toString(timeFormat);
    QString text;
    if (promo.startsAt.isValid() && promo.endsAt.isValid())
        text = tr("%1 to %2").arg(from, until);
    else if (promo.startsAt.isValid())
        text = tr("From %1").arg(from);
    else if (promo.endsAt.isValid())
        text = tr("Until %1").arg(until);
    else
        text = tr("Always");
    return promo.enabled ? text : tr("Off (%1)").arg(text);
}

int PromoSlotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_promos.size());
}

int PromoSlotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromoSlotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Promo &promo = m_promos.at(index.row());
    const int width = PromoSlots::width(promo);
    const int limit = PromoSlots::widthLimit(m_slot);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return line(promo);
        case LanguageColumn:
            return ArticleListModel::languageName(promo.language);
        case ScheduleColumn:
            return schedule(promo);
        case WidthColumn:
            return tr("%1 / %2").arg(width).arg(limit);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WidthColumn || index.column() == LineColumn) {
            return width > limit
                ? tr("The text takes %1 columns; this slot fits %2. Shorten it.").arg(width).arg(limit)
                : tr("The text takes %1 of the %2 columns this slot fits.").arg(width).arg(limit);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == WidthColumn && width > limit)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (!isShowing(promo, QDateTime::currentDateTimeUtc()))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == WidthColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PromoIdRole:
        return promo.id;
    case TooWideRole:
        return width > limit;
    }
    return {};
}

QVariant PromoSlotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Promo");
    case LanguageColumn:
        return tr("Language");
    case ScheduleColumn:
        return tr("Schedule");
    case WidthColumn:
        return tr("Width");
    }
    return {};
}

Qt::ItemFlags PromoSlotModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

Qt::DropActions PromoSlotModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PromoSlotModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList PromoSlotModel::mimeTypes() const
{
    return { MimeType };
}

QMimeData *PromoSlotModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = m_promos.value(index.row()).id;
        if (index.isValid() && !ids.contains(id))
            ids.append(id);
    }
    auto *data = new QMimeData;
    data->setData(MimeType, (m_slot + u'\n' + ids.join(u'\n')).toUtf8());
    return data;
}

QStringList PromoSlotModel::idsIn(const QMimeData *data) const
{
    if (!data || !data->hasFormat(MimeType))
        return {};
    QStringList lines = QString::fromUtf8(data->data(MimeType)).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.takeFirst() != m_slot)
        return {}; // promos move between slots by editing, never by a stray drop
    QStringList ids;
    for (const QString &id : std::as_const(lines)) {
        if (rowOf(id) >= 0)
            ids.append(id);
    }
    return ids;
}

bool PromoSlotModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return action == Qt::MoveAction && !idsIn(data).isEmpty();
}

bool PromoSlotModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    const QStringList moving = idsIn(data);
    if (action != Qt::MoveAction || moving.isEmpty())
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    QStringList ids = order();
    int at = row;
    for (const QString &id : moving) {
        if (ids.indexOf(id) < row)
            --at;
        ids.removeOne(id);
    }
    for (int i = 0; i < moving.size(); ++i)
        ids.insert(at + i, moving.at(i));
    requestOrder(ids);
    return false; // the rows moved here; the view must not remove them again
}

bool PromoSlotModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    QStringList ids = order();
    const QStringList moving = ids.mid(sourceRow, count);
    ids.remove(sourceRow, count);
    const int at = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        ids.insert(at + i, moving.at(i));
    requestOrder(ids);
    return order() == ids;
}

} // namespace PortalDesk::Ui
