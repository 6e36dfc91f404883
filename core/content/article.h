#pragma once

// An article as the newsroom edits it: one story in one language. Plain value
// type; storage, rendering and the editor all pass these around.

#include "core/content/language.h"
#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    QString slug;
    QString simplifiedOverride; // hand-written zh-Hans body; empty means "convert"
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime publishAt; // UTC; invalid = not set
    QDateTime embargoUntil; // UTC; invalid = no embargo
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

} // namespace PortalDesk
