#pragma once

// An article as the newsroom edits it: one story in one language. Plain value
// type; storage, rendering and the editor all pass these around.

#include "core/content/language.h"
#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace PortalDesk {

enum class ArticleStatus { Draft, InReview, Scheduled, Published, Archived };

QString statusKey(ArticleStatus status); // "draft", "in_review", "scheduled", "published", "archived"
std::optional<ArticleStatus> statusFromKey(QStringView key);
QString statusName(ArticleStatus status); // translated, for people
const QList<ArticleStatus> &allStatuses();

// A photo of the story. Wire copy brings captions before anyone has the picture, so a
// photo may have no file yet ("picture to be attached"): it is kept with the draft but
// never shown, and the article cannot be published or scheduled until it has one.
struct Photo
{
    QString file; // file name inside the portal's media folder; empty: no picture yet
    QString caption;
    QString credit;
    QString alt;

    bool hasPicture() const { return !file.isEmpty(); }

    bool operator==(const Photo &) const = default;
};

struct Article
{
    QString id;
    Language language = Language::ZhHantHK;
    QString translationGroup; // shared by the Chinese and English versions of one story
    QString section; // section key
    QStringList columns; // column keys
    QString kicker;
    QString headline;
    QString standfirst;
    QString byline;
    QString source; // agency, e.g. "PR Newswire"
    QString dateline; // e.g. "BEIJING"
    QString body; // CommonMark
    QList<Photo> photos;
    QString originalLink;
    QString credit; // e.g. "source: Xinhua Silk Road"
    // For the desk, never published: a wire release's "About X" boilerplate, its media
    // contacts and forward-looking statements, a reporter's note to the sub-editor.
    QString notes; // Markdown
    QString slug;
    QString simplifiedOverride; // hand-written zh-Hans body; empty means "convert"
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime publishAt; // UTC; invalid = not set
    QDateTime embargoUntil; // UTC; invalid = no embargo
    QDateTime wireTime; // UTC: when the wire or source put the story out; never a publish time
    QString createdBy;
    QString updatedBy;
    QDateTime createdAt; // UTC, set by the store
    QDateTime updatedAt; // UTC, set by the store
    int version = 0; // 0 = never saved; the store bumps it on every save

    bool operator==(const Article &) const = default;
};

// Every problem with the article, one per field; empty when it can be saved.
QList<Error> validate(const Article &article);

// True when the article may be on a public page at `moment`.
bool isLive(const Article &article, const QDateTime &moment);

// The state to show people at `moment`: an article set to go live at a later time is
// Scheduled, never Published, whatever its stored status; a Scheduled article whose
// time has come is Published (the export puts it on the portal).
ArticleStatus shownStatus(ArticleStatus status, const QDateTime &publishAt, const QDateTime &moment);
// The state in words with its time where one matters, in `zone` and 24-hour format:
// "Scheduled for 2026-12-02 18:00 HKT", "Published, embargoed until 2026-12-03 06:00 HKT".
QString shownStatusText(ArticleStatus status, const QDateTime &publishAt, const QDateTime &embargoUntil,
    const QDateTime &moment, const QTimeZone &zone);
// "2026-12-02 18:00 HKT": how workflow times are written everywhere.
QString workflowTime(const QDateTime &utc, const QTimeZone &zone);

} // namespace PortalDesk
