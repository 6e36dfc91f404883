#pragma once

// Sections or topic columns as an editable table: a name per language (edited
// in place), the key, and the order (changed by drag and drop or moveRows).
// Every change is saved to the CategoryStore at once; refusals come back
// through failed() with the store's message. With an undo stack set, what the
// user does (request…(), in-place edits, drops) becomes a command on it.

#include "core/store/categorystore.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace PortalDesk::Ui {

class CategoryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TraditionalColumn, SimplifiedColumn, EnglishColumn, KeyColumn, ColumnCount };
    static const QString MimeType;

    CategoryListModel(DatabasePtr database, CategoryStore::Kind kind, QObject *parent = nullptr);

    const QList<Category> &categories() const { return m_categories; }
    QStringList keys() const;
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    // User actions: done at once and, when the store took them, a step on the undo stack.
    Status requestAdd(const Category &category);
    Status requestRemove(const QString &key);
    Status requestOrder(const QStringList &keys, const QString &actionText);
    Status sortByStrokes(); // by Traditional name, in stroke order (ICU zh@collation=stroke)

    // The edits the commands make, each written through the store at once.
    Status add(const Category &category); // at the end
    Status remove(const QString &key);
    Status applyOrder(const QStringList &keys);
    Status rename(const QString &key, Language language, const QString &name); // empty: no name

    static Language languageOf(int column);
    // What undo steps and messages call a section or column: its Traditional name, else its key.
    static QString labelOf(const Category &category);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override;

public slots:
    void reload();

signals:
    void failed(const QString &message);

private:
    Status reported(Status status);
    template<typename Command> Status recorded(Command *command, Status status);
    Status checkNew(const Category &category) const;
    QString moveText(const QStringList &moving) const;

    DatabasePtr m_database;
    CategoryStore m_store;
    QList<Category> m_categories;
    QUndoStack *m_undoStack = nullptr;
    bool m_writing = false;
};

} // namespace PortalDesk::Ui
