// ArticleEditor's workflow moves: Publish, Schedule…, Send Back, Unpublish, Archive.
// Publish and Schedule show the checklist first (core/publish/publishcheck.h); taking a
// story down asks; the text and the move are saved as one version, and a move the store
// refuses changes nothing (ArticleDocument::saveMove).

#include "core/store/articlestore.h"
#include "core/store/translationpairs.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/articlefields.h"
#include "ui/editor/articleform.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/publishcheckdialog.h"
#include "ui/editor/workflowactions.h"

#include <algorithm>

namespace PortalDesk::Ui {

void ArticleEditor::changeStatus(ArticleStatus status, const QDateTime &publishAt)
{
    if (m_readOnly)
        return;
    if (const QString refusal = m_rights.mayMoveTo(m_document->stored(), status); !refusal.isEmpty()) {
        emit message(refusal);
        return;
    }
    QDateTime when = publishAt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime current = m_document->article().publishAt;
    // Publish means now: a time still ahead (a schedule's) comes forward; a story published
    // before keeps its first time when it goes live again.
    if (status == ArticleStatus::Published && (!current.isValid() || current > now))
        when = now;
    if (!confirmMove(status, when.isValid() ? when : current))
        return;
    // The typing and the move are saved as one version; a move the store refuses changes
    // nothing (ArticleDocument::saveMove). A colleague's newer version is merged first.
    Status moved = m_document->saveMove(status, when);
    if (!moved && moved.error().code == Error::Code::Conflict && save())
        moved = m_document->saveMove(status, when);
    if (!moved) {
        reportSaveError(moved.error());
        return;
    }
    m_showProblems = false;
    m_form->showProblems({});
    const Article saved = m_document->stored();
    emit message(tr("“%1” is now: %2.")
                     .arg(m_document->title(),
                         shownStatusText(saved.status, saved.publishAt, saved.embargoUntil, now, m_zone)));
}

PublishCheckInput ArticleEditor::publishCheckInput(ArticleStatus target, const QDateTime &goLiveAt) const
{
    PublishCheckInput input;
    input.article = m_document->article();
    input.target = target;
    input.goLiveAt = goLiveAt.isValid() ? goLiveAt : QDateTime::currentDateTimeUtc();
    input.zone = m_zone;
    // Notes (Cantonese inside a quotation, say) inform; only warnings and errors are "left".
    const QList<ArticleFinding> &findings = m_lint->findings();
    input.lintFindings = int(std::count_if(findings.cbegin(), findings.cend(),
        [](const ArticleFinding &entry) { return entry.finding.severity != LintSeverity::Note; }));
    if (!input.article.translationGroup.isEmpty()) {
        ArticleFilter filter;
        filter.translationGroup = input.article.translationGroup;
        QStringList ids;
        const ArticleStore store(m_document->database());
        for (const ArticleSummary &other : store.list(filter).value_or(QList<ArticleSummary>())) {
            if (other.id != input.article.id)
                ids.append(other.id);
        }
        input.partners = store.whole(ids).value_or(QList<Article>());
        if (const auto link = TranslationPairs(m_document->database()).linkOf(input.article.id);
            link && *link) {
            input.originalId = (*link)->originalId;
            input.behindOriginal = (*link)->behind;
        }
    }
    return input;
}

bool ArticleEditor::confirmMove(ArticleStatus target, const QDateTime &goLiveAt)
{
    const bool goingLive = target == ArticleStatus::Published || target == ArticleStatus::Scheduled;
    if (!goingLive) {
        if (m_moveConfirmer)
            return m_moveConfirmer(target, {});
        return WorkflowActions::confirmTakingDown(this, m_document->stored(), target);
    }
    recheckNow(); // the lint count as the text stands
    const PublishCheckInput input = publishCheckInput(target, goLiveAt);
    const QList<PublishCheck> checks = PublishChecks::run(input);
    if (m_moveConfirmer)
        return m_moveConfirmer(target, checks) && !PublishChecks::blocks(checks);
    PublishCheckDialog dialog(input, checks, this);
    const bool accepted = dialog.exec() == QDialog::Accepted && !PublishChecks::blocks(checks);
    if (const QString field = dialog.fieldToShow(); !field.isEmpty()) {
        const auto which = ArticleFields::fromErrorField(field);
        if (QWidget *widget = which ? m_form->editorOf(*which) : nullptr)
            widget->setFocus(Qt::OtherFocusReason);
        else if (field == u"body")
            m_body->setFocus(Qt::OtherFocusReason);
    }
    return accepted;
}

void ArticleEditor::schedule()
{
    if (m_readOnly)
        return;
    const auto when = WorkflowActions::askScheduleTime(this, m_document->article().publishAt, m_zone);
    if (when)
        changeStatus(ArticleStatus::Scheduled, *when);
}

} // namespace PortalDesk::Ui
