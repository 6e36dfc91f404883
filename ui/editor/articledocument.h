#pragma once

// One article open for editing: its fields, its Markdown body (a QTextDocument
// the body editor shows), its undo history, whether it differs from what is
// stored, and saving — including what to do when someone else saved first.
// Unsaved work is copied to the recovery store a moment after typing stops.
// Widgets show and change it; it knows no widgets, so tests drive it directly.

#include "core/content/article.h"
#include "core/store/database.h"
#include "ui/editor/articlefields.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class QTextDocument;
class QUndoStack;

namespace PortalDesk {
class RecoveryStore;
}

namespace PortalDesk::Ui {

class ArticleDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr int AutosaveDelayMs = 1000;

    explicit ArticleDocument(DatabasePtr database, QObject *parent = nullptr);
    ~ArticleDocument() override;

    // Shows `article` as stored: clean, empty undo history.
    void load(const Article &article);
    // Shows work recovered after a crash: `recovered.version` is the version it
    // started from; the document is dirty until saved or reverted.
    void loadRecovered(const Article &recovered);
    // A new, unsaved article with an id of its own.
    static Article newArticle(Language language = Language::ZhHantHK);

    Article article() const; // as typed, with the version it is based on
    const Article &stored() const { return m_stored; }
    QString id() const { return m_current.id; }
    bool isNew() const { return m_stored.version == 0; }
    bool isDirty() const;
    QString title() const; // headline, or "Untitled"
    DatabasePtr database() const { return m_database; }

    QVariant field(ArticleField field) const;
    // Changes a field as a user action (undoable); nothing happens when unchanged.
    void setField(ArticleField field, const QVariant &value, const QString &actionText = {});
    // Changes a field without recording it; only undo commands call this.
    void applyField(ArticleField field, const QVariant &value);
    // Makes every field equal to `target` in one undo step named `actionText`.
    void applyArticle(const Article &target, const QString &actionText);

    QTextDocument *body() const { return m_body; }
    QString bodyText() const;
    QUndoStack *undoStack() const { return m_undo; }

    // Validation problems of the text as typed.
    QList<Error> problems() const;

    // Saves through ArticleStore. On a version conflict the error has code
    // Conflict and conflict() holds their version until it is resolved.
    Status save();
    const std::optional<Article> &conflict() const { return m_conflict; }
    // Moves the stored article along the workflow (Publish, Schedule, Unpublish, …):
    // saves the text as it is with `status` (and `publishAt` when valid). Only a move the
    // store accepted shows: a refused one leaves the document, its status and its undo
    // history exactly as they were. A conflict is not merged here: save() first.
    Status saveMove(ArticleStatus status, const QDateTime &publishAt = {});
    // Replaces my text by theirs (one undo step, so my typing is one Undo away).
    void keepTheirs();
    // Saves `merged` (fields picked from mine and theirs) on top of their version.
    Status saveMerged(const Article &merged);

    // Back to the stored text, as one undo step.
    void revert();
    // Makes an older revision current (a new save on top of the stored version).
    Status restoreRevision(qint64 revisionId);

    void setRecoveryStore(std::shared_ptr<RecoveryStore> store);
    // Writes the recovery file now when dirty (the timer does this after typing stops).
    void writeRecovery();
    // Drops the recovery file, e.g. when the user discards the changes.
    void discardRecovery();

signals:
    void fieldChanged(ArticleField field);
    void changed(); // any field or the body
    void dirtyChanged(bool dirty);
    void saved();
    void recoveryWritten();
    // Someone else saved a newer version while this one has unsaved typing (which stays;
    // saving merges). A clean document simply shows the newer version.
    void newerVersionSaved(const Article &theirs);

private:
    void bodyEdited();
    void followStore(const QStringList &ids);
    void updateDirty();
    void finishSave(const Article &saved);
    void resetTo(const Article &article, bool dirty);

    DatabasePtr m_database;
    Article m_stored;
    Article m_current; // every field but the body, which lives in m_body
    QTextDocument *m_body;
    QUndoStack *m_undo;
    std::optional<Article> m_conflict;
    bool m_recovered = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_writing = false; // a save or restore of this document is under way
    std::shared_ptr<RecoveryStore> m_recovery;
    QTimer m_autosave;
};

} // namespace PortalDesk::Ui
