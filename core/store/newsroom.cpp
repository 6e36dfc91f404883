#include "core/store/newsroom.h"

#include "core/store/sql.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Newsroom", text);
}

const QList<Role> &groupRoles()
{
    static const QList<Role> roles { Role::Reporter, Role::SubEditor, Role::ChiefEditor };
    return roles;
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// A login a newsroom would give: lower-case letters, digits, dot, underscore, hyphen.
Status checkLogin(const QString &login)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    if (!allowed.match(login).hasMatch())
        return fail(Error::Code::Invalid,
            tr("“%1” is not a usable login: start with a letter a–z, then up to 62 of a–z, 0–9, “.”, “_”, "
               "“-”")
                .arg(login));
    return {};
}

Status checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return fail(Error::Code::Invalid, tr("a person needs a display name (e.g. 陳大文)"));
    if (name.size() > 100)
        return fail(Error::Code::Invalid, tr("a display name has at most 100 characters"));
    return {};
}

Result<bool> roleExists(const QSqlDatabase &db, const QString &name)
{
    auto exists = Sql::run(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), { name });
    if (!exists)
        return std::unexpected(exists.error());
    return exists->next();
}

Status runAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto done = Sql::run(db, statement); !done)
            return std::unexpected(done.error());
    }
    return {};
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), out, &size);
    return QByteArray(reinterpret_cast<const char *>(out), int(size));
}

QByteArray sha256(const QByteArray &bytes)
{
    unsigned char out[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), out);
    return QByteArray(reinterpret_cast<const char *>(out), SHA256_DIGEST_LENGTH);
}

// Only an article's own reporter, and only while it is a draft (or just submitted).
const QString ownArticle = QStringLiteral(
    "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id AND a.created_by = session_user"
    " AND a.status IN ('draft', 'in_review'))");

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Reporter:
        return QStringLiteral("reporter");
    case Role::SubEditor:
        return QStringLiteral("sub-editor");
    case Role::ChiefEditor:
        return QStringLiteral("chief-editor");
    case Role::Owner:
        return QStringLiteral("owner");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : { Role::Reporter, Role::SubEditor, Role::ChiefEditor, Role::Owner }) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Reporter:
        return tr("reporter");
    case Role::SubEditor:
        return tr("sub-editor");
    case Role::ChiefEditor:
        return tr("chief editor");
    case Role::Owner:
        return tr("database owner");
    }
    return {};
}

QString Rights::mayEdit(const Article &article) const
{
    if (role != Role::Reporter || article.version == 0)
        return {};
    if (article.createdBy != login)
        return tr("As a reporter you edit your own articles; this one is %1's.").arg(article.createdBy);
    if (article.status != ArticleStatus::Draft)
        return tr("As a reporter you edit drafts; this article is %1 now, so the desk edits it.")
            .arg(statusName(article.status));
    return {};
}

QString Rights::mayMoveTo(const Article &article, ArticleStatus status) const
{
    if (role != Role::Reporter)
        return {};
    if (const QString refusal = mayEdit(article); !refusal.isEmpty())
        return refusal;
    if (status != ArticleStatus::Draft && status != ArticleStatus::InReview)
        return tr("As a reporter you submit articles for review; a sub-editor schedules and publishes them.");
    return {};
}

QString Rights::mayTakeOver() const
{
    if (role == Role::ChiefEditor || role == Role::Owner)
        return {};
    return tr("Only a chief editor can take over an article a colleague is editing.");
}

QString Rights::mayEditPromos() const
{
    if (role != Role::Reporter)
        return {};
    return tr("As a reporter you cannot change promos; sub-editors and chief editors do.");
}

QString Rights::mayEditPortal() const
{
    if (role == Role::ChiefEditor || role == Role::Owner)
        return {};
    return tr("Only a chief editor can change sections, columns and portal settings.");
}

QString Rights::mayManagePeople() const
{
    return mayEditPortal().isEmpty() ? QString()
                                     : tr("Only a chief editor can add people or change their roles.");
}

