#pragma once

// What the desk does with the trash (core/store/trashstore.h): Move to Trash from the
// article list, with the questions that keep it safe (a live story leaves the portal at
// the next export; an article a colleague is editing stays; an article open in a tab of
// this window is closed first, asking about unsaved typing), and Restore, Delete
// Permanently and Empty Trash. Each move to the trash is a command on the list's own
// undo stack, so Edit ▸ Undo (Ctrl+Z on the list) brings the articles back.

#include "core/store/database.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QStatusBar;
class QUndoStack;
class QWidget;

namespace PortalDesk::Ui {

class ArticleListModel;
class ArticleListView;

class ArticleTrash : public QObject
{
    Q_OBJECT

public:
    // Closes the editor of an article before it goes (asking about unsaved typing);
    // false when it must stay open, and the article with it.
    using LetGo = std::function<bool(const QString &id)>;
    // A yes/no question (tests answer it); true = go ahead.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    // Tells why something could not be done (tests read it).
    using Inform = std::function<void(const QString &text)>;

    // Takes the list's Move to Trash and Show Trash requests.
    ArticleTrash(ArticleListView *list, QWidget *window);

    void setDatabase(DatabasePtr database);
    void setLetGo(LetGo letGo) { m_letGo = std::move(letGo); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setInform(Inform inform) { m_inform = std::move(inform); }
    QUndoStack *undoStack() const { return m_undo; }
    // The status bar says what went to the trash, with an Undo button beside it.
    void addToStatusBar(QStatusBar *bar);
    // Trash… (showing how many articles it holds) at the end of `menu`.
    QAction *addShowAction(QMenu *menu);

    // Moves the articles to the trash; false when none went (refused or cancelled).
    bool moveToTrash(const QStringList &ids);
    bool restore(const QString &id);
    bool deleteForever(const QString &id); // asks first
    bool empty(); // asks first
    void showTrash(); // the trash dialog, over the window

    // For the undo command: the same moves without the questions about publication.
    QStringList trashAgain(const QStringList &ids);
    QStringList restoreAll(const QStringList &ids);

signals:
    // A message for the status bar; `undoable` when Undo would take the move back.
    void message(const QString &text, bool undoable = false);
    void trashChanged();
    void databaseChanged(); // an open trash dialog closes: it shows the old one's

private:
    bool ask(const QString &title, const QString &text);
    // Why `id` may not go to the trash now (empty when it may); `live` set when it is public.
    QString refusal(const QString &id, QString *headline, bool *live) const;
    void refuse(const QString &text);

    ArticleListModel *m_list;
    QWidget *m_window;
    DatabasePtr m_database;
    QUndoStack *m_undo;
    LetGo m_letGo;
    Confirm m_confirm;
    Inform m_inform;
};

} // namespace PortalDesk::Ui
