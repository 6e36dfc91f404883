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
    bool isValidFrom(ArticleStatus status) const { return from.contains(status); }
};

namespace WorkflowActions {

const QList<WorkflowAction> &all();
const WorkflowAction *find(ArticleStatus target);
// Asks when to publish, in the portal's time zone; UTC, or nothing when cancelled.
std::optional<QDateTime> askScheduleTime(QWidget *parent, const QDateTime &current, const QTimeZone &zone);

} // namespace WorkflowActions

} // namespace PortalDesk::Ui
