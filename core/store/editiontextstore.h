#pragma once

// Articles as another edition shows them — the Simplified text an export
// converted from a Traditional article — kept per article version, so an
// article is converted once, not on every export. A cache: a lost or stale
// entry costs a conversion, never content. Entries are trusted only for the
// same article version and the same converter (ScriptConverter::fingerprint()).

#include "core/content/language.h"
#include "core/store/database.h"

#include <QHash>
#include <QStringList>

namespace PortalDesk {

struct EditionText
{
    QString articleId;
    int version = 0;
    QStringList texts; // in the order Edition lays an article's fields out
};

class EditionTextStore
{
public:
    explicit EditionTextStore(DatabasePtr database);

    // Stored texts of these articles' current versions for `edition` made by `converter`, by article id.
    Result<QHash<QString, EditionText>> load(
        Language edition, const QString &converter, const QStringList &articleIds) const;
    // Replaces the entries of these articles in one transaction.
    // Every article's, for a full export (read while the articles are).
    Result<QHash<QString, EditionText>> loadAll(Language edition, const QString &converter) const;
    Status save(Language edition, const QString &converter, const QList<EditionText> &texts);
    // How many Traditional articles live at `moment` have no text kept for their current
    // version (an export that finds none need not load the converter).
    Result<int> missing(Language edition, const QString &converter, const QDateTime &moment) const;

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
