// Roles on the newsroom server, enforced by PostgreSQL itself: each person connects with
// their own login (as they would from the editor or from psql) and every refusal is tried
// both through the store and as plain SQL.

#include "core/store/articlestore.h"
#include "core/store/editlocks.h"
#include "core/store/feedlog.h"
#include "core/store/newsroom.h"
#include "core/store/promostore.h"
#include "core/store/sql.h"
#include "core/store/trashstore.h"
#include "storetesting.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

Article draftNamed(const QString &headline)
{
    Article article = Testing::sampleArticle(headline);
    article.status = ArticleStatus::Draft;
    article.publishAt = {};
    article.slug.clear();
    article.originalLink.clear();
    return article;
}

// Logins are the server's, shared by every database on it: each test run names its own.
QString uniqueLogin(const QString &stem)
{
    return stem + u'_' + QString::number(QRandomGenerator::global()->bounded(1u << 30), 36);
}

DatabasePtr connectAs(const DatabasePtr &database, const QString &login, const QString &password)
{
    QUrl url(database->address());
    url.setUserName(login);
    url.setPassword(password);
    auto opened = Database::open(url.toString(QUrl::FullyEncoded));
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.has_value());
    return *opened;
}

// Runs SQL as the person, as psql would: true when the server carried it out.
bool sqlAs(const DatabasePtr &database, const QString &sql, int *rows = nullptr, QString *refusal = nullptr)
{
    QSqlQuery query(Sql::connection(*database));
    const bool done = query.exec(sql);
    if (rows)
        *rows = query.numRowsAffected();
    if (refusal)
        *refusal = query.lastError().nativeErrorCode();
    return done;
}

// A newsroom's people, each with a login of their own: a chief editor (who sets it up), a
// sub-editor and two reporters.
struct Desk
{
    QString password = QStringLiteral("correct horse 馬 battery");
    QString chief = uniqueLogin(QStringLiteral("chief"));
    QString sub = uniqueLogin(QStringLiteral("sub"));
    QString reporter = uniqueLogin(QStringLiteral("rep"));
    QString other = uniqueLogin(QStringLiteral("rep2"));

    // Sets the newsroom up with the owner's `database` and adds the people; the chief's connection.
    DatabasePtr staff(const DatabasePtr &database) const
    {
        REQUIRE(Newsroom(database).init(chief, QStringLiteral("陳總編"), password).has_value());
        const DatabasePtr asChief = connectAs(database, chief, password);
        Newsroom byChief(asChief);
        REQUIRE(byChief.addPerson(sub, QStringLiteral("黃副編"), Role::SubEditor, password).has_value());
        REQUIRE(byChief.addPerson(reporter, QStringLiteral("李小明"), Role::Reporter, password).has_value());
        REQUIRE(byChief.addPerson(other, QStringLiteral("張記者"), Role::Reporter, password).has_value());
        return asChief;
    }
};

} // namespace

