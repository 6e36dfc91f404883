#pragma once

// The database schema as a list of numbered steps. Opening a database applies
// the steps it has not seen yet, each in its own transaction, after backing up
// an existing SQLite file; a database from a newer PortalDesk is refused.

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PortalDesk {

class Database;

struct Migration
{
    int version = 0; // the schema version after this step
    QString description;
    QStringList statements; // run in order inside one transaction
};

// The article list's indexes, one per order and direction, as both engines create them.
QStringList articleListIndexes();

// The promo table's columns for its own Simplified text (PromoSimplified), of `textType`.
QStringList promoSimplifiedColumns(const QString &textType);
// Schema 11 of SQLite, 13 of PostgreSQL: articles.text_edits and translation_links.
QStringList translationLinkStatements(const QString &textType);

// Schema 12 of SQLite, 14 of PostgreSQL: the trash's table (TrashStore), its text columns of `textType`.
QString trashTable(const QString &textType);
// Schema 14 of SQLite, 16 of PostgreSQL: the wire feeds a portal follows (FeedLog) and how
// often its editors poll them.
QStringList feedTables(const QString &textType);
// The articles' desk notes column (SQLite schema 13, PostgreSQL 15).
QString notesColumn(const QString &textType);

class Migrations
{
public:
    explicit Migrations(QList<Migration> steps);

    // PortalDesk's own schema.
    static const Migrations &schema();

    int latest() const;
    const QList<Migration> &steps() const { return m_steps; }

    // Brings `database` up to latest(). `backupPath` receives the backup file
    // written before migrating a SQLite file that already had a schema.
    Status apply(const Database &database, QString *backupPath) const;

private:
    QList<Migration> m_steps;
};

} // namespace PortalDesk
