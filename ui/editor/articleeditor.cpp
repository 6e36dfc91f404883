#include "ui/editor/articleeditor.h"

#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/mediastore.h"
#include "core/store/portalstore.h"
#include "core/text/scriptconverter.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleform.h"
#include "ui/editor/articlelint.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/editlockbar.h"
#include "ui/editor/partnerview.h"
#include "ui/editor/photolist.h"
#include "ui/editor/readonlywidgets.h"
#include "ui/editor/revisiondialog.h"
#include "ui/editor/simplifiedbody.h"
#include "ui/editor/translationbar.h"
#include "ui/editor/workflowactions.h"
#include "ui/settings/housestyle.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextCursor>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

template<typename T> QList<T> valueOr(Result<QList<T>> result)
{
    return result ? *result : QList<T> {};
}

} // namespace

ArticleEditor::ArticleEditor(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_zone(PortalStore(document->database()).get().value_or(Portal {}).zone())
{
    m_document->setParent(this);
    const DatabasePtr database = m_document->database();
    m_form
        = new ArticleForm(m_document, valueOr(CategoryStore(database, CategoryStore::Kind::Sections).list()),
            valueOr(CategoryStore(database, CategoryStore::Kind::Columns).list()), m_zone);
    m_body = new BodyEditor(m_document->body());
    m_body->setUndoStack(m_document->undoStack());
    m_lint = new LintPanel;
    m_photos = new PhotoList(m_document);
    m_pictureFetch = new BackgroundJob(this);
    m_simplified = new SimplifiedBody(m_document);
    m_bodyTabs = new QTabWidget;
    m_bodyTabs->setObjectName(QStringLiteral("bodyTabs"));
    m_bodyTabs->setDocumentMode(true);
    m_bodyTabs->addTab(m_body, tr("Body"));
    m_bodyTabs->addTab(m_simplified, tr("Simplified Edition (简)"));

    // The fields keep their height; the body takes what is left.
    auto *editing = new QWidget;
    auto *editingLayout = new QVBoxLayout(editing);
    editingLayout->setContentsMargins(0, 0, 0, 0);
    editingLayout->addWidget(m_form);
    editingLayout->addWidget(m_bodyTabs, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(editing);
    split->addWidget(createSidePanel());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({ 700, 220 });

    // The other side of a translation pair, read-only, left of the text it was made from or into.
    m_partnerView = new PartnerView(database, m_zone);
    m_partnerView->hide();
    m_pairSplit = new QSplitter(Qt::Horizontal);
    m_pairSplit->addWidget(m_partnerView);
    // Beside a partner the fields may have less width than they would like: they scroll
    // sideways then instead of squeezing the partner to nothing.
    m_editingArea = new QScrollArea;
    m_editingArea->setFrameShape(QFrame::NoFrame);
    m_editingArea->setWidgetResizable(true);
    m_editingArea->setWidget(split);
    m_editingArea->setMinimumWidth(split->minimumSizeHint().width()); // alone: never scrolled sideways
    m_pairSplit->addWidget(m_editingArea);
    m_pairSplit->setStretchFactor(0, 1);
    m_pairSplit->setStretchFactor(1, 1);

    m_lockBar = new EditLockBar(m_document);
    m_translationBar = new TranslationBar(m_document, m_zone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_lockBar);
    layout->addWidget(createWorkflowBar());
    layout->addWidget(m_translationBar);
    layout->addWidget(m_pairSplit, 1);
    m_editing = split;

    m_recheck.setSingleShot(true);
    m_recheck.setInterval(RecheckDelayMs);
    connect(&m_recheck, &QTimer::timeout, this, &ArticleEditor::recheckNow);
    connect(m_document, &ArticleDocument::changed, this, [this] { m_recheck.start(); });
    connect(m_document, &ArticleDocument::dirtyChanged, this, [this] {
        updateWorkflow();
        emit statusChanged();
    });
    connect(m_document, &ArticleDocument::newerVersionSaved, this, [this](const Article &theirs) {
        emit message(
            tr("%1 saved version %2 of “%3”. Your unsaved changes stay; saving merges them with theirs.")
                .arg(theirs.updatedBy)
                .arg(theirs.version)
                .arg(m_document->title()));
    });
    connect(m_document, &ArticleDocument::saved, this, [this] {
        updateWorkflow();
        emit statusChanged();
    });
    connect(m_document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::Status)
            updateWorkflow();
        else if (field == ArticleField::Language || field == ArticleField::SimplifiedBody)
            updateBodyTabs();
        else if (field == ArticleField::Headline)
            emit statusChanged();
    });
    connect(m_body, &BodyEditor::convertRequested, this, &ArticleEditor::convert);
    connect(m_body, &BodyEditor::insertPhotoRequested, m_photos, &PhotoList::choosePhoto);
    connect(m_simplified, &SimplifiedBody::message, this, &ArticleEditor::message);
    connect(m_lint, &LintPanel::fixRequested, this, &ArticleEditor::fixFinding);
    connect(m_lint, &LintPanel::attachRequested, this, &ArticleEditor::attachOffsiteImage);
    connect(m_lint, &LintPanel::fixAllRequested, this, &ArticleEditor::fixAll);
    connect(m_lint, &LintPanel::showRequested, this,
        [this](const ArticleFinding &entry) { ArticleLint::show(this, entry); });

    connect(m_lockBar, &EditLockBar::message, this, &ArticleEditor::message);
    connect(m_translationBar, &TranslationBar::message, this, &ArticleEditor::message);
    connect(
        m_translationBar, &TranslationBar::showChangesRequested, this, &ArticleEditor::showOriginalChanges);
    connect(m_partnerView, &PartnerView::closeRequested, this, [this] { showPartner(false); });
    // Side by side from the keyboard, whether or not the Translation menu was opened.
    auto *beside = new QAction(this);
    beside->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    beside->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(beside);
    connect(beside, &QAction::triggered, this, [this] { showPartner(m_partnerView->isHidden()); });
    connect(
        m_lockBar, &EditLockBar::editableChanged, this, [this](bool editable) { setReadOnly(!editable); });

    updateWorkflow();
    updateBodyTabs();
    recheckNow();
    m_rights = Newsroom(database).rights().value_or(Rights {});
    m_lockBar->setRights(m_rights); // takes the lock, or says why not
    updateWorkflow();
    // A new translation opens beside what it is translated from.
    if (m_document->isNew() && !m_document->article().translationGroup.isEmpty())
        showPartner(true);
}

