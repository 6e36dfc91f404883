#pragma once

// The newsroom's people and what each may do, enforced by the PostgreSQL server itself
// (GRANTs and row-level security), so a reporter who connects with psql is refused just
// as the editor's buttons would refuse them:
// - Reporter: creates articles, edits their own drafts, submits them for review.
// - Sub-editor: edits any article and moves it along the workflow; edits promos.
// - Chief editor: also sections, columns and portal settings; takes over edit locks;
//   adds people and sets their roles.
// Each role is a NOLOGIN group role of this portal's database ("pd_<database>_reporter"
// and so on); a person is a login role in one of them, with a display name in the
// people table. Whoever owns the database (who runs `newsroom init` and `migrate`) is
// outside the roles and may do everything, as may everyone on a SQLite file.
//
// Passwords go to the server as SCRAM-SHA-256 verifiers made here (as psql's \password
// does), never as plain text in a statement the server could log.

#include "core/content/article.h"
#include "core/error.h"
#include "core/store/database.h"

#include <QList>
#include <optional>

namespace PortalDesk {

enum class Role { Reporter, SubEditor, ChiefEditor, Owner };

QString roleKey(Role role); // reporter, sub-editor, chief-editor, owner
std::optional<Role> roleFromKey(const QString &key);
QString roleName(Role role); // for people: "reporter", "sub-editor", "chief editor"

struct Person
{
    QString login;
    QString name; // display name (陳大文)
    Role role = Role::Reporter;
};

// What the connected person may do, with a reason for each refusal (empty: allowed).
struct Rights
{
    Role role = Role::Owner;
    QString login;

    QString mayEdit(const Article &article) const;
    QString mayMoveTo(const Article &article, ArticleStatus status) const;
    QString mayTakeOver() const;
    QString mayEditPromos() const;
    QString mayEditPortal() const; // sections, columns and portal settings
    QString mayManagePeople() const;
};

class Newsroom
{
public:
    explicit Newsroom(DatabasePtr database);

    // As the database's owner: creates the three group roles, grants their rights and
    // sets up row-level security (again, idempotently, after a schema update), and adds
    // the first chief editor. `password` empty: the login exists already.
    Status init(const QString &adminLogin, const QString &displayName, const QString &password);
    // Whether `init` has set up the roles here.
    Result<bool> initialised() const;
    // Grants the roles' rights on every table (after `newsroom migrate` added tables).
    Status applyRights();
    // A chief editor (or the owner): a new login in `role`, or an existing login put in it.
    Status addPerson(const QString &login, const QString &displayName, Role role, const QString &password);
    Status setRole(const QString &login, Role role);
    Status setDisplayName(const QString &login, const QString &displayName);
    Result<QList<Person>> people() const;

    // The connected person's role and rights (Owner on SQLite).
    Result<Rights> rights() const;

    // "pd_<database>_reporter" …: the group role of `role` on this server.
    Result<QString> groupRole(Role role) const;

    // The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (public for tests).
    static QString scramVerifier(const QString &password, const QByteArray &salt, int iterations = 4096);

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