Newsroom::Newsroom(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QString> Newsroom::groupRole(Role role) const
{
    if (role == Role::Owner)
        return fail(Error::Code::Invalid, tr("the database owner is not a group role"));
    auto name = Sql::run(Sql::connection(*m_database), QStringLiteral("SELECT current_database()"));
    if (!name)
        return std::unexpected(name.error());
    if (!name->next())
        return fail(Error::Code::Database, tr("the server did not say which database this is"));
    QString base = name->value(0).toString().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    const QString suffix = role == Role::Reporter ? QStringLiteral("_reporter")
        : role == Role::SubEditor                 ? QStringLiteral("_subeditor")
                                                  : QStringLiteral("_chief");
    return QStringLiteral("pd_") + base.left(40) + suffix;
}

QString Newsroom::scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    // SASLprep's main step for non-ASCII passwords is NFKC, as the server applies it.
    const QByteArray secret = password.normalized(QString::NormalizationForm_KC).toUtf8();
    QByteArray salted(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations, EVP_sha256(),
        int(salted.size()), reinterpret_cast<unsigned char *>(salted.data()));
    const QByteArray storedKey = sha256(hmac(salted, QByteArrayLiteral("Client Key")));
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
            QString::fromLatin1(serverKey.toBase64()));
}

namespace {

QString passwordClause(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    // The verifier is base64 and '$', ':' — nothing to escape.
    return QStringLiteral(" PASSWORD '%1'").arg(Newsroom::scramVerifier(password, salt));
}

Status requireServer(const DatabasePtr &database)
{
    if (database->kind() == Database::Kind::Postgres)
        return {};
    return fail(Error::Code::Unsupported,
        QCoreApplication::translate("PortalDesk::Newsroom",
            "people and roles belong to a newsroom server (postgresql://…); on a SQLite file the editor "
            "is whoever opens it"));
}

} // namespace

Result<bool> Newsroom::initialised() const
{
    if (m_database->kind() != Database::Kind::Postgres)
        return false;
    auto chief = groupRole(Role::ChiefEditor);
    if (!chief)
        return std::unexpected(chief.error());
    return roleExists(Sql::connection(*m_database), *chief);
}

