#include "ui/editor/articledocument.h"

#include "core/content/articlefields.h"
#include "core/store/articlestore.h"
#include "core/store/recoverystore.h"
#include "ui/editor/commands/bodyeditcommand.h"
#include "ui/editor/commands/editfieldcommand.h"

#include <QPlainTextDocumentLayout>
#include <QScopedValueRollback>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

namespace PortalDesk::Ui {

ArticleDocument::ArticleDocument(DatabasePtr database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_body(new QTextDocument(this))
    , m_undo(new QUndoStack(this))
{
    m_body->setDocumentLayout(new QPlainTextDocumentLayout(m_body));
    connect(m_body, &QTextDocument::undoCommandAdded, this, [this] {
        if (!m_loading)
            m_undo->push(new BodyEditCommand(m_body, tr("Edit text")));
    });
    connect(m_body, &QTextDocument::contentsChanged, this, &ArticleDocument::bodyEdited);
    connect(m_undo, &QUndoStack::cleanChanged, this, &ArticleDocument::updateDirty);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &ArticleDocument::writeRecovery);
    connect(this, &ArticleDocument::changed, this, [this] {
        if (m_recovery)
            m_autosave.start();
    });
    connect(m_database.get(), &Database::articlesChanged, this, &ArticleDocument::followStore);
}

void ArticleDocument::followStore(const QStringList &ids)
{
    if (m_writing || isNew() || (!ids.isEmpty() && !ids.contains(id())))
        return;
    auto current = ArticleStore(m_database).get(id());
    if (!current || current->version <= m_stored.version)
        return; // deleted (a save says so), or nothing newer
    if (isDirty()) {
        // A save whose COMMIT went through while its answer was lost (the connection
        // dropped): the newer version is this very text, and the editor is saved after all.
        if (FieldValues::differing(article(), *current).isEmpty()) {
            finishSave(*current);
            return;
        }
        emit newerVersionSaved(*current);
        return;
    }
    load(*current);
}

ArticleDocument::~ArticleDocument() = default;

Article ArticleDocument::newArticle(Language language)
{
    Article article;
    article.id = ArticleStore::newId();
    article.language = language;
    return article;
}

void ArticleDocument::resetTo(const Article &article, bool dirty)
{
    m_loading = true;
    m_current = article;
    m_body->setPlainText(article.body); // also empties the body's own history
    m_body->setModified(false);
    m_loading = false;
    m_undo->clear();
    m_conflict.reset();
    m_recovered = dirty;
    for (ArticleField field : ArticleFields::all())
        emit fieldChanged(field);
    updateDirty();
    emit changed();
}

void ArticleDocument::load(const Article &article)
{
    m_stored = article;
    resetTo(article, false);
}

void ArticleDocument::loadRecovered(const Article &recovered)
{
    ArticleStore store(m_database);
    auto stored = store.get(recovered.id);
    if (stored) {
        m_stored = *stored;
        m_stored.version = recovered.version; // what the typing started from
    } else {
        m_stored = Article {};
        m_stored.id = recovered.id;
    }
    resetTo(recovered, true);
    m_current.version = m_stored.version;
}

Article ArticleDocument::article() const
{
    Article article = m_current;
    article.body = bodyText();
    article.version = m_stored.version;
    return article;
}

bool ArticleDocument::isDirty() const
{
    return m_dirty;
}

QString ArticleDocument::title() const
{
    const QString headline = m_current.headline.simplified();
    return headline.isEmpty() ? tr("Untitled") : headline;
}

QVariant ArticleDocument::field(ArticleField field) const
{
    if (field == ArticleField::Body)
        return bodyText();
    return ArticleFields::value(m_current, field);
}

void ArticleDocument::setField(ArticleField field, const QVariant &value, const QString &actionText)
{
    if (field == ArticleField::Body) {
        if (value.toString() == bodyText())
            return;
        QTextCursor cursor(m_body);
        cursor.select(QTextCursor::Document);
        cursor.insertText(value.toString()); // recorded through the body's own history
        return;
    }
    if (this->field(field) == value)
        return;
    m_undo->push(new EditFieldCommand(this, field, value, actionText));
}

void ArticleDocument::applyField(ArticleField field, const QVariant &value)
{
    ArticleFields::setValue(m_current, field, value);
    emit fieldChanged(field);
    emit changed();
}

void ArticleDocument::applyArticle(const Article &target, const QString &actionText)
{
    const QList<ArticleField> fields = ArticleFields::differing(article(), target);
    if (fields.isEmpty())
        return;
    m_undo->beginMacro(actionText);
    for (ArticleField field : fields)
        setField(field, ArticleFields::value(target, field));
    m_undo->endMacro();
}

QString ArticleDocument::bodyText() const
{
    QString text = m_body->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

QList<Error> ArticleDocument::problems() const
{
    return validate(article());
}

Status ArticleDocument::save()
{
    const Article edited = article();
    if (const QList<Error> found = validate(edited); !found.isEmpty())
        return std::unexpected(found.first());
    ArticleStore store(m_database);
    const QScopedValueRollback writing(m_writing, true); // the store announces this save itself
    const SaveResult result = isNew() ? store.create(edited) : store.save(edited);
    if (!result) {
        if (result.error().error.code == Error::Code::Conflict && result.error().current)
            m_conflict = result.error().current;
        return std::unexpected(result.error().error);
    }
    finishSave(*result);
    return {};
}

Status ArticleDocument::saveMove(ArticleStatus status, const QDateTime &publishAt)
{
    Article moved = article();
    moved.status = status;
    if (publishAt.isValid())
        moved.publishAt = publishAt;
    if (const QList<Error> found = validate(moved); !found.isEmpty())
        return std::unexpected(found.first());
    ArticleStore store(m_database);
    const QScopedValueRollback writing(m_writing, true);
    const SaveResult result = isNew() ? store.create(moved) : store.save(moved);
    if (!result)
        return std::unexpected(result.error().error);
    // Not an undo step: a move is undone by the opposite move (Unpublish, …), not Ctrl+Z.
    applyField(ArticleField::Status, static_cast<int>(result->status));
    applyField(ArticleField::PublishAt, result->publishAt);
    finishSave(*result);
    return {};
}

void ArticleDocument::finishSave(const Article &result)
{
    m_stored = result;
    m_conflict.reset();
    // The store sets the bookkeeping fields and may make the slug unique.
    m_current.version = result.version;
    m_current.createdAt = result.createdAt;
    m_current.createdBy = result.createdBy;
    m_current.updatedAt = result.updatedAt;
    m_current.updatedBy = result.updatedBy;
    if (m_current.slug != result.slug)
        applyField(ArticleField::Slug, result.slug);
    m_recovered = false;
    m_undo->setClean();
    updateDirty();
    discardRecovery();
    emit saved();
}

void ArticleDocument::keepTheirs()
{
    if (!m_conflict)
        return;
    const Article theirs = *m_conflict;
    applyArticle(theirs, tr("Keep their version"));
    finishSave(theirs);
}

Status ArticleDocument::saveMerged(const Article &merged)
{
    if (m_conflict)
        m_stored = *m_conflict;
    m_conflict.reset();
    applyArticle(merged, tr("Merge versions"));
    return save();
}

void ArticleDocument::revert()
{
    applyArticle(m_stored, tr("Revert"));
    m_recovered = false;
    m_undo->setClean();
    updateDirty();
    discardRecovery();
}

Status ArticleDocument::restoreRevision(qint64 revisionId)
{
    ArticleStore store(m_database);
    const QScopedValueRollback writing(m_writing, true);
    const SaveResult restored = store.restore(m_stored.id, revisionId, m_stored.version);
    if (!restored) {
        if (restored.error().error.code == Error::Code::Conflict && restored.error().current)
            m_conflict = restored.error().current;
        return std::unexpected(restored.error().error);
    }
    applyArticle(*restored, tr("Restore version"));
    finishSave(*restored);
    return {};
}

void ArticleDocument::bodyEdited()
{
    if (m_loading)
        return;
    emit fieldChanged(ArticleField::Body);
    emit changed();
}

void ArticleDocument::updateDirty()
{
    const bool dirty = m_recovered || !m_undo->isClean();
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    if (!dirty)
        discardRecovery();
    emit dirtyChanged(dirty);
}

void ArticleDocument::setRecoveryStore(std::shared_ptr<RecoveryStore> store)
{
    m_recovery = std::move(store);
}

void ArticleDocument::writeRecovery()
{
    m_autosave.stop();
    if (!m_recovery || !m_dirty)
        return;
    if (m_recovery->write(article(), m_database ? m_database->address() : QString()))
        emit recoveryWritten();
}

void ArticleDocument::discardRecovery()
{
    m_autosave.stop();
    if (m_recovery)
        m_recovery->remove(m_current.id);
}

} // namespace PortalDesk::Ui
