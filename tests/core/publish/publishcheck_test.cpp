// The checklist before Publish and Schedule (issue 15).
#include "core/publish/publishcheck.h"

#include <catch2/catch.hpp>

using namespace PortalDesk;
using Severity = PublishCheck::Severity;

namespace {

PublishCheckInput ready()
{
    PublishCheckInput input;
    Article &a = input.article;
    a.id = QStringLiteral("a1");
    a.headline = QStringLiteral("港股半日升200點");
    a.section = QStringLiteral("finance");
    a.byline = QStringLiteral("本報記者 陳大文");
    a.standfirst = QStringLiteral("恒指早段高開，科技股領漲。");
    a.body = QString(60, QChar(0x6E2F)) + QStringLiteral("\n\n") + QString(60, QChar(0x80A1))
        + QStringLiteral("，詳見[公告](https://www.hkex.com.hk/)。");
    input.goLiveAt = QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc());
    input.zone = QTimeZone("Asia/Hong_Kong");
    return input;
}

QStringList messages(const QList<PublishCheck> &checks, Severity severity)
{
    QStringList found;
    for (const PublishCheck &check : checks) {
        if (check.severity == severity)
            found << check.field + u": " + check.message;
    }
    return found;
}

} // namespace

TEST_CASE("a complete story passes every check", "[publish][workflow]")
{
    const QList<PublishCheck> checks = PublishChecks::run(ready());
    CHECK(messages(checks, Severity::Error).join(u'\n').toStdString() == "");
    CHECK(messages(checks, Severity::Warning).join(u'\n').toStdString() == "");
    CHECK_FALSE(PublishChecks::blocks(checks));
    CHECK(messages(checks, Severity::Passed).size() >= 4);
}

TEST_CASE("a headline and a 3-character body cannot be published", "[publish][workflow]")
{
    PublishCheckInput input = ready();
    input.article.body = QStringLiteral("測試。");
    input.article.section.clear();
    input.article.byline.clear();
    const QList<PublishCheck> checks = PublishChecks::run(input);
    CHECK(PublishChecks::blocks(checks));
    const QStringList errors = messages(checks, Severity::Error);
    CHECK(errors.filter(QStringLiteral("section: ")).size() == 1);
    CHECK(errors.filter(QStringLiteral("body: The body has only 2 word")).size() == 1);
    CHECK(messages(checks, Severity::Warning).filter(QStringLiteral("byline: ")).size() == 1);
    // Errors come first.
    CHECK(checks.first().severity == Severity::Error);

    input.article.body.clear();
    input.article.headline = QStringLiteral("  ");
    const QStringList empty = messages(PublishChecks::run(input), Severity::Error);
    CHECK(empty.filter(QStringLiteral("headline: There is no headline.")).size() == 1);
    CHECK(empty.filter(QStringLiteral("body: The body is empty.")).size() == 1);
}

TEST_CASE("photos without pictures, embargoes and bad links block", "[publish][workflow]")
{
    PublishCheckInput input = ready();
    input.article.photos = { Photo { QStringLiteral("a.jpg"), QStringLiteral("圖一"), {}, {} },
        Photo { {}, QStringLiteral("圖二，待補"), {}, {} } };
    input.article.embargoUntil = input.goLiveAt.addSecs(1800);
    input.article.body += QStringLiteral("\n\n[點擊](javascript:alert(1)) [壞](https://exa mple.com/) "
                                         "<https://example.com/ok>");
    const QStringList errors = messages(PublishChecks::run(input), Severity::Error);
    CHECK(errors.filter(QStringLiteral("photos: Photo 2 has no picture")).size() == 1);
    CHECK(errors.filter(QStringLiteral("embargo: The embargo lasts until 2026-12-02 18:30 HKT")).size() == 1);
    CHECK(errors.filter(QStringLiteral("javascript:alert(1)")).size() == 1);
    CHECK(errors.filter(QStringLiteral("example.com/ok")).isEmpty());

    // Scheduled for after the embargo, the embargo is no obstacle.
    input.target = ArticleStatus::Scheduled;
    input.goLiveAt = input.article.embargoUntil;
    CHECK(messages(PublishChecks::run(input), Severity::Error).filter(QStringLiteral("embargo")).isEmpty());
}

TEST_CASE("warnings ask: lint left, no standfirst, a wide headline, a translation behind its original",
    "[publish][workflow]")
{
    PublishCheckInput input = ready();
    input.lintFindings = 3;
    input.article.standfirst.clear();
    input.article.headline = QString(40, QChar(0x6E2F)); // 80 columns
    input.article.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    input.article.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
    Article original = input.article;
    original.id = QStringLiteral("zh1");
    original.headline = QStringLiteral("原文");
    original.createdAt = input.article.createdAt.addSecs(-3600);
    original.updatedAt = input.article.updatedAt.addSecs(1800);
    input.partners = { original };
    const QList<PublishCheck> checks = PublishChecks::run(input);
    CHECK_FALSE(PublishChecks::blocks(checks));
    CHECK(PublishChecks::asks(checks));
    const QStringList warnings = messages(checks, Severity::Warning);
    CHECK(warnings.filter(QStringLiteral("3 typography finding")).size() == 1);
    CHECK(warnings.filter(QStringLiteral("standfirst: ")).size() == 1);
    CHECK(warnings.filter(QStringLiteral("headline: The headline is 80 columns wide")).size() == 1);
    CHECK(warnings.filter(QStringLiteral("The original (原文) was changed at 2026-12-01 18:30 HKT")).size()
        == 1);

    // A translation the store keeps a link for counts the original's edits instead.
    PublishCheckInput linked = input;
    linked.originalId = QStringLiteral("zh1");
    linked.behindOriginal = 2;
    CHECK(messages(PublishChecks::run(linked), Severity::Warning)
              .filter(QStringLiteral(
                  "The original (原文) changed 2 times since this translation was last brought "
                  "up to date"))
              .size()
        == 1);
    linked.behindOriginal = 0; // marked up to date, however the times compare
    CHECK(
        messages(PublishChecks::run(linked), Severity::Warning).filter(QStringLiteral("original")).isEmpty());

    // The original itself is not "behind" its translation.
    PublishCheckInput reverse = input;
    std::swap(reverse.article, reverse.partners.first());
    CHECK(messages(PublishChecks::run(reverse), Severity::Warning)
              .filter(QStringLiteral("original"))
              .isEmpty());
}

TEST_CASE("a look-alike host in a link or the original link is a warning, in punycode", "[publish][links]")
{
    PublishCheckInput input = ready();
    CHECK(messages(PublishChecks::run(input), Severity::Warning).filter(QStringLiteral("xn--")).isEmpty());
    input.article.body += QStringLiteral("\n\n[登入](https://p\u0430ypal.com/login)");
    input.article.originalLink = QStringLiteral("https://www.hkex\u0441.com/news"); // a Cyrillic с
    const QStringList warnings = messages(PublishChecks::run(input), Severity::Warning);
    INFO(warnings.join(u'\n').toStdString());
    REQUIRE(warnings.filter(QStringLiteral("body: In the body, the address's host")).size() == 1);
    CHECK(warnings.filter(QStringLiteral("xn--pypal-")).size() == 1);
    CHECK(warnings.filter(QStringLiteral("original_link: In the original link")).size() == 1);
    CHECK(messages(PublishChecks::run(input), Severity::Error).isEmpty()); // legal, but asked about
}
