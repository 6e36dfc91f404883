#pragma once

// The editor's edit lock (core/store/editlocks.h) and the bar that tells about it.
// Opening a stored article takes its lock; while a colleague holds it the editor is
// read-only and the bar says who edits since when and where, with Take Over for those
// allowed to. When a colleague takes it over, the editor turns read-only at once and
// the unsaved text is kept as a recovery copy (and stays on screen to copy from). When
// the holder lets go, the lock is taken and editing resumes; unsaved text saved then is
// merged with what was saved meanwhile. The lock is let go when the editor closes.
// An article the person's role may not edit (a reporter and a colleague's article) is
// read-only too, and the bar says why; no lock is taken then.

#include "core/store/editlocks.h"
#include "core/store/newsroom.h"

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;

namespace PortalDesk::Ui {

class ArticleDocument;

class EditLockBar : public QFrame
{
    Q_OBJECT

public:
    // NotAllowed: the person's role may not edit this article (a reporter, a colleague's).
    enum class State { Editing, HeldByOther, TakenOver, NotAllowed, Unchecked };

    explicit EditLockBar(ArticleDocument *document, QWidget *parent = nullptr);
    ~EditLockBar() override;

    State state() const { return m_state; }
    bool editable() const { return m_state == State::Editing || m_state == State::Unchecked; }
    QString text() const;
    QPushButton *takeOverButton() const { return m_takeOver; }
    // What the person may do (Newsroom::rights); everything until set.
    void setRights(const Rights &rights);

    // Takes (or rechecks) the lock; called on opening and whenever locks change.
    void check();
    void takeOver();

signals:
    void editableChanged(bool editable);
    void message(const QString &text);

private:
    void setState(State state, const EditLock &other = {}, const QString &problem = {});
    void locksChanged(const QStringList &ids);

    ArticleDocument *m_document;
    DatabasePtr m_database;
    QString m_heldId; // the article whose lock this editor holds
    QLabel *m_label;
    QPushButton *m_takeOver;
    State m_state = State::Unchecked;
    EditLock m_other; // the colleague holding the lock
    QString m_problem; // why the lock could not be checked
    Rights m_rights;
    bool m_checking = false;
};

} // namespace PortalDesk::Ui
