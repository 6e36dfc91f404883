#include "core/publish/publishcheck.h"

#include "core/content/rules.h"
#include "core/render/markdown.h"
#include "core/text/displaywidth.h"
#include "core/text/hostcheck.h"
#include "core/text/textstats.h"

#include <QCoreApplication>
#include <algorithm>

namespace PortalDesk::PublishChecks {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PortalDesk::PublishChecks", text, disambiguation, n);
}

// A link readers could follow: what pages may carry, with nothing hidden in it.
std::optional<QString> linkProblem(const QString &target)
{
    if (target.trimmed().isEmpty())
        return tr("a link has no address");
    if (const std::optional<QString> hidden = Rules::hiddenCharacterProblem(target))
        return tr("the link “%1”: %2").arg(target, *hidden);
    if (!Markdown::isAllowedUrl(target))
        return tr("the link “%1” is not a web address (http, https or mailto)").arg(target);
    if (target.startsWith(u"http://", Qt::CaseInsensitive)
        || target.startsWith(u"https://", Qt::CaseInsensitive)) {
        if (!Rules::isWebLink(target))
            return tr("the link “%1” is not a valid web address").arg(target);
    }
    return std::nullopt;
}

// The partner this translation was made from: the group's oldest other article.
const Article *originalOf(const Article &article, const QList<Article> &partners)
{
    const Article *original = nullptr;
    for (const Article &partner : partners) {
        if (partner.id == article.id || !partner.createdAt.isValid())
            continue;
        if (!original || partner.createdAt < original->createdAt)
            original = &partner;
    }
    return original && article.createdAt.isValid() && original->createdAt < article.createdAt ? original
                                                                                              : nullptr;
}

} // namespace

