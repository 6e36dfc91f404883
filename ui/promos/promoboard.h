#pragma once

// The promo board: every slot of the theme with its promos in reading order.
// Pick a slot on the left, arrange its promos by drag and drop, add, edit,
// duplicate or delete them, move them to another slot (drop one on the slot
// list, or Move to Slot; each slot keeps its own undo history), and see the
// slot as the theme sets it on the right. Lines too wide for their slot are flagged.

#include "core/store/database.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableView;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace PortalDesk::Ui {

class PromoSlotModel;
class SlotPreview;

class PromoBoard : public QWidget
{
    Q_OBJECT

public:
    explicit PromoBoard(QWidget *parent = nullptr);

    void setDatabase(DatabasePtr database);
    // Why this person may not change promos (their role); empty: they may.
    void setReadOnlyReason(const QString &reason);

    QStringList slotNames() const;
    QString currentSlot() const;
    void setCurrentSlot(const QString &slot);
    PromoSlotModel *model(const QString &slot) const;
    QUndoStack *undoStack(const QString &slot) const;
    QTableView *view() const { return m_view; }
    QString warning() const; // the width warning for the selected promo, if any

public slots:
    void addPromo();
    void editPromo();
    void duplicatePromo();
    void deletePromo();
    void moveUp();
    void moveDown();
    // Moves the selected promo to the end of `slot` (undoable in the current slot).
    void moveToSlot(const QString &slot);

signals:
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Slot
    {
        PromoSlotModel *model = nullptr;
        QUndoStack *stack = nullptr;
    };

    QToolBar *createToolBar();
    QWidget *createPreviewPane();
    void addSlots();
    void showSlot();
    void updateSlotTitles();
    void updateActions();
    void updatePreview();
    void moveBy(int step);
    bool slotListDrag(QEvent *event); // a promo dragged over, or dropped on, another slot
    void fillMoveMenu();
    PromoSlotModel *currentModel() const;
    int currentRow() const;

    DatabasePtr m_database;
    QString m_readOnly;
    QHash<QString, Slot> m_slots;
    QUndoGroup *m_undoGroup;
    QListWidget *m_slotList;
    QTableView *m_view;
    QLabel *m_warning;
    QLabel *m_previewTitle;
    QComboBox *m_edition;
    SlotPreview *m_preview;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QAction *m_moveTo = nullptr;
};

} // namespace PortalDesk::Ui