Status Newsroom::applyRights()
{
    if (auto server = requireServer(m_database); !server)
        return server;
    QStringList groups;
    for (Role role : groupRoles()) {
        auto name = groupRole(role);
        if (!name)
            return std::unexpected(name.error());
        groups << quoted(*name);
    }
    const QString all = groups.join(QStringLiteral(", "));
    const QString &reporter = groups.at(0);
    const QString desk = groups.at(1) + QStringLiteral(", ") + groups.at(2);
    const QString &chief = groups.at(2);
    const QSqlDatabase db = Sql::connection(*m_database);
    auto database = Sql::run(db, QStringLiteral("SELECT current_database()"));
    if (!database || !database->next())
        return fail(Error::Code::Database, tr("the server did not say which database this is"));

    QStringList statements {
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2")
            .arg(quoted(database->value(0).toString()), all),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(all),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(all),
        QStringLiteral(
            "GRANT INSERT, UPDATE, DELETE ON articles, article_columns, article_photos, edit_locks,"
            " search_docs, search_terms, search_meta, article_fingerprints, translation_links, trash, feeds,"
            " feed_options TO %1")
            .arg(all),
        QStringLiteral("GRANT INSERT ON article_revisions, media TO %1").arg(all),
        QStringLiteral("GRANT UPDATE, DELETE ON media, article_revisions TO %1").arg(desk),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON promos, edition_texts, article_slugs TO %1")
            .arg(desk),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE, TRUNCATE ON sections, columns, portal, people TO %1")
            .arg(chief),
    };
    // Row-level security: who may write which rows; everyone reads everything.
    const auto policies = [&](const QString &table, const QStringList &own) {
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        for (const char *name :
            { "pd_read", "pd_desk", "pd_own", "pd_own_insert", "pd_own_update", "pd_own_delete" })
            statements << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(name), table);
        statements << QStringLiteral("CREATE POLICY pd_read ON %1 FOR SELECT USING (true)").arg(table)
                   << QStringLiteral(
                          "CREATE POLICY pd_desk ON %1 FOR ALL TO %2 USING (true) WITH CHECK (true)")
                          .arg(table, table == u"edit_locks" ? chief : desk);
        statements += own;
    };
    policies(QStringLiteral("articles"),
        { QStringLiteral("CREATE POLICY pd_own_insert ON articles FOR INSERT TO %1 WITH CHECK"
                         " (created_by = session_user AND status IN ('draft', 'in_review'))")
                .arg(reporter),
            QStringLiteral("CREATE POLICY pd_own_update ON articles FOR UPDATE TO %1"
                           " USING (created_by = session_user AND status = 'draft')"
                           " WITH CHECK (created_by = session_user AND status IN ('draft', 'in_review'))")
                .arg(reporter),
            QStringLiteral("CREATE POLICY pd_own_delete ON articles FOR DELETE TO %1"
                           " USING (created_by = session_user AND status = 'draft')")
                .arg(reporter) });
    for (const char *table : { "article_columns", "article_photos" }) {
        policies(QLatin1String(table),
            { QStringLiteral("CREATE POLICY pd_own ON %1 FOR ALL TO %2 USING (%3) WITH CHECK (%3)")
                    .arg(QLatin1String(table), reporter, ownArticle) });
    }
    policies(QStringLiteral("article_revisions"),
        { QStringLiteral("CREATE POLICY pd_own_insert ON article_revisions FOR INSERT TO %1"
                         " WITH CHECK (saved_by = session_user AND %2)")
                .arg(reporter, ownArticle) });
    // A lock is one's own to take and let go; a dead holder's may be cleared by anyone;
    // taking over a live one is the chief editor's.
    policies(QStringLiteral("edit_locks"),
        { QStringLiteral(
            "CREATE POLICY pd_own ON edit_locks FOR ALL TO %1, %2 USING (login = session_user OR NOT EXISTS"
            " (SELECT 1 FROM pg_locks k WHERE k.locktype = 'advisory' AND k.granted AND k.classid = %3"
            " AND k.objid = edit_locks.token AND k.objsubid = 2 AND k.pid = edit_locks.pid"
            " AND k.database = (SELECT oid FROM pg_database WHERE datname = current_database())))"
            " WITH CHECK (login = session_user)")
                .arg(reporter, groups.at(1))
                .arg(0x5044454C) });
    // A reporter trashes (and gets back) their own drafts only: the articles policy decides
    // which rows they may delete; the trash keeps who moved each one.
    policies(QStringLiteral("trash"),
        { QStringLiteral("CREATE POLICY pd_own ON trash FOR ALL TO %1 USING (trashed_by = session_user)"
                         " WITH CHECK (trashed_by = session_user)")
                .arg(reporter) });
    policies(QStringLiteral("media"),
        { QStringLiteral("CREATE POLICY pd_own_insert ON media FOR INSERT TO %1"
                         " WITH CHECK (sha256 = encode(sha256(bytes), 'hex'))")
                .arg(reporter) });

    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return transaction.begun();
    // DROP POLICY IF EXISTS would say "does not exist, skipping" for each new one.
    statements.prepend(QStringLiteral("SET LOCAL client_min_messages = warning"));
    if (auto done = runAll(db, statements); !done)
        return done;
    return transaction.commit();
}

Status Newsroom::init(const QString &adminLogin, const QString &displayName, const QString &password)
{
    if (auto server = requireServer(m_database); !server)
        return server;
    if (auto checked = checkLogin(adminLogin); !checked)
        return checked;
    if (auto checked = checkName(displayName); !checked)
        return checked;
    const QSqlDatabase db = Sql::connection(*m_database);
    for (Role role : groupRoles()) {
        auto name = groupRole(role);
        if (!name)
            return std::unexpected(name.error());
        auto exists = roleExists(db, *name);
        if (!exists)
            return std::unexpected(exists.error());
        if (*exists)
            continue;
        if (auto made = Sql::run(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(*name))); !made)
            return std::unexpected(Error::of(made.error().code,
                tr("cannot create the newsroom's roles; newsroom init is run by the database's owner with "
                   "the "
                   "right to create roles (CREATEROLE): %1")
                    .arg(made.error().message)));
    }
    if (auto granted = applyRights(); !granted)
        return granted;
    return addPerson(adminLogin, displayName, Role::ChiefEditor, password);
}

