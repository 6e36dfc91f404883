#include "core/content/article.h"

#include "core/content/limits.h"
#include "core/content/rules.h"

#include <QCoreApplication>

namespace PortalDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Article", text);
}
} // namespace

QString statusKey(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return QStringLiteral("draft");
    case ArticleStatus::InReview:
        return QStringLiteral("in_review");
    case ArticleStatus::Scheduled:
        return QStringLiteral("scheduled");
    case ArticleStatus::Published:
        return QStringLiteral("published");
    case ArticleStatus::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

std::optional<ArticleStatus> statusFromKey(QStringView key)
{
    for (ArticleStatus status : allStatuses()) {
        if (key == statusKey(status))
            return status;
    }
    return std::nullopt;
}

QString statusName(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return tr("Draft");
    case ArticleStatus::InReview:
        return tr("In review");
    case ArticleStatus::Scheduled:
        return tr("Scheduled");
    case ArticleStatus::Published:
        return tr("Published");
    case ArticleStatus::Archived:
        return tr("Archived");
    }
    return {};
}

const QList<ArticleStatus> &allStatuses()
{
    static const QList<ArticleStatus> statuses { ArticleStatus::Draft, ArticleStatus::InReview,
        ArticleStatus::Scheduled, ArticleStatus::Published, ArticleStatus::Archived };
    return statuses;
}

QList<Error> validate(const Article &article)
{
    QList<Error> errors;
    auto add = [&errors](const char *field, const QString &message) {
        errors.append(Error::invalid(QString::fromLatin1(field), message));
    };

    if (article.headline.trimmed().isEmpty())
        add("headline", tr("a headline is required"));
    else if (article.headline.size() > Limits::headlineCharacters)
        add("headline",
            tr("the headline is %1 characters long; a headline may be at most %2")
                .arg(Limits::count(article.headline.size()), Limits::count(Limits::headlineCharacters)));
    if (article.body.size() > Limits::bodyCharacters)
        add("body",
            tr("the body is %1 characters long; a body may be at most %2 (about 3 MB): split the story into "
               "parts")
                .arg(Limits::count(article.body.size()), Limits::count(Limits::bodyCharacters)));
    if (article.notes.size() > Limits::notesCharacters)
        add("notes",
            tr("the desk notes are %1 characters long; they may be at most %2")
                .arg(Limits::count(article.notes.size()), Limits::count(Limits::notesCharacters)));
    if (const std::optional<QString> hidden = Rules::hiddenCharacterProblem(article.slug))
        add("slug", *hidden);
    else if (!article.slug.isEmpty() && !Rules::isSafeSlug(article.slug))
        add("slug", tr("a slug may hold only lowercase letters a–z, digits and single hyphens (at most 80)"));
    if (!article.section.isEmpty() && !Rules::isSafeKey(article.section))
        add("section", tr("“%1” is not a valid section key").arg(article.section));
    for (const QString &column : article.columns) {
        if (!Rules::isSafeKey(column))
            add("columns", tr("“%1” is not a valid column key").arg(column));
    }
    if (const std::optional<QString> hidden = Rules::hiddenCharacterProblem(article.originalLink))
        add("original_link", *hidden);
    else if (!article.originalLink.isEmpty() && !Rules::isWebLink(article.originalLink))
        add("original_link", tr("the original link must start with https:// or http://"));
    for (qsizetype i = 0; i < article.photos.size(); ++i) {
        const Photo &photo = article.photos.at(i);
        if (!photo.hasPicture()) {
            // A draft may wait for its picture; readers must never see a story with a hole in it.
            if (article.status == ArticleStatus::Published || article.status == ArticleStatus::Scheduled)
                add("photos", tr("photo %1 has no picture yet: attach one or remove the photo").arg(i + 1));
        } else if (!Rules::isSafeRelativePath(photo.file)) {
            add("photos", tr("photo %1: “%2” is not a usable file name").arg(i + 1).arg(photo.file));
        }
    }
    if (article.status == ArticleStatus::Scheduled && !article.publishAt.isValid())
        add("publish_at", tr("a scheduled article needs a publish time"));
    if (article.embargoUntil.isValid() && article.publishAt.isValid()
        && article.embargoUntil < article.publishAt)
        add("embargo", tr("the embargo ends before the publish time; clear one of them"));
    if (article.version < 0)
        add("version", tr("the version cannot be negative"));
    return errors;
}

bool isLive(const Article &article, const QDateTime &moment)
{
    if (article.status != ArticleStatus::Published && article.status != ArticleStatus::Scheduled)
        return false;
    if (!article.publishAt.isValid() || article.publishAt > moment)
        return false;
    return !article.embargoUntil.isValid() || article.embargoUntil <= moment;
}

ArticleStatus shownStatus(ArticleStatus status, const QDateTime &publishAt, const QDateTime &moment)
{
    const bool goingLive = status == ArticleStatus::Published || status == ArticleStatus::Scheduled;
    if (!goingLive)
        return status;
    return publishAt.isValid() && publishAt > moment ? ArticleStatus::Scheduled : ArticleStatus::Published;
}

QString workflowTime(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u' ' + zone.abbreviation(local);
}

QString shownStatusText(ArticleStatus status, const QDateTime &publishAt, const QDateTime &embargoUntil,
    const QDateTime &moment, const QTimeZone &zone)
{
    const ArticleStatus shown = shownStatus(status, publishAt, moment);
    QString text = statusName(shown);
    if (shown == ArticleStatus::Scheduled && publishAt.isValid())
        text = tr("Scheduled for %1").arg(workflowTime(publishAt, zone));
    const bool goingLive = shown == ArticleStatus::Published || shown == ArticleStatus::Scheduled;
    if (goingLive && embargoUntil.isValid() && embargoUntil > moment)
        text = tr("%1, embargoed until %2").arg(text, workflowTime(embargoUntil, zone));
    return text;
}

} // namespace PortalDesk
