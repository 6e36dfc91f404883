#include "core/exchange/contentjson.h"
#include "core/exchange/interchange.h"
#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/mediastore.h"
#include "core/store/portalstore.h"
#include "core/store/promostore.h"
#include "storetesting.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
              "start_at": null, "end_at": null, "position": 1, "enabled": true,
              "zh_hans_override": {"call_to_action": "► 立即查看"}}]
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

// Issue 12: a merge changes only what the file carries; an absent object or field keeps
// what the database had.
namespace {

QJsonObject storedArticle(const DatabasePtr &database, const QString &id)
{
    return ContentJson::toJson(ArticleStore(database).get(id).value());
}

QByteArray mergeFile(const QJsonObject &extra)
{
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("portaldesk/1") } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        root.insert(it.key(), it.value());
    return QJsonDocument(root).toJson();
}

Result<Interchange::LoadReport> merge(const DatabasePtr &database, Folder &folder, const QJsonObject &extra)
{
    return Interchange::loadFile(
        database, folder.write(mergeFile(extra), QStringLiteral("merge.json")), { true, {} });
}

// The sample with every optional field of a-linping set, loaded into a fresh portal.
Testing::TestPortal fullSample(Folder &folder)
{
    QByteArray json(sampleFile);
    json.replace("\"translation_group\": null", "\"translation_group\": \"story-1\"");
    json.replace(
        "\"kicker\": \"\", \"headline\": \"Hangzhou", "\"kicker\": \"Wire\", \"headline\": \"Hangzhou");
    json.replace(
        "\"standfirst\": \"\", \"byline\": \"\"", "\"standfirst\": \"A standfirst.\", \"byline\": \"Desk\"");
    json.replace("\"embargo_until\": null, \"zh_hans_override\": null",
        "\"embargo_until\": \"2024-11-12T12:00:00Z\", \"wire_time\": \"2024-11-11T09:30:00Z\", "
        "\"zh_hans_override\": \"简体正文\", \"notes\": \"### About Xinhua Silk Road\"");
    auto portal = Testing::freshPortal();
    auto loaded = Interchange::loadFile(portal.database, folder.write(json));
    INFO((loaded ? QString() : loaded.error().text()).toStdString());
    REQUIRE(loaded.has_value());
    return portal;
}

} // namespace

TEST_CASE(
    "a merge without a portal object keeps the portal's name and address", "[store][interchange][merge]")
{
    Folder folder;
    auto portal = fullSample(folder);
    const Portal before = PortalStore(portal.database).get().value();
    REQUIRE(before.name.value(Language::ZhHantHK) == u"港融財經網");

    const QJsonObject article { { QStringLiteral("id"), QStringLiteral("a-new") },
        { QStringLiteral("language"), QStringLiteral("en") },
        { QStringLiteral("headline"), QStringLiteral("New") } };
    auto merged = merge(portal.database, folder, { { QStringLiteral("articles"), QJsonArray { article } } });
    INFO((merged ? QString() : merged.error().text()).toStdString());
    REQUIRE(merged.has_value());
    CHECK(merged->articlesAdded == 1);
    CHECK(PortalStore(portal.database).get().value() == before);

    // A portal object that names one field changes that field; a name per language merges.
    merged = merge(portal.database, folder,
        { { QStringLiteral("portal"),
            QJsonObject { { QStringLiteral("base_url"), QStringLiteral("https://news.example/") },
                { QStringLiteral("name"),
                    QJsonObject { { QStringLiteral("en"), QStringLiteral("HK Desk") } } } } } });
    REQUIRE(merged.has_value());
    const Portal after = PortalStore(portal.database).get().value();
    CHECK(after.baseUrl == u"https://news.example/");
    CHECK(after.name.value(Language::En) == u"HK Desk");
    CHECK(after.name.value(Language::ZhHantHK) == u"港融財經網");
    CHECK(after.timeZone == before.timeZone);
    CHECK(after.defaultEdition == before.defaultEdition);
}

