#pragma once

// The promos of one slot, in the order readers see them. Every change goes to
// the PromoStore at once; drops and row moves become a ReorderPromosCommand on
// the slot's undo stack when one is set. Follows changes others make to the
// database, keeping the selection when only the order changed.

#include "core/store/promostore.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <optional>

class QMimeData;
class QUndoStack;

namespace PortalDesk::Ui {

class PromoSlotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, LanguageColumn, ScheduleColumn, WidthColumn, ColumnCount };
    enum Role { PromoIdRole = Qt::UserRole + 1, TooWideRole };
    static const QString MimeType;

    PromoSlotModel(DatabasePtr database, const QString &slot, QObject *parent = nullptr);

    QString slot() const { return m_slot; }
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }

    const QList<Promo> &promos() const { return m_promos; }
    std::optional<Promo> promo(const QString &id) const;
    int rowOf(const QString &id) const; // -1 when not in this slot
    QStringList order() const;

    // The edits the undo commands make. Each writes through the store and
    // reports a refusal through failed() as well as in its result.
    Result<Promo> insertPromo(const Promo &promo, int row);
    Status removePromo(const QString &id);
    Result<Promo> updatePromo(const Promo &edited); // the stored version is used
    Status applyOrder(const QStringList &ids);
    // Moves a promo of this slot to `target`, at `row` there (the end when out of range),
    // in one store transaction: a refusal leaves both slots as they were.
    Status moveToSlot(const QString &id, PromoSlotModel *target, int row);
    // The slot and promo ids a drag of this model's rows carries.
    static std::pair<QString, QStringList> dragged(const QMimeData *data);

    // "【kicker】text ► call to action", as the theme sets it.
    static QString line(const Promo &promo);
    QString schedule(const Promo &promo) const; // in the portal's time zone

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override;

public slots:
    void reload();

signals:
    void failed(const QString &message);

private:
    void sync(QList<Promo> stored);
    void requestOrder(const QStringList &ids);
    QStringList idsIn(const QMimeData *data) const;
    template<typename T> T reported(T result);

    DatabasePtr m_database;
    PromoStore m_store;
    QString m_slot;
    QList<Promo> m_promos;
    QTimeZone m_zone;
    QUndoStack *m_undoStack = nullptr;
    bool m_writing = false; // our own store calls: their change signals are not news
};

} // namespace PortalDesk::Ui
