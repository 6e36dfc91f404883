#include "storetesting.h"

#include "core/store/categorystore.h"
#include "testdatabase.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

namespace PortalDesk::Testing {

TestPortal freshPortal()
{
    TestPortal portal;
    portal.folder = std::make_unique<QTemporaryDir>();
    REQUIRE(portal.folder->isValid());
    portal.path = portal.folder->filePath(QStringLiteral("portal.sqlite"));
    portal.database = newTestDatabase(portal.path);
    portal.database->setUserName(QStringLiteral("chan.tai.man"));
    return portal;
}

TestPortal seededPortal()
{
    TestPortal portal = freshPortal();
    CategoryStore sections(portal.database, CategoryStore::Kind::Sections);
    REQUIRE(sections.put({ QStringLiteral("finance"),
        { { Language::ZhHantHK, QStringLiteral("財經新聞") }, { Language::En, QStringLiteral("Finance") } },
        1 }));
    REQUIRE(sections.put({ QStringLiteral("opinion"),
        { { Language::ZhHantHK, QStringLiteral("評論") }, { Language::En, QStringLiteral("Opinion") } },
        2 }));
    CategoryStore columns(portal.database, CategoryStore::Kind::Columns);
    REQUIRE(columns.put({ QStringLiteral("great-power-rivalry"),
        { { Language::ZhHantHK, QStringLiteral("大國博弈") } }, 1 }));
    REQUIRE(columns.put(
        { QStringLiteral("currency-playbook"), { { Language::ZhHantHK, QStringLiteral("貨幣攻略") } }, 2 }));
    return portal;
}

Article sampleArticle(const QString &headline)
{
    Article article;
    article.language = Language::ZhHantHK;
    article.section = QStringLiteral("finance");
    article.columns = { QStringLiteral("currency-playbook"), QStringLiteral("great-power-rivalry") };
    article.kicker = QStringLiteral("市場快訊");
    article.headline = headline;
    article.standfirst = QStringLiteral("恒指早段高開，科技股領漲。");
    article.byline = QStringLiteral("本報記者 陳大文");
    article.source = QStringLiteral("美通社");
    article.dateline = QStringLiteral("香港");
    article.body = QStringLiteral("恒生指數今早高開 **120 點**。\n\n> 分析師指「資金回流」跡象明顯 📈\n");
    article.photos = { Photo { QStringLiteral("3fa2b1c4d5e6f708.png"), QStringLiteral("圖為中環商業區。"),
        QStringLiteral("PortalDesk"), QStringLiteral("中環天際線") } };
    article.originalLink = QStringLiteral("https://example.com/news/1");
    article.credit = QStringLiteral("source: Xinhua Silk Road");
    article.slug = QStringLiteral("gang-gu-ban-ri-sheng");
    article.status = ArticleStatus::Published;
    article.publishAt = QDateTime(QDate(2024, 11, 11), QTime(12, 47, 0, 250), QTimeZone::utc());
    return article;
}

} // namespace PortalDesk::Testing