TEST_CASE("a merge keeps sections, columns and promos the file leaves out, and fields it omits",
    "[store][interchange][merge]")
{
    Folder folder;
    auto portal = fullSample(folder);
    const QList<Category> sections
        = CategoryStore(portal.database, CategoryStore::Kind::Sections).list().value();
    const QList<Category> columns
        = CategoryStore(portal.database, CategoryStore::Kind::Columns).list().value();
    const Promo promo = PromoStore(portal.database).get(QStringLiteral("p-art")).value();

    // No sections, columns or promos lists at all.
    REQUIRE(merge(portal.database, folder, { { QStringLiteral("articles"), QJsonArray {} } }));
    CHECK(CategoryStore(portal.database, CategoryStore::Kind::Sections).list().value() == sections);
    CHECK(CategoryStore(portal.database, CategoryStore::Kind::Columns).list().value() == columns);
    CHECK(PromoStore(portal.database).get(QStringLiteral("p-art")).value().text == promo.text);

    // Records naming only some fields.
    auto merged = merge(portal.database, folder,
        { { QStringLiteral("sections"),
              QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("finance") },
                  { QStringLiteral("names"),
                      QJsonObject { { QStringLiteral("en"), QStringLiteral("Markets") } } } } } },
            { QStringLiteral("columns"),
                QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("currency-playbook") },
                    { QStringLiteral("position"), 7 } } } },
            { QStringLiteral("promos"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("p-art") },
                    { QStringLiteral("text"), QStringLiteral("畢加索的市場潛能有多強？即睇專訪") } } } } });
    INFO((merged ? QString() : merged.error().text()).toStdString());
    REQUIRE(merged.has_value());
    const Category finance
        = CategoryStore(portal.database, CategoryStore::Kind::Sections).list().value().first();
    CHECK(finance.names.value(Language::En) == u"Markets");
    CHECK(finance.names.value(Language::ZhHantHK) == u"財經新聞");
    CHECK(finance.position == sections.first().position);
    const Category column
        = CategoryStore(portal.database, CategoryStore::Kind::Columns).list().value().first();
    CHECK(column.position == 7);
    CHECK(column.names == columns.first().names);
    QJsonObject expected = ContentJson::toJson(promo);
    expected.insert(QStringLiteral("text"), QStringLiteral("畢加索的市場潛能有多強？即睇專訪"));
    CHECK(ContentJson::toJson(PromoStore(portal.database).get(QStringLiteral("p-art")).value()) == expected);
}

TEST_CASE("a promo's own Simplified texts load, dump and merge field by field", "[store][interchange][merge]")
{
    Folder folder;
    auto portal = fullSample(folder);
    const QString id = QStringLiteral("p-art");
    CHECK(PromoStore(portal.database).get(id).value().simplifiedOverride
        == PromoSimplified { QString(), QString(), QStringLiteral("► 立即查看") });
    const QJsonObject dumped = ContentJson::toJson(PromoStore(portal.database).get(id).value());
    CHECK(dumped.value(QStringLiteral("zh_hans_override")).toObject()
        == QJsonObject { { QStringLiteral("call_to_action"), QStringLiteral("► 立即查看") } });

    // A merge naming one of the texts keeps the others.
    const auto promoWith = [&](const QJsonValue &simplified) {
        return QJsonObject { { QStringLiteral("promos"),
            QJsonArray { QJsonObject {
                { QStringLiteral("id"), id }, { QStringLiteral("zh_hans_override"), simplified } } } } };
    };
    REQUIRE(merge(portal.database, folder,
        promoWith(QJsonObject { { QStringLiteral("text"), QStringLiteral("毕加索的市场潜能有多强？") } })));
    CHECK(PromoStore(portal.database).get(id).value().simplifiedOverride
        == PromoSimplified {
            QString(), QStringLiteral("毕加索的市场潜能有多强？"), QStringLiteral("► 立即查看") });
    // null inside clears one text; null for the whole clears them all.
    REQUIRE(merge(portal.database, folder,
        promoWith(QJsonObject { { QStringLiteral("call_to_action"), QJsonValue(QJsonValue::Null) } })));
    CHECK(PromoStore(portal.database).get(id).value().simplifiedOverride.callToAction.isEmpty());
    CHECK_FALSE(PromoStore(portal.database).get(id).value().simplifiedOverride.text.isEmpty());
    REQUIRE(merge(portal.database, folder, promoWith(QJsonValue(QJsonValue::Null))));
    CHECK(PromoStore(portal.database).get(id).value().simplifiedOverride.isEmpty());

    // Not an object, or texts that are not strings: refused, naming the field.
    const auto refused = merge(portal.database, folder, promoWith(QStringLiteral("立即查看")));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().text().contains(u"zh_hans_override"));
    const auto notText
        = merge(portal.database, folder, promoWith(QJsonObject { { QStringLiteral("text"), 3 } }));
    REQUIRE_FALSE(notText.has_value());
    CHECK(notText.error().text().contains(u"zh_hans_override.text"));
}