TEST_CASE("the server refuses what a role may not do, whoever asks and however", "[store][roles][postgres]")
{
    if (!Testing::onPostgres())
        return;
    auto portal = Testing::seededPortal();
    const Desk desk;
    const auto &[password, chief, sub, reporter, other] = desk;
    const DatabasePtr asChief = desk.staff(portal.database);
    Newsroom owner(portal.database);
    REQUIRE(owner.init(chief, QStringLiteral("陳總編"), {}).has_value()); // again: nothing breaks
    Newsroom byChief(asChief);
    const QList<Person> people = byChief.people().value();
    REQUIRE(people.size() == 4);

    const DatabasePtr asSub = connectAs(portal.database, sub, password);
    const DatabasePtr asReporter = connectAs(portal.database, reporter, password);
    const DatabasePtr asOther = connectAs(portal.database, other, password);
    CHECK(Newsroom(asReporter).rights()->role == Role::Reporter);
    CHECK(Newsroom(asSub).rights()->role == Role::SubEditor);
    CHECK(Newsroom(asChief).rights()->role == Role::ChiefEditor);
    CHECK(Newsroom(portal.database).rights()->role == Role::Owner);
    CHECK(asReporter->displayName() == u"李小明");

    // Every role follows and polls the wire feeds: the shared feed log.
    FeedLog reporterFeeds(asReporter);
    const QString feed = QStringLiteral("https://www.example.gov.hk/rss.xml");
    REQUIRE(reporterFeeds.add(feed).has_value());
    CHECK(reporterFeeds.claim(feed, reporter, QDateTime::currentDateTimeUtc()).value().isEmpty());
    REQUIRE(reporterFeeds.put(feed, QJsonObject { { QStringLiteral("seen"), QJsonArray() } }).has_value());
    REQUIRE(reporterFeeds.release(feed, reporter).has_value());
    REQUIRE(reporterFeeds.setPollMinutes(15).has_value());
    CHECK(FeedLog(asSub).feeds()->size() == 1);

    // A reporter writes and submits their own draft.
    auto made = ArticleStore(asReporter).create(draftNamed(QStringLiteral("記者的稿")));
    INFO((made ? QString() : made.error().error.message).toStdString());
    REQUIRE(made.has_value());
    Article draft = *made;
    CHECK(draft.createdBy == reporter);
    // Lists and History show the display name, the row keeps the login.
    const QList<ArticleSummary> listed = ArticleStore(asChief).list().value();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().updatedBy == u"李小明");
    CHECK(ArticleStore(asChief).revisions(draft.id)->first().savedBy == u"李小明");
    CHECK(ArticleStore(asChief).get(draft.id)->updatedBy == reporter);
    draft.standfirst = QStringLiteral("補充導語");
    auto resaved = ArticleStore(asReporter).save(draft);
    INFO((resaved ? QString() : resaved.error().error.message).toStdString());
    REQUIRE(resaved.has_value());
    draft = *resaved;
    // … but may not publish it, through the store or in SQL.
    Article published = draft;
    published.status = ArticleStatus::Published;
    published.publishAt = QDateTime::currentDateTimeUtc();
    auto refused = ArticleStore(asReporter).save(published);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().error.code == Error::Code::Denied);
    QString code;
    CHECK_FALSE(sqlAs(asReporter,
        QStringLiteral("UPDATE articles SET status = 'published' WHERE id = '%1'").arg(draft.id), nullptr,
        &code));
    CHECK(code == u"42501");

    // A colleague's article: invisible to the reporter's UPDATE and DELETE, refused by the store.
    const Article colleagues = ArticleStore(asOther).create(draftNamed(QStringLiteral("同事的稿"))).value();
    int rows = -1;
    CHECK(sqlAs(asReporter,
        QStringLiteral("UPDATE articles SET headline = 'x' WHERE id = '%1'").arg(colleagues.id), &rows));
    CHECK(rows == 0);
    CHECK(
        sqlAs(asReporter, QStringLiteral("DELETE FROM articles WHERE id = '%1'").arg(colleagues.id), &rows));
    CHECK(rows == 0);
    CHECK(ArticleStore(portal.database).get(colleagues.id)->headline == u"同事的稿");
    Article hijack = colleagues;
    hijack.headline = QStringLiteral("改別人的標題");
    auto denied = ArticleStore(asReporter).save(hijack);
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().error.code == Error::Code::Denied);
    CHECK(denied.error().error.message.contains(other));
    // Nor can they write revisions, photos or columns of it, promos, sections, settings or people.
    for (const QString &sql :
        { QStringLiteral("INSERT INTO article_revisions (article_id, version, saved_by, saved_at, snapshot)"
                         " VALUES ('%1', 9, '%2', 'x', '{}')")
                .arg(colleagues.id, reporter),
            QStringLiteral(
                "INSERT INTO article_photos (article_id, position, file) VALUES ('%1', 0, 'x.jpg')")
                .arg(colleagues.id),
            QStringLiteral("INSERT INTO promos (id, slot, text, link, language, position, enabled, version)"
                           " VALUES ('p', 'sidebar', 't', 'https://example.com/', 'en', 0, 1, 1)"),
            QStringLiteral("UPDATE sections SET position = 9"),
            QStringLiteral("UPDATE portal SET settings = '{}'"),
            QStringLiteral(
                "INSERT INTO people (login, display_name, role) VALUES ('x', 'x', 'chief-editor')"),
            QStringLiteral("UPDATE people SET role = 'chief-editor' WHERE login = '%1'").arg(reporter),
            QStringLiteral(
                "INSERT INTO articles (id, language, headline, status, created_by, created_at, updated_at,"
                " version) VALUES ('forged', 'en', 'x', 'published', '%1', 'x', 'x', 1)")
                .arg(reporter),
            QStringLiteral(
                "INSERT INTO articles (id, language, headline, status, created_by, created_at, updated_at,"
                " version) VALUES ('forged2', 'en', 'x', 'draft', '%1', 'x', 'x', 1)")
                .arg(other) }) {
        INFO(sql.toStdString());
        CHECK_FALSE(sqlAs(asReporter, sql, nullptr, &code));
        CHECK(code == u"42501");
    }
    CHECK_FALSE(sqlAs(asReporter, QStringLiteral("CREATE ROLE sneaky LOGIN SUPERUSER")));
    CHECK_FALSE(sqlAs(asReporter,
        QStringLiteral("GRANT %1 TO %2").arg(owner.groupRole(Role::ChiefEditor).value(), reporter)));
    CHECK_FALSE(Newsroom(asReporter).setRole(reporter, Role::ChiefEditor).has_value());

    // The sub-editor edits and publishes anyone's article and edits promos, but not sections,
    // settings or people, and cannot take over a colleague's lock.
    Article edited = ArticleStore(asSub).get(draft.id).value();
    edited.status = ArticleStatus::Published;
    edited.publishAt = QDateTime::currentDateTimeUtc();
    REQUIRE(ArticleStore(asSub).save(edited).has_value());
    CHECK(sqlAs(asSub,
        QStringLiteral("INSERT INTO promos (id, slot, text, link, language, position, enabled, version)"
                       " VALUES ('p', 'sidebar', 't', 'https://example.com/', 'en', 0, 1, 1)")));
    // … a promo's own Simplified texts included (schema 12's columns; rights are per table),
    // which a reporter may not write.
    Promo promo;
    promo.slot = QStringLiteral("sidebar.feature");
    promo.text = QStringLiteral("畢加索的市場潛能有多強？");
    promo.callToAction = QStringLiteral("► 即睇");
    promo.link = QStringLiteral("https://demo.example/art");
    promo.simplifiedOverride.callToAction = QStringLiteral("► 立即查看");
    promo = PromoStore(asSub).create(promo).value();
    promo.simplifiedOverride.text = QStringLiteral("毕加索的市场潜能有多强？");
    REQUIRE(PromoStore(asSub).save(promo).has_value());
    CHECK(PromoStore(asReporter).get(promo.id)->simplifiedOverride.text == u"毕加索的市场潜能有多强？");
    CHECK_FALSE(sqlAs(asReporter,
        QStringLiteral("UPDATE promos SET zh_hans_text = 'x' WHERE id = '%1'").arg(promo.id), nullptr,
        &code));
    CHECK(code == u"42501");
    CHECK_FALSE(sqlAs(asSub, QStringLiteral("UPDATE portal SET settings = '{}'"), nullptr, &code));
    CHECK(code == u"42501");
    CHECK_FALSE(sqlAs(asSub, QStringLiteral("UPDATE people SET role = 'chief-editor'"), nullptr, &code));
    REQUIRE(EditLocks(asOther).take(colleagues.id).has_value());
    CHECK_FALSE(EditLocks(asSub).takeOver(colleagues.id).has_value());
    CHECK(EditLocks(asSub).holder(colleagues.id).value()->login == other);
    CHECK(sqlAs(
        asSub, QStringLiteral("DELETE FROM edit_locks WHERE article_id = '%1'").arg(colleagues.id), &rows));
    CHECK(rows == 0);
    const bool moved = sqlAs(asReporter,
        QStringLiteral("UPDATE edit_locks SET login = '%1' WHERE article_id = '%2'")
            .arg(reporter, colleagues.id),
        &rows);
    CHECK_FALSE((moved && rows > 0));
    // The reporter's article is now published: no longer theirs to change.
    Article late = ArticleStore(asReporter).get(draft.id).value();
    late.headline = QStringLiteral("發布後偷改");
    CHECK_FALSE(ArticleStore(asReporter).save(late).has_value());

    // The chief editor takes over, and promotes the reporter, who may then publish.
    auto taken = EditLocks(asChief).takeOver(colleagues.id);
    REQUIRE(taken.has_value());
    CHECK(ArticleStore(asChief).revisions(colleagues.id)->first().note.contains(u"張記者"));
    REQUIRE(byChief.setRole(reporter, Role::SubEditor).has_value());
    const DatabasePtr promoted = connectAs(portal.database, reporter, password);
    CHECK(Newsroom(promoted).rights()->role == Role::SubEditor);
    Article theirs = ArticleStore(promoted).get(colleagues.id).value();
    theirs.status = ArticleStatus::Published;
    theirs.publishAt = QDateTime::currentDateTimeUtc();
    CHECK(ArticleStore(promoted).save(theirs).has_value());
    CHECK(byChief.people()->size() == 4);
}

