#include "core/content/article.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {
Article valid()
{
    Article article;
    article.headline = QStringLiteral("臨平舉辦微短劇大會");
    return article;
}
QStringList fields(const QList<Error> &errors)
{
    QStringList names;
    for (const Error &error : errors)
        names << error.field;
    return names;
}
} // namespace

TEST_CASE("article validation names each field that is wrong", "[content]")
{
    CHECK(validate(valid()).isEmpty());

    Article article = valid();
    article.headline = QStringLiteral(" \n");
    article.slug = QStringLiteral("Bad Slug");
    article.originalLink = QStringLiteral("ftp://x");
    article.photos = { Photo { QStringLiteral("../../etc/passwd"), {}, {}, {} } };
    article.status = ArticleStatus::Scheduled;
    const QStringList problems = fields(validate(article));
    CHECK(problems.contains(QStringLiteral("headline")));
    CHECK(problems.contains(QStringLiteral("slug")));
    CHECK(problems.contains(QStringLiteral("original_link")));
    CHECK(problems.contains(QStringLiteral("photos")));
    CHECK(problems.contains(QStringLiteral("publish_at")));
}

TEST_CASE("only published articles past their time and embargo are live", "[content]")
{
    const QDateTime now(QDate(2024, 11, 12), QTime(0, 0), QTimeZone::utc());
    Article article = valid();
    article.status = ArticleStatus::Published;
    article.publishAt = now.addDays(-1);
    CHECK(isLive(article, now));
    article.embargoUntil = now.addSecs(60);
    CHECK_FALSE(isLive(article, now));
    article.embargoUntil = {};
    article.publishAt = now.addDays(1);
    CHECK_FALSE(isLive(article, now));
    article.publishAt = now.addDays(-1);
    article.status = ArticleStatus::Draft;
    CHECK_FALSE(isLive(article, now));
}

TEST_CASE("language tags and status keys round trip", "[content]")
{
    for (Language language : allLanguages())
        CHECK(languageFromTag(languageTag(language)) == language);
    CHECK_FALSE(languageFromTag(u"zh-TW").has_value());
    for (ArticleStatus status : allStatuses())
        CHECK(statusFromKey(statusKey(status)) == status);
    CHECK(editionFolder(Language::ZhHans) == u"zh-hans");
}

TEST_CASE("a photo may wait for its picture, but not on a published article", "[content]")
{
    Article article = valid();
    article.photos = { Photo { QStringLiteral("3fa2b1c4d5e6f708.png"), QStringLiteral("圖為中環。"), {}, {} },
        Photo { {}, QStringLiteral("Photo shows the conference venue."), QStringLiteral("Xinhua"), {} } };
    CHECK_FALSE(article.photos.at(1).hasPicture());
    CHECK(validate(article).isEmpty());
    article.status = ArticleStatus::InReview;
    CHECK(validate(article).isEmpty());

    article.publishAt = QDateTime(QDate(2025, 6, 18), QTime(1, 30), QTimeZone::utc());
    for (ArticleStatus status : { ArticleStatus::Published, ArticleStatus::Scheduled }) {
        article.status = status;
        const QList<Error> problems = validate(article);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().field == u"photos");
        CHECK(problems.first().message == u"photo 2 has no picture yet: attach one or remove the photo");
    }
    article.photos.removeLast();
    CHECK(validate(article).isEmpty());
}