TEST_CASE("a merged article keeps every field the file omits, photos included", "[store][interchange][merge]")
{
    Folder folder;
    auto portal = fullSample(folder);
    const QJsonObject before = storedArticle(portal.database, QStringLiteral("a-linping"));
    const QString picture = before.value(QStringLiteral("photos"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("file"))
                                .toString();
    REQUIRE_FALSE(picture.isEmpty());
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() == u"id" || it.key() == u"headline")
            continue;
        REQUIRE_FALSE(it.value().isNull()); // every optional field holds something to keep
        if (it.value().isString())
            REQUIRE_FALSE(it.value().toString().isEmpty());
    }

    // Only the id and a new headline: everything else stays.
    auto merged = merge(portal.database, folder,
        { { QStringLiteral("articles"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("a-linping") },
                { QStringLiteral("headline"),
                    QStringLiteral("Linping holds its second conference") } } } } });
    INFO((merged ? QString() : merged.error().text()).toStdString());
    REQUIRE(merged.has_value());
    CHECK(merged->articlesUpdated == 1);
    QJsonObject after = storedArticle(portal.database, QStringLiteral("a-linping"));
    CHECK(after.value(QStringLiteral("headline")).toString() == u"Linping holds its second conference");
    after.insert(QStringLiteral("headline"), before.value(QStringLiteral("headline")));
    CHECK(QJsonDocument(after).toJson().toStdString() == QJsonDocument(before).toJson().toStdString());
    CHECK(MediaStore(portal.database).get(picture).value().startsWith("\x89PNG"));

    // Each field left out on its own, the others given: the left-out one is kept.
    for (const QString &key : before.keys()) {
        if (key == u"id")
            continue;
        DYNAMIC_SECTION("omitting " << key.toStdString())
        {
            const QJsonObject current = storedArticle(portal.database, QStringLiteral("a-linping"));
            QJsonObject file = before;
            file.remove(key);
            if (key != u"photos") // given (stored names are not files beside the JSON)
                file.insert(QStringLiteral("photos"), QJsonArray {});
            auto again
                = merge(portal.database, folder, { { QStringLiteral("articles"), QJsonArray { file } } });
            INFO((again ? QString() : again.error().text()).toStdString());
            REQUIRE(again.has_value());
            CHECK(
                storedArticle(portal.database, QStringLiteral("a-linping")).value(key) == current.value(key));
        }
    }
}

TEST_CASE("a merge clears a field only when the file says null", "[store][interchange][merge]")
{
    Folder folder;
    auto portal = fullSample(folder);
    auto merged = merge(portal.database, folder,
        { { QStringLiteral("articles"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("a-linping") },
                { QStringLiteral("embargo_until"), QJsonValue::Null },
                { QStringLiteral("zh_hans_override"), QJsonValue::Null } } } } });
    REQUIRE(merged.has_value());
    const Article article = ArticleStore(portal.database).get(QStringLiteral("a-linping")).value();
    CHECK_FALSE(article.embargoUntil.isValid());
    CHECK(article.simplifiedOverride.isEmpty());
    CHECK(article.standfirst == u"A standfirst.");
    CHECK(article.photos.size() == 1);
}