Status Newsroom::addPerson(
    const QString &login, const QString &displayName, Role role, const QString &password)
{
    if (auto server = requireServer(m_database); !server)
        return server;
    if (auto checked = checkLogin(login); !checked)
        return checked;
    if (auto checked = checkName(displayName); !checked)
        return checked;
    if (role == Role::Owner)
        return fail(Error::Code::Invalid, tr("a person is a reporter, a sub-editor or a chief editor"));
    const QSqlDatabase db = Sql::connection(*m_database);
    auto exists = roleExists(db, login);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists) {
        if (password.isEmpty())
            return fail(Error::Code::Invalid, tr("%1 is a new login: give them a password").arg(login));
        if (auto made = Sql::run(
                db, QStringLiteral("CREATE ROLE %1 LOGIN%2").arg(quoted(login), passwordClause(password)));
            !made)
            return std::unexpected(made.error());
    } else if (!password.isEmpty()) {
        if (auto set
            = Sql::run(db, QStringLiteral("ALTER ROLE %1%2").arg(quoted(login), passwordClause(password)));
            !set)
            return std::unexpected(set.error());
    }
    if (auto named = Sql::run(db,
            QStringLiteral("INSERT INTO people (login, display_name, role) VALUES (?, ?, ?)"
                           " ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name"),
            { login, displayName.trimmed(), roleKey(role) });
        !named)
        return std::unexpected(named.error());
    return setRole(login, role);
}

Status Newsroom::setRole(const QString &login, Role role)
{
    if (auto server = requireServer(m_database); !server)
        return server;
    if (role == Role::Owner)
        return fail(Error::Code::Invalid, tr("a person is a reporter, a sub-editor or a chief editor"));
    const QSqlDatabase db = Sql::connection(*m_database);
    auto known = Sql::run(db, QStringLiteral("SELECT 1 FROM people WHERE login = ?"), { login });
    if (!known)
        return std::unexpected(known.error());
    if (!known->next())
        return fail(Error::Code::NotFound,
            tr("%1 is not one of this newsroom's people (newsroom list-people shows who is)").arg(login));
    QStringList statements;
    for (Role each : groupRoles()) {
        auto group = groupRole(each);
        if (!group)
            return std::unexpected(group.error());
        auto member = Sql::run(db,
            QStringLiteral("SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                           " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"),
            { *group, login });
        if (!member)
            return std::unexpected(member.error());
        const bool is = member->next();
        if (each == role && !is)
            statements << QStringLiteral("GRANT %1 TO %2").arg(quoted(*group), quoted(login));
        else if (each != role && is)
            statements << QStringLiteral("REVOKE %1 FROM %2").arg(quoted(*group), quoted(login));
    }
    // A chief editor adds people: that needs the right to create roles.
    statements << QStringLiteral("ALTER ROLE %1 %2")
                      .arg(quoted(login),
                          role == Role::ChiefEditor ? QStringLiteral("CREATEROLE")
                                                    : QStringLiteral("NOCREATEROLE"));
    if (auto done = runAll(db, statements); !done)
        return done;
    auto updated = Sql::run(
        db, QStringLiteral("UPDATE people SET role = ? WHERE login = ?"), { roleKey(role), login });
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Status Newsroom::setDisplayName(const QString &login, const QString &displayName)
{
    if (auto checked = checkName(displayName); !checked)
        return checked;
    auto updated = Sql::run(Sql::connection(*m_database),
        QStringLiteral("UPDATE people SET display_name = ? WHERE login = ?"),
        { displayName.trimmed(), login });
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("%1 is not one of this newsroom's people").arg(login));
    return {};
}

Result<QList<Person>> Newsroom::people() const
{
    auto query = Sql::run(Sql::connection(*m_database),
        QStringLiteral("SELECT login, display_name, role FROM people ORDER BY login"));
    if (!query)
        return std::unexpected(query.error());
    QList<Person> found;
    while (query->next())
        found.append({ query->value(0).toString(), query->value(1).toString(),
            roleFromKey(query->value(2).toString()).value_or(Role::Reporter) });
    return found;
}

Result<Rights> Newsroom::rights() const
{
    Rights rights { Role::Owner, m_database->userName() };
    if (m_database->kind() != Database::Kind::Postgres)
        return rights;
    // The server's memberships decide, not the people table: they are what it enforces.
    for (Role role : { Role::ChiefEditor, Role::SubEditor, Role::Reporter }) {
        auto group = groupRole(role);
        if (!group)
            return std::unexpected(group.error());
        auto member = Sql::run(Sql::connection(*m_database),
            QStringLiteral("SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = ?"),
            { *group });
        if (!member)
            return std::unexpected(member.error());
        if (member->next() && member->value(0).toBool()) {
            auto super = Sql::run(Sql::connection(*m_database),
                QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user"));
            if (super && super->next() && super->value(0).toBool())
                return rights; // a superuser is in every role and bypasses them
            rights.role = role;
            return rights;
        }
    }
    return rights;
}

} // namespace PortalDesk
