#pragma once

// The trash: the articles moved out of the portal, with who moved them and when, to
// restore, delete permanently or empty (ArticleTrash asks first where it must).
// Follows the database: an article trashed or restored elsewhere shows here at once.

#include "core/store/database.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace PortalDesk::Ui {

class ArticleTrash;

class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    TrashDialog(DatabasePtr database, ArticleTrash *trash, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QStringList selectedIds() const;

public slots:
    void reload();
    void restoreSelected();
    void deleteSelected();
    void emptyTrash();

private:
    void updateButtons();

    DatabasePtr m_database;
    ArticleTrash *m_trash;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_empty = nullptr;
};

} // namespace PortalDesk::Ui
