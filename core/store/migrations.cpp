#include "core/store/migrations.h"

#include "core/search/searchschema.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/translationpairs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Migrations", text);
}

Migration version1()
{
    return { 1, QStringLiteral("content model"),
        {
            QStringLiteral(
                "CREATE TABLE portal (id INTEGER PRIMARY KEY CHECK (id = 1), settings TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE sections (key TEXT PRIMARY KEY, names TEXT NOT NULL, position "
                           "INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE columns (key TEXT PRIMARY KEY, names TEXT NOT NULL, position "
                           "INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE media (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, bytes BLOB NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE articles ("
                " id TEXT PRIMARY KEY, language TEXT NOT NULL, translation_group TEXT,"
                " section TEXT REFERENCES sections(key) ON UPDATE CASCADE,"
                " kicker TEXT NOT NULL DEFAULT '', headline TEXT NOT NULL, standfirst TEXT NOT NULL DEFAULT "
                "'',"
                " byline TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', dateline TEXT NOT NULL "
                "DEFAULT '',"
                " body TEXT NOT NULL DEFAULT '', original_link TEXT, credit TEXT NOT NULL DEFAULT '', slug "
                "TEXT,"
                " zh_hans_override TEXT, status TEXT NOT NULL, publish_at TEXT, embargo_until TEXT,"
                " created_by TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX articles_by_update ON articles (updated_at DESC, id)"),
            QStringLiteral("CREATE INDEX articles_by_status ON articles (status, publish_at)"),
            QStringLiteral("CREATE INDEX articles_by_group ON articles (translation_group)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX articles_slug ON articles (language, slug) WHERE slug IS NOT NULL"),
            QStringLiteral(
                "CREATE TABLE article_columns ("
                " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                " column_key TEXT NOT NULL REFERENCES columns(key) ON UPDATE CASCADE ON DELETE CASCADE,"
                " position INTEGER NOT NULL, PRIMARY KEY (article_id, column_key))"),
            QStringLiteral(
                "CREATE TABLE article_photos ("
                " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, position INTEGER NOT "
                "NULL,"
                " file TEXT NOT NULL, caption TEXT NOT NULL DEFAULT '', credit TEXT NOT NULL DEFAULT '',"
                " alt TEXT NOT NULL DEFAULT '', PRIMARY KEY (article_id, position))"),
            QStringLiteral("CREATE TABLE article_revisions ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " version INTEGER NOT NULL, saved_by TEXT NOT NULL, saved_at TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '', snapshot TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX revisions_by_article ON article_revisions (article_id, id)"),
            QStringLiteral("CREATE TABLE promos ("
                           " id TEXT PRIMARY KEY, slot TEXT NOT NULL, kicker TEXT NOT NULL DEFAULT '', text "
                           "TEXT NOT NULL,"
                           " call_to_action TEXT NOT NULL DEFAULT '', link TEXT NOT NULL, image TEXT, "
                           "language TEXT NOT NULL,"
                           " start_at TEXT, end_at TEXT, position INTEGER NOT NULL, enabled INTEGER NOT "
                           "NULL, version INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX promos_by_slot ON promos (slot, position)"),
        } };
}

// Full-text search over articles and promos (see core/search/searchschema.h).
Migration version2()
{
    return { 2, QStringLiteral("search index"), SearchSchema::migration() };
}

// Articles as the Simplified edition shows them, kept per version (see EditionTextStore).
Migration version3()
{
    return { 3, QStringLiteral("converted edition texts"),
        { QStringLiteral("CREATE TABLE edition_texts ("
                         " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                         " edition TEXT NOT NULL, version INTEGER NOT NULL, converter TEXT NOT NULL,"
                         " texts BLOB NOT NULL, PRIMARY KEY (article_id, edition))") } };
}

// The words behind search prefixes (see SearchSchema::termsMigration).
Migration version4()
{
    return { 4, QStringLiteral("search prefix terms"), SearchSchema::termsMigration() };
}

// Exports and incremental updates read every live article's summary (all but the
// long texts, see ArticleStore::Reading). An index that holds all of it answers that
// without reading the rows, whose bodies would otherwise be read past on overflow pages;
// in id order, as they are read, so the read needs no sort either.
Migration version5()
{
    return { 5, QStringLiteral("article summaries index"),
        { QStringLiteral(
            "CREATE INDEX articles_summaries ON articles (id, status, language, translation_group,"
            " section, kicker, headline, standfirst, slug, publish_at, embargo_until,"
            " updated_at, version)") } };
}

// An index for each order the article list sorts by, in each direction, whose
// expressions are the ORDER BY's of ArticleListing, and the section's position
// kept on each article (by ArticleRows and CategoryStore) so that order has one too.
// PostgreSQL wants each expression in parentheses; SQLite sees through them.
Migration version6()
{
    QStringList statements {
        QStringLiteral("ALTER TABLE articles ADD COLUMN section_position INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("UPDATE articles SET section_position = COALESCE("
                       "(SELECT position FROM sections WHERE sections.key = articles.section), -1)"),
    };
    statements += articleListIndexes();
    return { 6, QStringLiteral("article list orders"), statements };
}

// Edit locks (core/store/editlocks.h): who has which article open to edit, from which
// PortalDesk session (a lock file beside the database tells whether it still runs), and
// the newsroom's people, whose display names the lists show (empty on SQLite, where a
// person is the name set in Settings; kept so both engines read with the same SQL).
Migration version7()
{
    return { 7, QStringLiteral("edit locks and people"),
        { QStringLiteral(
              "CREATE TABLE edit_locks ("
              " article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
              " token TEXT NOT NULL, login TEXT NOT NULL, host TEXT NOT NULL, since TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE people (login TEXT PRIMARY KEY, display_name TEXT NOT NULL,"
                           " role TEXT NOT NULL)") } };
}

// The publish workflow (issue 15): a wire story's own time apart from the publish time,
// and every slug an article has been live under, so that a page once public keeps
// answering after an editor changes the slug (the export writes redirects for the rest).
Migration version8()
{
    return { 8, QStringLiteral("wire time, slugs an article went live under"),
        { QStringLiteral("ALTER TABLE articles ADD COLUMN wire_time TEXT"),
            QStringLiteral("CREATE TABLE article_slugs ("
                           " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " slug TEXT NOT NULL, live_since TEXT NOT NULL, PRIMARY KEY (article_id, slug))"),
            QStringLiteral(
                "INSERT INTO article_slugs (article_id, slug, live_since) SELECT id, slug, updated_at"
                " FROM articles WHERE slug IS NOT NULL"
                " AND status IN ('published', 'scheduled', 'archived')") } };
}

// Near-duplicate wire copy (issue 15): each article's text sketch and original-link key
// (core/store/articlefingerprints.h). Made by the program, not by SQL, so the table starts
// empty and each article gets its row at the next duplicate check.
Migration version9()
{
    return { 9, QStringLiteral("article fingerprints for duplicate wire copy"),
        { QStringLiteral(
              "CREATE TABLE article_fingerprints ("
              " article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
              " version INTEGER NOT NULL, scheme INTEGER NOT NULL, link_key TEXT, sketch BLOB NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX article_fingerprints_by_link ON article_fingerprints (link_key)") } };
}

// A promo's own text for the 简 edition (PromoSimplified), one column per text readers see;
// NULL: converted from the Traditional text. (Schemas 8 and 9 are other changes'.)
Migration version10()
{
    return { 10, QStringLiteral("promos' own Simplified text"),
        promoSimplifiedColumns(QStringLiteral("TEXT")) };
}

// Translation pairs (issue 15): which article of a pair is the translation, and how far it
// has caught up with its original (see core/store/translationpairs.h).
Migration version11()
{
    return { 11, QStringLiteral("translation pairs and how far each translation has caught up"),
        translationLinkStatements(QStringLiteral("TEXT")) };
}

// The trash (core/store/trashstore.h): an article moved out of the portal, kept whole
// (fields, revisions, live slugs) in one JSON snapshot until the trash is emptied.
Migration version12()
{
    return { 12, QStringLiteral("the trash"), { trashTable(QStringLiteral("TEXT")) } };
}

// Desk notes (issue 18): what a wire release carries besides the story, never published.
Migration version13()
{
    return { 13, QStringLiteral("desk notes"), { notesColumn(QStringLiteral("TEXT")) } };
}

// Schema 14: the wire feeds and their log, shared by the portal's editors.
Migration version14()
{
    return { 14, QStringLiteral("wire feeds"), feedTables(QStringLiteral("TEXT")) };
}

Result<int> userVersion(const QSqlDatabase &db)
{
    auto query = Sql::run(db, QStringLiteral("PRAGMA user_version"));
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace

QStringList promoSimplifiedColumns(const QString &textType)
{
    QStringList statements;
    for (const char *column : { "zh_hans_kicker", "zh_hans_text", "zh_hans_call_to_action" })
        statements
            << QStringLiteral("ALTER TABLE promos ADD COLUMN %1 %2").arg(QLatin1String(column), textType);
    return statements;
}

QStringList translationLinkStatements(const QString &textType)
{
    QStringList statements {
        QStringLiteral("ALTER TABLE articles ADD COLUMN text_edits INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE translation_links ("
                       " translation_id %1 PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " original_id %1 NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " synced_edits INTEGER NOT NULL, synced_version INTEGER NOT NULL,"
                       " synced_by %1 NOT NULL DEFAULT '', synced_at %1 NOT NULL)")
            .arg(textType),
        QStringLiteral("CREATE INDEX translation_links_by_original ON translation_links (original_id)"),
        // Pairs made before: the article written first is the original, and the pair counts
        // as up to date now (nothing says otherwise).
        TranslationPairs::recordPairsStatement(),
    };
    return statements;
}

QString notesColumn(const QString &textType)
{
    return QStringLiteral("ALTER TABLE articles ADD COLUMN notes %1 NOT NULL DEFAULT ''").arg(textType);
}

QStringList feedTables(const QString &textType)
{
    return {
        QStringLiteral("CREATE TABLE feeds (address %1 PRIMARY KEY, state %1 NOT NULL,"
                       " claimed_by %1, claimed_until %1)")
            .arg(textType),
        QStringLiteral("CREATE TABLE feed_options (id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " poll_minutes INTEGER NOT NULL)"),
    };
}

QString trashTable(const QString &textType)
{
    return QStringLiteral("CREATE TABLE trash (article_id %1 PRIMARY KEY, language %1 NOT NULL,"
                          " headline %1 NOT NULL, status %1 NOT NULL, publish_at %1, trashed_by %1 NOT NULL,"
                          " trashed_at %1 NOT NULL, snapshot %1 NOT NULL)")
        .arg(textType);
}

QStringList articleListIndexes()
{
    const QString language = QStringLiteral(
        "CASE language WHEN 'zh-Hant-HK' THEN 0 WHEN 'zh-Hans' THEN 1 WHEN 'en' THEN 2 ELSE 3 END");
    const QString status
        = QStringLiteral("CASE status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'scheduled' THEN 2"
                         " WHEN 'published' THEN 3 WHEN 'archived' THEN 4 ELSE 5 END");
    const QList<std::pair<QString, QString>> keys { { QStringLiteral("headline"),
                                                        QStringLiteral("lower(headline)") },
        { QStringLiteral("author"), QStringLiteral("lower(updated_by)") },
        { QStringLiteral("section"), QStringLiteral("section_position") },
        { QStringLiteral("language"), language }, { QStringLiteral("status"), status } };
    QStringList statements;
    for (const auto &[name, expression] : keys) {
        for (const bool descending : { false, true }) {
            statements.append(QStringLiteral(
                "CREATE INDEX articles_listed_by_%1%2 ON articles ((%3)%4, updated_at DESC, id)")
                                  .arg(name, descending ? QStringLiteral("_desc") : QString(), expression,
                                      descending ? QStringLiteral(" DESC") : QString()));
        }
    }
    return statements;
}

Migrations::Migrations(QList<Migration> steps)
    : m_steps(std::move(steps))
{ }

const Migrations &Migrations::schema()
{
    static const Migrations migrations(
        { version1(), version2(), version3(), version4(), version5(), version6(), version7(), version8(),
            version9(), version10(), version11(), version12(), version13(), version14() });
    return migrations;
}

int Migrations::latest() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

Status Migrations::apply(const Database &database, QString *backupPath) const
{
    QSqlDatabase db = Sql::connection(database);
    auto current = userVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latest()) {
        return fail(Error::Code::TooNew,
            tr("%1 was written by a newer PortalDesk (schema %2, this version knows up to %3); "
               "update PortalDesk to open it")
                .arg(database.address())
                .arg(*current)
                .arg(latest()));
    }
    if (*current == latest())
        return {};

    if (*current > 0 && database.kind() == Database::Kind::Sqlite) {
        // Keep the old file as it was before touching its schema.
        const QString backup
            = QStringLiteral("%1.schema%2-%3.bak")
                  .arg(database.address())
                  .arg(*current)
                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        QFile::remove(backup);
        if (auto copied = Sql::run(db, QStringLiteral("VACUUM INTO ?"), { backup }); !copied) {
            return fail(Error::Code::Io,
                tr("could not back up %1 before updating it: %2")
                    .arg(database.address(), copied.error().message));
        }
        if (backupPath)
            *backupPath = backup;
    }

    for (const Migration &step : m_steps) {
        if (step.version <= *current)
            continue;
        Sql::Transaction transaction(database);
        if (!transaction.begun())
            return std::unexpected(transaction.begun().error());
        for (const QString &statement : step.statements) {
            if (auto done = Sql::run(db, statement); !done) {
                return fail(Error::Code::Database,
                    tr("updating the database to schema %1 (%2) failed: %3")
                        .arg(step.version)
                        .arg(step.description, done.error().message));
            }
        }
        if (auto set = Sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !set)
            return std::unexpected(set.error());
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace PortalDesk
