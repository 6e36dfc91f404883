#pragma once

// The workflow steps an editor can take from each status (Submit for review,
// Schedule…, Publish, Unpublish, Archive), and the question Schedule… asks.

#include "core/content/article.h"

#include <QTimeZone>
#include <optional>

class QWidget;

namespace PortalDesk::Ui {

struct WorkflowAction
{
    ArticleStatus target;
    QList<ArticleStatus> from;
    bool asksForTime = false;

    QString label() const;
    QString toolTip() const;
    // The label as it reads for an article now `from`: back to draft is "Send Back to
    // Reporter" from review, "Unschedule" from a schedule and "Unpublish" otherwise.
    QString label(ArticleStatus from) const;
    QString toolTip(ArticleStatus from) const;
    bool isValidFrom(ArticleStatus status) const { return from.contains(status); }
};

namespace WorkflowActions {

const QList<WorkflowAction> &all();
const WorkflowAction *find(ArticleStatus target);
// Asks when to publish, in the portal's time zone; UTC, or nothing when cancelled.
std::optional<QDateTime> askScheduleTime(QWidget *parent, const QDateTime &current, const QTimeZone &zone);
// Before a move that takes a story off the portal (Unpublish, Archive): asks, says what
// readers will get. True to go on. Other moves need no question.
bool confirmTakingDown(QWidget *parent, const Article &article, ArticleStatus target);

} // namespace WorkflowActions

} // namespace PortalDesk::Ui
