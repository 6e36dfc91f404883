#include "core/exchange/interchange.h"
#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/mediastore.h"
#include "core/store/promostore.h"
#include "storetesting.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

const char *sampleFile = R"({
  "format": "portaldesk/1",
  "portal": {"name": {"zh-Hant-HK": "港融財經網", "en": "HK Finance Desk"}, "base_url": "https://demo.example/",
             "time_zone": "Asia/Hong_Kong", "default_edition": "zh-Hant-HK"},
  "sections": [{"key": "finance", "names": {"zh-Hant-HK": "財經新聞", "en": "Finance"}, "position": 1}],
  "columns": [{"key": "currency-playbook", "names": {"zh-Hant-HK": "貨幣攻略", "en": "Currency Playbook"}, "position": 1}],
  "articles": [
    {"id": "a-linping", "language": "en", "translation_group": null, "section": "finance", "columns": ["currency-playbook"],
     "kicker": "", "headline": "Hangzhou Linping holds micro drama conference", "standfirst": "", "byline": "",
     "source": "PR Newswire", "dateline": "BEIJING", "body": "The 2nd Microshort Drama Conference was held.",
     "photos": [{"file": "photos/stage.png", "caption": "Photo shows the conference.", "credit": "Xinhua", "alt": "A stage"}],
     "original_link": "https://en.imsilkroad.com/p/343069.html", "credit": "source: Xinhua Silk Road", "slug": "linping",
     "status": "published", "publish_at": "2024-11-11T12:47:00Z", "embargo_until": null, "zh_hans_override": null},
    {"id": "a-hsi", "language": "zh-Hant-HK", "section": "finance", "headline": "恒指半日升 200 點 🚀", "status": "draft"}
  ],
  "promos": [{"id": "p-art", "slot": "sidebar.feature", "kicker": "與拍賣官看藝術", "text": "畢加索的市場潛能有多強？",
              "call_to_action": "► 即睇", "link": "article:a-linping", "image": null, "language": "zh-Hant-HK",
              "start_at": null, "end_at": null, "position": 1, "enabled": true}]
})";

struct Folder
{
    QTemporaryDir dir;
    QString write(const QByteArray &json, const QString &name = QStringLiteral("portal.json"))
    {
        QDir().mkpath(dir.filePath(QStringLiteral("photos")));
        QFile photo(dir.filePath(QStringLiteral("photos/stage.png")));
        REQUIRE(photo.open(QIODevice::WriteOnly));
        photo.write(QByteArray("\x89PNG\r\n\x1a\n fake picture bytes", 27));
        photo.close();
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(json);
        return file.fileName();
    }
};

int articleCount(const DatabasePtr &database)
{
    return ArticleStore(database).count().value();
}

} // namespace

TEST_CASE("load brings in every record with photo bytes", "[store][interchange]")
{
    auto portal = Testing::freshPortal();
    Folder folder;
    auto report = Interchange::loadFile(portal.database, folder.write(sampleFile));
    REQUIRE(report.has_value());
    CHECK(report->articlesAdded == 2);
    CHECK(report->promos == 1);
    CHECK(report->photos == 1);

    const Article linping = ArticleStore(portal.database).get(QStringLiteral("a-linping")).value();
    REQUIRE(linping.photos.size() == 1);
    CHECK(linping.photos.at(0).file.endsWith(QStringLiteral(".png")));
    CHECK(MediaStore(portal.database).get(linping.photos.at(0).file).value().startsWith("\x89PNG"));
    CHECK(ArticleStore(portal.database).get(QStringLiteral("a-hsi"))->headline == u"恒指半日升 200 點 🚀");
    CHECK(ArticleStore(portal.database).revisions(QStringLiteral("a-hsi"))->size() == 1);
}