TEST_CASE("a portal's publish targets are kept with it, checked, and carried by a portal file",
    "[store][interchange][publish]")
{
    auto portal = Testing::freshPortal();
    PortalStore store(portal.database);
    Portal settings = store.get().value();
    CHECK(settings.publishTargets.isEmpty());
    CHECK_FALSE(ContentJson::toJson(settings).contains(QStringLiteral("publish_targets")));
    settings.publishTargets = { { QStringLiteral("live"), QStringLiteral("deploy@web1:/srv/www/news"), 7 },
        { QStringLiteral("staging"), QStringLiteral("/mnt/staging/news"), 2 } };
    REQUIRE(store.put(settings).has_value());
    const Portal stored = store.get().value();
    CHECK(stored.publishTargets == settings.publishTargets);
    CHECK(stored.publishTarget()->name == u"live");
    CHECK(stored.publishTarget(QStringLiteral("staging"))->keep == 2);
    CHECK(stored.publishTarget(QStringLiteral("nowhere")) == nullptr);

    // Refused whole, and what was stored stays.
    for (const PublishDestination &bad :
        { PublishDestination { QStringLiteral("live"), QStringLiteral("/x"), 5 },
            PublishDestination { QStringLiteral("bad name"), QStringLiteral("/x"), 5 },
            PublishDestination { QStringLiteral("empty"), QStringLiteral("  "), 5 },
            PublishDestination { QStringLiteral("hidden"), QStringLiteral("/srv/\u202Ewww"), 5 },
            PublishDestination { QStringLiteral("one"), QStringLiteral("/x"), 1 } }) {
        Portal changed = stored;
        changed.publishTargets.append(bad);
        INFO(bad.name.toStdString());
        auto put = store.put(changed);
        REQUIRE_FALSE(put.has_value());
        CHECK(put.error().field == u"publish_targets");
    }
    CHECK(store.get()->publishTargets == settings.publishTargets);

    // A portal file carries them, and a malformed entry is refused with its place.
    Folder folder;
    const QByteArray dumped
        = Interchange::dump(portal.database, folder.dir.filePath(QStringLiteral("media"))).value();
    auto copy = Testing::freshPortal();
    auto loaded = Interchange::loadFile(copy.database, folder.write(dumped));
    INFO((loaded ? QString() : loaded.error().text()).toStdString());
    REQUIRE(loaded.has_value());
    CHECK(PortalStore(copy.database).get()->publishTargets == settings.publishTargets);
    QJsonObject broken = ContentJson::toJson(stored);
    broken.insert(
        QStringLiteral("publish_targets"), QJsonArray { QJsonObject { { QStringLiteral("name"), 3 } } });
    auto parsed = ContentJson::portalFromJson(broken);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().field.startsWith(u"publish_targets[0]"));
}

TEST_CASE("a portal file carries the portal's logo as a picture beside it", "[store][interchange]")
{
    auto portal = Testing::freshPortal();
    QFile theLogo(QStringLiteral(PORTALDESK_SOURCE_DIR "/resources/themes/default/assets/logo.png"));
    REQUIRE(theLogo.open(QIODevice::ReadOnly));
    const QByteArray picture = theLogo.readAll();
    Portal settings = PortalStore(portal.database).get().value();
    settings.logo = MediaStore(portal.database).put(picture, QStringLiteral("logo.png")).value();
    REQUIRE(PortalStore(portal.database).put(settings).has_value());

    Folder folder;
    const QByteArray dumped = Interchange::dump(portal.database, folder.dir.path()).value();
    const QJsonObject shown
        = QJsonDocument::fromJson(dumped).object().value(QStringLiteral("portal")).toObject();
    CHECK(shown.value(QStringLiteral("logo")).toString() == QStringLiteral("media/") + settings.logo);
    auto copy = Testing::freshPortal();
    auto loaded = Interchange::loadFile(copy.database, folder.write(dumped));
    INFO((loaded ? QString() : loaded.error().text()).toStdString());
    REQUIRE(loaded.has_value());
    const QString logo = PortalStore(copy.database).get()->logo;
    CHECK(logo == settings.logo);
    CHECK(MediaStore(copy.database).get(logo).value() == picture);

    // A logo the file names but does not bring, or that is no picture, is refused with its
    // place, and nothing changes.
    QFile notPicture(folder.dir.filePath(QStringLiteral("media/notes.png")));
    REQUIRE(notPicture.open(QIODevice::WriteOnly));
    notPicture.write("\x89PNG\r\n\x1a\n but no picture");
    notPicture.close();
    for (const QString &bad : { QStringLiteral("media/nowhere.png"), QStringLiteral("media/notes.png") }) {
        QJsonObject root = QJsonDocument::fromJson(dumped).object();
        QJsonObject missing = shown;
        missing.insert(QStringLiteral("logo"), bad);
        root.insert(QStringLiteral("portal"), missing);
        auto third = Testing::freshPortal();
        auto refused = Interchange::loadFile(
            third.database, folder.write(QJsonDocument(root).toJson(), QStringLiteral("bad.json")));
        INFO(bad.toStdString());
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field.endsWith(u"portal, logo"));
        CHECK(PortalStore(third.database).get()->logo.isEmpty());
    }
}