TEST_CASE("people and roles are refused with a clear message where they do not apply", "[store][roles]")
{
    auto portal = Testing::seededPortal();
    if (Testing::onPostgres()) {
        CHECK_FALSE(Newsroom(portal.database)
                        .addPerson(QStringLiteral("Bad Login"), QStringLiteral("x"), Role::Reporter,
                            QStringLiteral("password1"))
                        .has_value());
        CHECK_FALSE(
            Newsroom(portal.database).init(QStringLiteral("ok_login"), QStringLiteral("  "), {}).has_value());
        return;
    }
    auto refused = Newsroom(portal.database)
                       .init(QStringLiteral("chief"), QStringLiteral("陳總編"), QStringLiteral("pw"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Unsupported);
    CHECK(Newsroom(portal.database).rights()->role == Role::Owner);
}

TEST_CASE("a SCRAM verifier is made as PostgreSQL makes it", "[store][roles]")
{
    // RFC 7677's example user "user", password "pencil", salt "W22ZaJ0SNY7soEsUEjb6gQ==" and
    // 4096 iterations: its SaltedPassword gives these keys (worked through with Python's hashlib).
    const QString verifier = Newsroom::scramVerifier(
        QStringLiteral("pencil"), QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="));
    CHECK(verifier
        == QStringLiteral(
            "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
            "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
}

TEST_CASE("a reporter moves their own drafts to the trash and back, the desk anyone's",
    "[store][roles][trash][postgres]")
{
    if (!Testing::onPostgres())
        return;
    auto portal = Testing::seededPortal();
    const Desk desk;
    const auto &[password, chief, sub, reporter, other] = desk;
    desk.staff(portal.database);
    const DatabasePtr asSub = connectAs(portal.database, sub, password);
    const DatabasePtr asReporter = connectAs(portal.database, reporter, password);
    const DatabasePtr asOther = connectAs(portal.database, other, password);

    const Article own = ArticleStore(asReporter).create(draftNamed(QStringLiteral("記者的稿"))).value();
    const Article colleagues = ArticleStore(asOther).create(draftNamed(QStringLiteral("同事的稿"))).value();

    const auto refused = TrashStore(asReporter).moveToTrash(colleagues.id);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Denied);
    CHECK(refused.error().message.contains(other));
    CHECK(ArticleStore(asReporter).get(colleagues.id).has_value());
    CHECK(TrashStore(asReporter).count().value() == 0);

    const auto trashed = TrashStore(asReporter).moveToTrash(own.id);
    INFO((trashed ? QString() : trashed.error().message).toStdString());
    REQUIRE(trashed.has_value());
    CHECK(TrashStore(asSub).list().value().first().trashedBy == u"李小明");
    const auto back = TrashStore(asReporter).restore(own.id);
    INFO((back ? QString() : back.error().message).toStdString());
    REQUIRE(back.has_value());
    CHECK(ArticleStore(asSub).revisions(own.id).value().size() == 1);

    // The desk trashes anyone's article, and brings it back with its history.
    Article published = ArticleStore(asSub).get(colleagues.id).value();
    published.status = ArticleStatus::Published;
    published = ArticleStore(asSub).save(published).value();
    REQUIRE(TrashStore(asSub).moveToTrash(colleagues.id).has_value());
    // … which a reporter cannot empty behind the desk's back.
    CHECK(TrashStore(asReporter).empty().value() == 0);
    CHECK(TrashStore(asReporter).deleteForever(colleagues.id).error().code == Error::Code::NotFound);
    REQUIRE(TrashStore(asSub).restore(colleagues.id).has_value());
    CHECK(ArticleStore(asSub).revisions(colleagues.id).value().size() == 2);

    // A reporter's draft a sub-editor has worked on keeps its history: the reporter may
    // trash it, but only the desk may put the sub-editor's versions back, and is asked to.
    Article edited = ArticleStore(asSub).get(own.id).value();
    edited.body += QStringLiteral("\n\n副編加的一段。");
    edited = ArticleStore(asSub).save(edited).value();
    edited.body += QStringLiteral("\n\n再加一段。");
    REQUIRE(ArticleStore(asSub).save(edited).has_value());
    REQUIRE(TrashStore(asReporter).moveToTrash(own.id).has_value());
    const auto notMine = TrashStore(asReporter).restore(own.id);
    REQUIRE_FALSE(notMine.has_value());
    CHECK(notMine.error().code == Error::Code::Denied);
    CHECK(notMine.error().message.count(QStringLiteral("黃副編")) == 1); // named once, for two versions
    CHECK(notMine.error().message.contains(QStringLiteral("記者的稿")));
    CHECK_FALSE(notMine.error().message.contains(QStringLiteral("row-level")));
    CHECK(TrashStore(asReporter).count().value() == 1); // still in the trash, nothing half-done
    CHECK_FALSE(ArticleStore(asSub).get(own.id).has_value());
    REQUIRE(TrashStore(asSub).restore(own.id).has_value());
    CHECK(ArticleStore(asSub).revisions(own.id).value().size() == 3);
}
