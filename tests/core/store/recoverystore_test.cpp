#include "core/store/recoverystore.h"
#include "storetesting.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;

TEST_CASE("an article kept for recovery comes back as typed, with its base version", "[store]")
{
    QTemporaryDir folder;
    RecoveryStore store(folder.filePath(QStringLiteral("recovery")));
    Article article = Testing::sampleArticle(QStringLiteral("港股半日升 200 點（未儲存）"));
    article.id = QStringLiteral("a1");
    article.version = 3;
    article.body = QStringLiteral("畢加索的市場潛能有多強？\n\n第二段");

    REQUIRE(store.write(article, QStringLiteral("/tmp/portal.sqlite")).has_value());
    CHECK(store.contains(QStringLiteral("a1")));

    const QList<RecoveredArticle> found = store.list(QStringLiteral("/tmp/portal.sqlite"));
    REQUIRE(found.size() == 1);
    CHECK(found.first().article.headline == article.headline);
    CHECK(found.first().article.body == article.body);
    CHECK(found.first().article.version == 3);
    CHECK(found.first().writtenAt.isValid());
    CHECK(store.list(QStringLiteral("/tmp/other.sqlite")).isEmpty());

    REQUIRE(store.remove(QStringLiteral("a1")).has_value());
    CHECK_FALSE(store.contains(QStringLiteral("a1")));
    CHECK(store.list().isEmpty());
    CHECK(store.remove(QStringLiteral("a1")).has_value());
}

TEST_CASE("recovery refuses articles without an id and skips damaged files", "[store]")
{
    QTemporaryDir folder;
    RecoveryStore store(folder.path());
    CHECK_FALSE(store.write(Testing::sampleArticle(), {}).has_value());

    QFile damaged(QDir(folder.path()).filePath(QStringLiteral("x.recovery.json")));
    REQUIRE(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not json");
    damaged.close();
    CHECK(store.list().isEmpty());
}

TEST_CASE("an odd article id cannot make the recovery file leave its folder", "[store]")
{
    QTemporaryDir folder;
    RecoveryStore store(folder.filePath(QStringLiteral("inner")));
    Article article = Testing::sampleArticle();
    article.id = QStringLiteral("../escape");
    REQUIRE(store.write(article, {}).has_value());
    CHECK(QDir(folder.filePath(QStringLiteral("inner"))).entryList(QDir::Files).size() == 1);
    CHECK(store.list().first().article.id == u"../escape");
}
