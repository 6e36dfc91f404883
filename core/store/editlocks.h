#pragma once

// Who has which article open to edit. Opening an article to edit takes its lock; every
// other client sees it (the article list's mark, the editor's "陳大文 is editing since
// 10:42 (desk-pc-3)") and opens the article read-only until it is let go or taken over.
//
// A lock ends by itself when its holder does, so a crash never leaves an article locked:
// - PostgreSQL: the row names a token, and the taker's connection holds the session
//   advisory lock of that token. The server drops the advisory lock with the connection —
//   at once when the process dies, within about 25 seconds when its network goes (the
//   connection's TCP keepalive and user timeout, set by Database) — and a row whose
//   advisory lock nobody holds counts as free.
// - SQLite: the row names the taking Database's session, a lock file in
//   "<database>.editors/" that the session holds while it runs; a dead process's file is
//   stale (QLockFile), and its rows count as free.
// A lock belongs to the calling thread's connection (the GUI's main thread).

#include "core/error.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace PortalDesk {

struct EditLock
{
    QString articleId;
    QString login; // the server login (SQLite: the name set in Settings)
    QString name; // the display name: the newsroom's name for the login, or the login
    QString host; // the computer it was taken on
    QDateTime since;
    bool mine = false; // taken by this Database on this thread's connection

    bool operator==(const EditLock &) const = default;
};

class EditLocks
{
public:
    explicit EditLocks(DatabasePtr database);

    // Takes the article's lock, or confirms one this client already holds. Refused with
    // Error::Code::Conflict, naming the holder, while another live client holds it.
    Result<EditLock> take(const QString &articleId);
    // Takes the lock whoever holds it; the taker's and the loser's names go into the
    // article's History. The loser's client notices (locksChanged) and turns read-only.
    Result<EditLock> takeOver(const QString &articleId);
    // Lets go of this client's lock on the article; nothing happens when it holds none.
    Status release(const QString &articleId);

    // The live lock on one article, if any.
    Result<std::optional<EditLock>> holder(const QString &articleId) const;
    // Every live lock, by article id.
    Result<QHash<QString, EditLock>> all() const;
    // A short text that changes whenever the set of live locks does (ChangeWatch's check
    // for holders that went away without a word).
    Result<QString> fingerprint() const;

private:
    Result<EditLock> claim(const QString &articleId, bool overHolder);

    DatabasePtr m_database;
};

} // namespace PortalDesk