void ArticleEditor::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    ReadOnlyWidgets::setEditable(m_editing, !readOnly);
    // Undo and Redo would change the text behind the lock.
    if (readOnly)
        m_document->undoStack()->setActive(false);
    else if (isVisible())
        m_document->undoStack()->setActive(true);
    updateWorkflow();
    emit statusChanged();
}

ArticleEditor::~ArticleEditor()
{
    // The widgets show the document's text: they go before the document does.
    delete m_lockBar;
    delete m_translationBar;
    delete m_bodyTabs;
    delete m_form;
    delete m_photos;
}

QWidget *ArticleEditor::createWorkflowBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("workflowStatus"));
    m_status->setTextFormat(Qt::PlainText);
    row->addWidget(m_status);
    row->addSpacing(8);
    for (const WorkflowAction &action : WorkflowActions::all()) {
        auto *button = new QPushButton(action.label());
        button->setToolTip(action.toolTip());
        button->setProperty("target", static_cast<int>(action.target));
        connect(button, &QPushButton::clicked, this, [this, action] {
            if (action.asksForTime)
                schedule();
            else
                changeStatus(action.target);
        });
        m_workflowButtons.append(button);
        row->addWidget(button);
    }
    row->addStretch(1);

    m_translation = new QToolButton;
    m_translation->setText(tr("Translation"));
    m_translation->setPopupMode(QToolButton::InstantPopup);
    m_translation->setMenu(new QMenu(m_translation));
    connect(m_translation->menu(), &QMenu::aboutToShow, this, &ArticleEditor::fillTranslationMenu);
    auto *history = new QPushButton(tr("History…"));
    m_revert = new QPushButton(tr("Revert"));
    m_save = new QPushButton(tr("Save"));
    m_save->setDefault(true);
    connect(history, &QPushButton::clicked, this, &ArticleEditor::showHistory);
    connect(m_revert, &QPushButton::clicked, this, &ArticleEditor::revert);
    connect(m_save, &QPushButton::clicked, this, &ArticleEditor::save);
    row->addWidget(m_translation);
    row->addWidget(history);
    row->addWidget(m_revert);
    row->addWidget(m_save);
    return bar;
}

QWidget *ArticleEditor::createSidePanel()
{
    auto *side = new QSplitter(Qt::Vertical);
    side->addWidget(m_lint);
    side->addWidget(m_photos);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 1);
    return side;
}

