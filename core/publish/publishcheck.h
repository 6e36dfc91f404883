#pragma once

// The checklist Publish and Schedule run before anything changes, as a sub-editor runs
// it by eye: errors block (no headline, no section, no body to speak of, a photo with no
// picture, an embargo that ends after the story would go live, a link readers could not
// follow), warnings ask (no byline or standfirst, typography findings left, a headline
// wider than the front page's lead slot, a translation whose original changed since).
// Pure: the caller gathers what it needs (see PublishCheckInput), so the editor, the CLI
// and tests ask the same questions.

#include "core/content/article.h"

#include <QList>
#include <QString>

namespace PortalDesk {

struct PublishCheck
{
    enum class Severity { Error, Warning, Passed };
    Severity severity = Severity::Passed;
    QString field; // the article field it is about, as in Error::field ("headline", "body", …)
    QString message; // for people, in the UI language

    bool operator==(const PublishCheck &) const = default;
};

struct PublishCheckInput
{
    Article article; // as it would be saved
    ArticleStatus target = ArticleStatus::Published; // Published or Scheduled
    QDateTime goLiveAt; // UTC: now for Publish, the chosen time for Schedule
    QTimeZone zone; // the portal's, for times in messages
    int lintFindings = 0; // typography findings still open in the editor
    QList<Article> partners; // the other articles of its translation group, whole
    // For a translation the store keeps a link for (core/store/translationpairs.h): its
    // original's id and the edits of it the translation has not caught up with. Without a
    // link, the earliest-written partner counts as the original and times are compared.
    QString originalId;
    int behindOriginal = 0;
};

namespace PublishChecks {

// A body below this many words (a Chinese character counts as one) is not a story yet.
inline constexpr qsizetype MinimumWords = 30;
// Below this, a story is short enough to ask about (a flash is fine, an accident is not).
inline constexpr qsizetype ShortWords = 80;
// The front page's lead headline: two lines of about 15 Chinese characters on a phone.
inline constexpr qsizetype LeadHeadlineColumns = 60;

// Errors first, then warnings, then what passed; in each, in the order of the form.
QList<PublishCheck> run(const PublishCheckInput &input);
bool blocks(const QList<PublishCheck> &checks); // any error
bool asks(const QList<PublishCheck> &checks); // any warning

} // namespace PublishChecks

} // namespace PortalDesk