QList<PublishCheck> run(const PublishCheckInput &input)
{
    using Severity = PublishCheck::Severity;
    const Article &article = input.article;
    QList<PublishCheck> checks;
    const auto add = [&checks](Severity severity, const char *field, const QString &message) {
        checks.append({ severity, QString::fromLatin1(field), message });
    };

    if (article.headline.trimmed().isEmpty())
        add(Severity::Error, "headline", tr("There is no headline."));
    else if (const qsizetype width = DisplayWidth::of(article.headline.trimmed());
             width > LeadHeadlineColumns)
        add(Severity::Warning, "headline",
            tr("The headline is %1 columns wide; the front page's lead shows about %2 (two lines on a "
               "phone).")
                .arg(width)
                .arg(LeadHeadlineColumns));
    else
        add(Severity::Passed, "headline",
            tr("The headline fits the front page's lead (%1 of %2 columns).")
                .arg(width)
                .arg(LeadHeadlineColumns));

    if (article.section.trimmed().isEmpty())
        add(Severity::Error, "section", tr("No section is chosen: the story would be on no section page."));
    else
        add(Severity::Passed, "section", tr("A section is chosen."));

    const qsizetype words = TextStats::count(article.body).wordsTotal();
    if (words == 0)
        add(Severity::Error, "body", tr("The body is empty."));
    else if (words < MinimumWords)
        add(Severity::Error, "body",
            tr("The body has only %n word(s); a story needs at least %1.", nullptr, int(words))
                .arg(MinimumWords));
    else if (words < ShortWords)
        add(Severity::Warning, "body", tr("The body is short: %n word(s).", nullptr, int(words)));
    else
        add(Severity::Passed, "body", tr("The body has %n word(s).", nullptr, int(words)));

    qsizetype waiting = 0;
    for (qsizetype i = 0; i < article.photos.size(); ++i) {
        if (!article.photos.at(i).hasPicture()) {
            ++waiting;
            add(Severity::Error, "photos",
                tr("Photo %1 has no picture yet: attach one or remove the photo.").arg(i + 1));
        }
    }
    if (!article.photos.isEmpty() && waiting == 0)
        add(Severity::Passed, "photos",
            tr("Every photo has its picture (%n).", nullptr, int(article.photos.size())));

    if (article.embargoUntil.isValid() && input.goLiveAt.isValid() && article.embargoUntil > input.goLiveAt)
        add(Severity::Error, "embargo",
            input.target == ArticleStatus::Scheduled
                ? tr("The embargo lasts until %1, after the scheduled time: schedule it for then or later.")
                      .arg(workflowTime(article.embargoUntil, input.zone))
                : tr("The embargo lasts until %1: schedule the story for then instead of publishing now.")
                      .arg(workflowTime(article.embargoUntil, input.zone)));

    int badLinks = 0;
    const QStringList targets = Markdown::linkTargets(article.body);
    for (const QString &target : targets) {
        if (const std::optional<QString> problem = linkProblem(target)) {
            ++badLinks;
            add(Severity::Error, "body", tr("In the body, %1.").arg(*problem));
        }
    }
    if (!targets.isEmpty() && badLinks == 0)
        add(Severity::Passed, "body",
            tr("Every link is a web address readers can follow (%n).", nullptr, int(targets.size())));
    // A look-alike host ("pаypal.com" with a Cyrillic а) is legal, but rarely meant.
    for (const QString &target : targets) {
        if (const auto found = HostCheck::lookAlike(target))
            add(Severity::Warning, "body", tr("In the body, %1.").arg(HostCheck::warning(*found)));
    }
    if (const auto found = HostCheck::lookAlike(article.originalLink))
        add(Severity::Warning, "original_link",
            tr("In the original link, %1.").arg(HostCheck::warning(*found)));

    if (article.byline.trimmed().isEmpty())
        add(Severity::Warning, "byline", tr("There is no byline: readers will not see who wrote it."));
    else
        add(Severity::Passed, "byline", tr("The byline is set."));
    if (article.standfirst.trimmed().isEmpty())
        add(Severity::Warning, "standfirst",
            tr("There is no standfirst: cards and search results will show the first paragraph."));
    if (input.lintFindings > 0)
        add(Severity::Warning, "body",
            tr("%n typography finding(s) are still open in the lint panel.", nullptr, input.lintFindings));
    else
        add(Severity::Passed, "body", tr("No typography findings are open."));

    const auto linked = std::find_if(input.partners.cbegin(), input.partners.cend(),
        [&input](const Article &partner) { return partner.id == input.originalId; });
    if (!input.originalId.isEmpty() && linked != input.partners.cend()) {
        if (input.behindOriginal > 0)
            add(Severity::Warning, "translation_group",
                tr("The original (%1) changed %2 since this translation was last brought up to date: check "
                   "that the translation still says the same (Translation ▸ Changes in the Original…).")
                    .arg(linked->headline,
                        input.behindOriginal == 1 ? tr("once") : tr("%1 times").arg(input.behindOriginal)));
        else
            add(Severity::Passed, "translation_group",
                tr("The translation is up to date with its original."));
    } else if (const Article *original = originalOf(article, input.partners)) {
        if (original->updatedAt.isValid() && article.updatedAt.isValid()
            && original->updatedAt > article.updatedAt)
            add(Severity::Warning, "translation_group",
                tr("The original (%1) was changed at %2, after this translation was last saved: check "
                   "that the translation still says the same.")
                    .arg(original->headline, workflowTime(original->updatedAt, input.zone)));
        else
            add(Severity::Passed, "translation_group",
                tr("The translation is newer than the last change to its original."));
    }

    std::stable_sort(checks.begin(), checks.end(),
        [](const PublishCheck &a, const PublishCheck &b) { return int(a.severity) < int(b.severity); });
    return checks;
}

bool blocks(const QList<PublishCheck> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(),
        [](const PublishCheck &check) { return check.severity == PublishCheck::Severity::Error; });
}

bool asks(const QList<PublishCheck> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(),
        [](const PublishCheck &check) { return check.severity == PublishCheck::Severity::Warning; });
}

} // namespace PortalDesk::PublishChecks