void ArticleEditor::updateWorkflow()
{
    const Article article = m_document->article();
    const ArticleStatus status = m_document->stored().status;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Article &stored = m_document->stored();
    QString text = m_document->isNew()
        ? tr("New article · not saved yet")
        : tr("%1 · version %2")
              .arg(shownStatusText(status, stored.publishAt, stored.embargoUntil, now, m_zone))
              .arg(article.version);
    if (article.status != status)
        text += tr(" (→ %1 when saved)").arg(statusName(article.status));
    m_status->setText(text);
    const QList<WorkflowAction> &actions = WorkflowActions::all();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        QPushButton *button = m_workflowButtons.at(i);
        button->setVisible(actions.at(i).isValidFrom(article.status));
        button->setText(actions.at(i).label(article.status));
        const QString refusal = m_rights.mayMoveTo(m_document->stored(), actions.at(i).target);
        button->setEnabled(!m_readOnly && refusal.isEmpty());
        button->setToolTip(refusal.isEmpty() ? actions.at(i).toolTip(article.status) : refusal);
    }
    m_save->setEnabled(!m_readOnly && (m_document->isDirty() || m_document->isNew()));
    m_revert->setEnabled(!m_readOnly && m_document->isDirty() && !m_document->isNew());
}

// Only a Traditional article has a Simplified edition of its own to edit; one
// that already has such a text keeps the tab, so the text is never out of reach.
void ArticleEditor::updateBodyTabs()
{
    const Article article = m_document->article();
    const bool simplified = article.language == Language::ZhHantHK || !article.simplifiedOverride.isEmpty();
    m_bodyTabs->setTabVisible(m_bodyTabs->indexOf(m_simplified), simplified);
    m_bodyTabs->tabBar()->setVisible(simplified);
}

bool ArticleEditor::save()
{
    if (m_readOnly) {
        emit message(tr("Not saved: %1").arg(m_lockBar->text()));
        return false;
    }
    auto saved = m_document->save();
    if (saved) {
        m_showProblems = false;
        m_form->showProblems({});
        emit message(
            tr("Saved “%1” (version %2).").arg(m_document->title()).arg(m_document->stored().version));
        return true;
    }
    if (saved.error().code == Error::Code::Conflict && m_document->conflict())
        return resolveConflict(saved.error().message, 1);
    reportSaveError(saved.error());
    return false;
}

void ArticleEditor::reportSaveError(const Error &error)
{
    if (error.code == Error::Code::Invalid) {
        // Marked beside the fields; the typing stays as it is.
        m_showProblems = true;
        QList<Error> problems = m_document->problems();
        if (problems.isEmpty())
            problems = { error };
        m_form->showProblems(problems);
        const auto field = ArticleFields::fromErrorField(problems.first().field);
        if (QWidget *widget = field ? m_form->editorOf(*field) : nullptr)
            widget->setFocus(Qt::OtherFocusReason);
        const Error &first = problems.first();
        emit message(
            tr("Not saved: %1")
                .arg(field ? tr("%1: %2").arg(ArticleFields::label(*field), first.message) : first.text()));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Not Saved"), tr("“%1” was not saved.").arg(m_document->title()),
        QMessageBox::Ok, this);
    box.setInformativeText(error.text() + u'\n' + tr("Your changes are still here and kept for recovery."));
    box.exec();
}

bool ArticleEditor::resolveConflict(const QString &reason, int attempt)
{
    // Merged against the version both started from: what only one side changed is taken
    // without asking; only what both changed differently goes to the editor.
    const Article base = m_document->stored();
    const Article theirs = *m_document->conflict();
    const ArticleMerge merge = mergeArticles(base, m_document->article(), theirs);
    ConflictDecision decision { ConflictDecision::Merge, merge.merged };
    if (!merge.clean()) {
        if (m_resolver) {
            decision = m_resolver(merge, base, reason);
        } else {
            ConflictDialog dialog(merge, base, m_zone, reason, this);
            dialog.exec();
            decision = dialog.decision();
        }
    }
    Status result;
    switch (decision.kind) {
    case ConflictDecision::Cancel:
        emit message(tr("Not saved: %1").arg(reason));
        return false;
    case ConflictDecision::KeepTheirs:
        m_document->keepTheirs();
        emit message(tr("Now showing their version %1; Undo brings yours back.").arg(theirs.version));
        return true;
    case ConflictDecision::Merge:
        result = m_document->saveMerged(decision.merged);
        break;
    }
    if (result) {
        emit message(merge.clean()
                ? tr("%1 saved version %2 first; their changes and yours are merged and saved as version %3.")
                      .arg(theirs.updatedBy)
                      .arg(theirs.version)
                      .arg(m_document->stored().version)
                : tr("Saved “%1” (version %2).").arg(m_document->title()).arg(m_document->stored().version));
        return true;
    }
    if (result.error().code == Error::Code::Conflict && m_document->conflict() && attempt < 3)
        return resolveConflict(result.error().message, attempt + 1);
    reportSaveError(result.error());
    return false;
}

