#pragma once

// Edit ▸ Sections and Columns…: the portal's sections (navigation) and topic
// columns, each a table of names per language in reading order. Drag rows to
// reorder, add and remove, or sort Chinese names by stroke count. Changes are
// saved as they are made, and each is a step on its tab's own undo stack
// (Ctrl+Z / Ctrl+Shift+Z undo in the tab showing); the store's refusals are
// shown as it words them.

#include "core/store/categorystore.h"

#include <QDialog>

class QLabel;
class QTabWidget;
class QTableView;
class QUndoGroup;
class QUndoStack;

namespace PortalDesk::Ui {

class CategoryListModel;

class SectionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SectionsDialog(DatabasePtr database, QWidget *parent = nullptr);

    CategoryListModel *model(CategoryStore::Kind kind) const;
    QTableView *view(CategoryStore::Kind kind) const;
    void setCurrentKind(CategoryStore::Kind kind);
    QString message() const; // the last refusal shown
    QUndoStack *undoStack(CategoryStore::Kind kind) const; // each tab has its own
    QUndoGroup *undoGroup() const { return m_undo; } // the current tab's stack is active

    void addCategory();
    void removeCategory();
    void sortByStrokes();
    void moveBy(int step);

private:
    QWidget *createPage(CategoryStore::Kind kind);
    CategoryStore::Kind currentKind() const;
    void showMessage(const QString &message);

    DatabasePtr m_database;
    QUndoGroup *m_undo;
    QUndoStack *m_stacks[2] = {};
    QTabWidget *m_tabs;
    QLabel *m_message;
    CategoryListModel *m_models[2] = {};
    QTableView *m_views[2] = {};
};

} // namespace PortalDesk::Ui