TEST_CASE("dump, load and dump again gives the same bytes", "[store][interchange]")
{
    auto first = Testing::freshPortal();
    Folder folder;
    REQUIRE(Interchange::loadFile(first.database, folder.write(sampleFile)));
    QTemporaryDir out;
    auto dumped = Interchange::dump(first.database, out.path());
    REQUIRE(dumped.has_value());
    QFile file(out.filePath(QStringLiteral("dump.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*dumped);
    file.close();

    auto second = Testing::freshPortal();
    REQUIRE(Interchange::loadFile(second.database, file.fileName()));
    auto again = Interchange::dump(second.database, out.path());
    REQUIRE(again.has_value());
    CHECK(*again == *dumped);
}

TEST_CASE("bad interchange files are refused with a clear error and change nothing", "[store][interchange]")
{
    struct Case
    {
        const char *name;
        QByteArray from;
        QByteArray to;
        const char *expected;
    };
    const QList<Case> cases {
        { "syntax error", "\"kicker\": \"\",", "\"kicker\": \"\" oops", "line 9, column" },
        { "wrong type", "\"position\": 1, \"enabled\"", "\"position\": \"first\", \"enabled\"", "position" },
        { "unknown language", "\"language\": \"en\"", "\"language\": \"fr\"", "fr" },
        { "missing headline", "\"headline\": \"恒指半日升 200 點 🚀\",", "", "headline" },
        { "duplicate id", "\"id\": \"a-hsi\"", "\"id\": \"a-linping\"", "articles[1] (id “a-linping”)" },
        { "photo outside the folder", "photos/stage.png", "../stage.png", ".." },
        { "missing photo", "photos/stage.png", "photos/missing.png", "does not exist" },
        { "published photo without a picture", "\"file\": \"photos/stage.png\"", "\"file\": null",
            "photo 1 has no picture yet: attach one or remove the photo" },
        { "unknown section", "\"section\": \"finance\", \"headline\"", "\"section\": \"sport\", \"headline\"",
            "sport" },
        { "promo to a missing article", "article:a-linping", "article:a-none", "a-none" },
        { "wrong format", "portaldesk/1", "portaldesk/9", "portaldesk/1" },
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            auto portal = Testing::freshPortal();
            Folder folder;
            QByteArray json(sampleFile);
            REQUIRE(json.contains(c.from));
            json.replace(c.from, c.to);
            auto report = Interchange::loadFile(portal.database, folder.write(json));
            REQUIRE_FALSE(report.has_value());
            INFO(report.error().text().toStdString());
            CHECK(report.error().text().contains(QString::fromUtf8(c.expected)));
            CHECK(articleCount(portal.database) == 0);
            CHECK(CategoryStore(portal.database, CategoryStore::Kind::Sections).list()->isEmpty());
            CHECK(PromoStore(portal.database).list()->isEmpty());
        }
    }
}

TEST_CASE("load refuses a database with content unless merging, and merging updates with a revision",
    "[store][interchange]")
{
    auto portal = Testing::freshPortal();
    Folder folder;
    const QString path = folder.write(sampleFile);
    REQUIRE(Interchange::loadFile(portal.database, path));

    auto again = Interchange::loadFile(portal.database, path);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().message.contains(QStringLiteral("--merge")));

    QByteArray changed(sampleFile);
    changed.replace("恒指半日升 200 點 🚀", "恒指收市升 300 點");
    auto merged = Interchange::loadFile(
        portal.database, folder.write(changed, QStringLiteral("second.json")), { true, {} });
    REQUIRE(merged.has_value());
    CHECK(merged->articlesUpdated == 2);
    const Article hsi = ArticleStore(portal.database).get(QStringLiteral("a-hsi")).value();
    CHECK(hsi.headline == u"恒指收市升 300 點");
    CHECK(hsi.version == 2);
    CHECK(ArticleStore(portal.database).revisions(hsi.id)->size() == 2);
}

TEST_CASE("a photo waiting for its picture loads and dumps byte for byte", "[store][interchange]")
{
    QByteArray json(sampleFile);
    const QByteArray draft = "\"headline\": \"恒指半日升 200 點 🚀\", \"status\": \"draft\"";
    REQUIRE(json.contains(draft));
    const QByteArray photos
        = ", \"photos\": [{\"file\": null, \"caption\": \"圖為交易大堂。\", \"credit\": \"美通社\"},"
          " {\"caption\": \"圖為港交所。\"}, {\"file\": \"photos/stage.png\", \"caption\": "
          "\"圖為舞台。\"}]";
    json.replace(draft, QByteArray(draft + photos));
    auto first = Testing::freshPortal();
    Folder folder;
    auto report = Interchange::loadFile(first.database, folder.write(json));
    INFO((report ? QString() : report.error().text()).toStdString());
    REQUIRE(report.has_value());
    CHECK(report->photos == 1); // the stage picture, shared by both articles, stored once

    const Article hsi = ArticleStore(first.database).get(QStringLiteral("a-hsi")).value();
    REQUIRE(hsi.photos.size() == 3);
    CHECK(hsi.photos.at(0) == Photo { {}, QStringLiteral("圖為交易大堂。"), QStringLiteral("美通社"), {} });
    CHECK_FALSE(hsi.photos.at(1).hasPicture());
    CHECK(hsi.photos.at(1).caption == u"圖為港交所。");
    CHECK(hsi.photos.at(2).hasPicture());

    QTemporaryDir out;
    auto dumped = Interchange::dump(first.database, out.path());
    REQUIRE(dumped.has_value());
    CHECK(dumped->contains("\"file\": null"));
    CHECK_FALSE(dumped->contains("\"file\": \"media/\""));
    CHECK(QDir(out.filePath(QStringLiteral("media"))).entryList(QDir::Files).size() == 1);
    QFile file(out.filePath(QStringLiteral("dump.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*dumped);
    file.close();

    auto second = Testing::freshPortal();
    REQUIRE(Interchange::loadFile(second.database, file.fileName()));
    auto again = Interchange::dump(second.database, out.path());
    REQUIRE(again.has_value());
    CHECK(*again == *dumped);
    auto withoutMedia = Interchange::dump(second.database, QString());
    REQUIRE(withoutMedia.has_value());
    CHECK(*withoutMedia == *dumped);
}