void ArticleEditor::revert()
{
    if (m_readOnly)
        return;
    if (!m_document->isDirty())
        return;
    const auto answer = QMessageBox::question(this, tr("Revert"),
        tr("Go back to the saved version of “%1”? Undo brings your edits back.").arg(m_document->title()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        m_document->revert();
}

void ArticleEditor::showHistory()
{
    if (m_document->isNew()) {
        emit message(tr("This article has no history yet: it has never been saved."));
        return;
    }
    RevisionDialog dialog(m_document->database(), m_document->id(), m_zone, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenRevision() == 0)
        return;
    if (m_readOnly) {
        emit message(tr("Not restored: %1").arg(m_lockBar->text()));
        return;
    }
    if (m_document->isDirty()) {
        const auto answer = QMessageBox::question(this, tr("Restore Version"),
            tr("Restoring replaces your unsaved edits. Save them first as a version of their own?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    if (auto restored = m_document->restoreRevision(dialog.chosenRevision()); !restored)
        reportSaveError(restored.error());
    else
        emit message(tr("Restored; saved as version %1.").arg(m_document->stored().version));
}

void ArticleEditor::showFind(bool withReplace)
{
    m_body->showFindBar(withReplace);
}

bool ArticleEditor::convert(bool toSimplified)
{
    if (m_readOnly)
        return false;
    const Language from = toSimplified ? Language::ZhHantHK : Language::ZhHans;
    const Language to = toSimplified ? Language::ZhHans : Language::ZhHantHK;
    QTextCursor cursor = m_body->textEdit()->textCursor();
    const bool selection = cursor.hasSelection();
    QString text = selection ? cursor.selectedText() : m_document->bodyText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    auto converted = ScriptConverter::convert(text, from, to);
    if (!converted) {
        QMessageBox::warning(this, tr("Convert"), converted.error().text());
        return false;
    }
    if (selection) {
        const int start = cursor.selectionStart();
        cursor.insertText(*converted);
        cursor.setPosition(start);
        cursor.setPosition(start + int(converted->size()), QTextCursor::KeepAnchor);
        m_body->textEdit()->setTextCursor(cursor);
    } else {
        m_document->setField(ArticleField::Body, *converted);
    }
    return true;
}

LintOptions ArticleEditor::lintOptions() const
{
    return HouseStyle::lintOptions(m_document->article().language); // the newsroom's CJK–Latin spacing
}

void ArticleEditor::recheckNow()
{
    m_recheck.stop();
    const Article article = m_document->article();
    m_lint->setFindings(ArticleLint::findings(article, lintOptions())); // every field readers see
    m_counts = TextStats::count(article.body);
    if (m_showProblems)
        m_form->showProblems(m_document->problems());
    updateWorkflow();
    emit statusChanged();
}

void ArticleEditor::fixFinding(const ArticleFinding &entry)
{
    if (m_readOnly) {
        emit message(m_lockBar->text());
        return;
    }
    ArticleLint::fix(this, entry, lintOptions()); // only what is still found at the same place
    recheckNow();
}

void ArticleEditor::fixAll()
{
    if (m_readOnly) {
        emit message(m_lockBar->text());
        return;
    }
    ArticleLint::fixAll(m_document, lintOptions(), tr("Fix all typography"));
    recheckNow();
}

bool ArticleEditor::addPhoto(const QString &imageFile, const Photo &description)
{
    if (m_readOnly)
        return false;
    return m_photos->addPhoto(imageFile, description);
}

QString ArticleEditor::countsText() const
{
    const qsizetype minutes = std::max<qsizetype>(1, (m_counts.readingSeconds + 59) / 60);
    return tr("字數 %1 (%2 Chinese characters, %3 English words) · about %n min read", nullptr, int(minutes))
        .arg(locale().toString(m_counts.wordsTotal()), locale().toString(m_counts.cjkChars),
            locale().toString(m_counts.latinWords));
}

QString ArticleEditor::lintText() const
{
    const qsizetype count = m_lint->findings().size();
    return count == 0 ? tr("Typography OK") : tr("%n typography finding(s)", nullptr, int(count));
}

QString ArticleEditor::saveStateText() const
{
    if (m_document->isNew())
        return m_document->isDirty() ? tr("New · not saved") : tr("New");
    return m_document->isDirty() ? tr("Unsaved changes") : tr("Saved");
}

QString ArticleEditor::tabTitle() const
{
    QString title = m_document->title();
    if (title.size() > 24)
        title = title.left(23) + u'…';
    return m_document->isDirty() ? QStringLiteral("• ") + title : title;
}

} // namespace PortalDesk::Ui
