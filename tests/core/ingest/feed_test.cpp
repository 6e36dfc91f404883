// Feeds (issue 18): RSS 2.0 and Atom read into items, items made into drafts through the
// wire parser without ever importing one twice, and fetching over HTTP from a server on
// 127.0.0.1 (conditional GET, a redirect, a slow server, a malformed feed).

#include "core/ingest/feedimport.h"
#include "core/store/articlestore.h"
#include "core/store/database.h"
#include "core/text/editionformat.h"
#include "tests/core/ingest/wirefixture.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

Feed readFeed(const QString &name)
{
    const Result<Feed> feed = FeedReader::parse(wireBytes(u"feeds/"_s + name));
    REQUIRE(feed.has_value());
    return *feed;
}

// A web server on 127.0.0.1 serving the fixture feeds: /feed.xml (with an ETag and
// Last-Modified, 304 when asked with them), /moved (301 to /feed.xml), /slow (never
// answers), /malformed.xml, anything else 404. It runs on the event loop the fetch spins.
class FeedServer
{
public:
    FeedServer()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
    }

    QString address(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }

    QStringList requests; // "GET /feed.xml If-None-Match: …"

private:
    void answer(QTcpSocket *socket)
    {
        m_buffers[socket] += socket->readAll();
        const QByteArray &request = m_buffers[socket];
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray path = request.split(' ').value(1);
        const bool conditional = request.contains("If-None-Match: \"v1\"");
        requests.append(QString::fromLatin1(path) + (conditional ? u" conditional"_s : QString()));
        QByteArray reply;
        if (path == "/feed.xml" && conditional) {
            reply = "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\nContent-Length: 0\r\n\r\n";
        } else if (path == "/feed.xml" || path == "/malformed.xml") {
            const QByteArray body = wireBytes(
                path == "/feed.xml" ? u"feeds/gov-press-releases.xml"_s : u"feeds/malformed.xml"_s);
            reply = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: \"v1\"\r\n"
                    "Last-Modified: Fri, 07 Mar 2025 09:30:00 GMT\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        } else if (path == "/moved") {
            reply = "HTTP/1.1 301 Moved Permanently\r\nLocation: /feed.xml\r\nContent-Length: 0\r\n\r\n";
        } else if (path == "/slow") {
            return; // keeps the connection open and says nothing
        } else {
            reply = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
        }
        m_buffers.remove(socket);
        socket->write(reply);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

TEST_CASE("an RSS 2.0 feed of Government press releases becomes items", "[ingest][feed]")
{
    const Feed feed = readFeed(u"gov-press-releases.xml"_s);
    CHECK(feed.title == u"Press Releases (written by the PortalDesk tests)"_s);
    REQUIRE(feed.items.size() == 2);
    const FeedItem &first = feed.items.first();
    CHECK(first.title == u"Fresh measures to support tourism announced"_s);
    CHECK(first.id == u"https://www.example-gov.hk/en/press/202503/07/P2025030700123.htm"_s);
    CHECK(first.link == first.id);
    CHECK(first.published.toUTC() == QDateTime(QDate(2025, 3, 7), QTime(9, 30), Qt::UTC));
    CHECK(first.text.startsWith(u"The Government announced today (March 7)"_s));
    CHECK(first.text.contains(u"\n\nEnds/Friday, March 7, 2025\nIssued at HKT 17:30\n\nNNNN"_s));

    // Through the wire parser: the Government's profile reads the release inside the item.
    const WireDraft draft = FeedImport::draft(first, EditionFormat::hongKong());
    CHECK(draft.service == u"hksar-gov"_s);
    CHECK(draft.headline == first.title);
    CHECK(draft.publishedAt.toString(Qt::ISODate) == u"2025-03-07T17:30:00+08:00"_s);
    CHECK(draft.body
        == u"The Government announced today (March 7) a new round of funding for mega events.\n\n"
           "A spokesman said applications would open next month."_s);
    CHECK(draft.originalLink == first.link);
    CHECK(draft.warnings.isEmpty());
}

TEST_CASE("an Atom feed: html titles, the alternate link, content before summary", "[ingest][feed]")
{
    const Feed feed = readFeed(u"wire-atom.xml"_s);
    REQUIRE(feed.items.size() == 2);
    const FeedItem &bank = feed.items.at(0);
    CHECK(bank.title == u"Harbour Bank & Partners Open Fintech Lab"_s);
    CHECK(bank.link == u"https://wire.example.com/news/harbour-bank-fintech-lab"_s);
    CHECK(bank.id == u"urn:example:wire:item:1001"_s);
    CHECK(bank.published.toString(Qt::ISODate) == u"2025-03-06T09:00:00+08:00"_s);
    const WireDraft draft = FeedImport::draft(bank, EditionFormat::hongKong());
    CHECK(draft.service == u"prnewswire"_s);
    CHECK(draft.body
        == u"Harbour Bank today opened a fintech lab with three partners.\n\n"
           "The lab will test payment services for small merchants."_s);
    CHECK(draft.notes == u"### About Harbour Bank\n\nHarbour Bank serves customers across Hong Kong."_s);

    const WireDraft chinese = FeedImport::draft(feed.items.at(1), EditionFormat::hongKong());
    CHECK(chinese.language == Language::ZhHantHK);
    CHECK(chinese.source == u"美通社"_s);
    CHECK(chinese.body == u"港灣銀行今日推出中小企數碼貸款服務。"_s);
    CHECK(chinese.publishedAt.toString(Qt::ISODate) == u"2025-03-06T10:15:00+08:00"_s); // from <updated>
}

TEST_CASE("malformed and foreign XML is refused with where it broke", "[ingest][feed]")
{
    const Result<Feed> broken = FeedReader::parse(wireBytes(u"feeds/malformed.xml"_s));
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().code == Error::Code::Format);
    CHECK(broken.error().message.contains(u"line 4"_s));
    for (const QByteArray &bytes : { QByteArray("<html><body>Not a feed</body></html>"), QByteArray(),
             QByteArray("\xEF\xBB\xBF<rss"), QByteArray("<rss><channel><item><title>&bogus;</title>") })
        CHECK_FALSE(FeedReader::parse(bytes).has_value());
}

TEST_CASE("a feed's items become drafts once, whatever the log remembers", "[ingest][feed]")
{
    QTemporaryDir folder;
    ArticleStore store(freshDatabase(folder));
    const Feed feed = readFeed(u"gov-press-releases.xml"_s);
    FeedState state;
    const Result<FeedRun> first = FeedImport::run(store, feed, state, {}, EditionFormat::hongKong());
    REQUIRE(first.has_value());
    CHECK(first->taken() == 2);
    const Article article = store.get(first->entries.first().articleId).value();
    CHECK(article.headline == u"Fresh measures to support tourism announced"_s);
    CHECK(article.source == u"HKSAR Government"_s);
    CHECK(article.status == ArticleStatus::Draft);
    CHECK(state.seen.size() == 2);

    const Result<FeedRun> again = FeedImport::run(store, feed, state, {}, EditionFormat::hongKong());
    REQUIRE(again.has_value());
    CHECK(again->taken() == 0);
    CHECK(again->entries.first().skipped == u"taken before"_s);

    // A log that was lost: the articles' original links still say the items are in.
    FeedState forgotten;
    const Result<FeedRun> third = FeedImport::run(store, feed, forgotten, {}, EditionFormat::hongKong());
    REQUIRE(third.has_value());
    CHECK(third->taken() == 0);
    CHECK(third->entries.first().skipped.contains(article.id));
    CHECK(store.count().value() == 2);
    CHECK(state.log.size() == 4);

    // The same releases again under new ids and links (a mirror's feed, or a wire that sent
    // them again): the workflow's duplicate check knows their text.
    Feed resent = feed;
    for (FeedItem &item : resent.items) {
        item.id += u"-resent"_s;
        item.link = u"https://mirror.example/"_s + item.id;
    }
    FeedState mirror;
    const Result<FeedRun> fourth = FeedImport::run(store, resent, mirror, {}, EditionFormat::hongKong());
    REQUIRE(fourth.has_value());
    CHECK(fourth->taken() == 0);
    INFO(fourth->entries.first().skipped.toStdString());
    CHECK(fourth->entries.first().skipped.contains(u"the same text"_s));
    CHECK(store.count().value() == 2);

    // The state survives a save and a load.
    FeedStates states;
    states.feeds.insert(u"https://www.example-gov.hk/rss"_s, state);
    REQUIRE(states.save(folder.filePath(u"feeds.json"_s)).has_value());
    const Result<FeedStates> loaded = FeedStates::load(folder.filePath(u"feeds.json"_s));
    REQUIRE(loaded.has_value());
    CHECK(loaded->feeds.value(u"https://www.example-gov.hk/rss"_s).seen == state.seen);
    CHECK(loaded->feeds.value(u"https://www.example-gov.hk/rss"_s).log.size() == 4);
}

TEST_CASE("fetching over HTTP: conditional GET, a redirect, a slow server, errors", "[ingest][feed]")
{
    FeedServer server;

    const Result<FetchedFeed> first = FeedFetch::fetch(server.address(u"/feed.xml"_s));
    REQUIRE(first.has_value());
    CHECK_FALSE(first->notModified);
    CHECK(first->validators == FeedValidators { u"\"v1\""_s, u"Fri, 07 Mar 2025 09:30:00 GMT"_s });
    CHECK(FeedReader::parse(first->bytes)->items.size() == 2);

    const Result<FetchedFeed> second = FeedFetch::fetch(server.address(u"/feed.xml"_s), first->validators);
    REQUIRE(second.has_value());
    CHECK(second->notModified);
    CHECK(second->bytes.isEmpty());
    CHECK(second->validators == first->validators);

    const Result<FetchedFeed> moved = FeedFetch::fetch(server.address(u"/moved"_s));
    REQUIRE(moved.has_value());
    CHECK(moved->address == server.address(u"/feed.xml"_s));
    CHECK(FeedReader::parse(moved->bytes)->items.size() == 2);

    const Result<FetchedFeed> slow = FeedFetch::fetch(server.address(u"/slow"_s), {}, 300ms);
    REQUIRE_FALSE(slow.has_value());
    CHECK(slow.error().message.contains(u"did not answer"_s));

    const Result<FetchedFeed> malformed = FeedFetch::fetch(server.address(u"/malformed.xml"_s));
    REQUIRE(malformed.has_value());
    CHECK_FALSE(FeedReader::parse(malformed->bytes).has_value());

    const Result<FetchedFeed> missing = FeedFetch::fetch(server.address(u"/none.xml"_s));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(u"404"_s));

    // Each asked once at least (Qt may ask a keep-alive connection twice), the redirect followed.
    const QStringList &asked = server.requests;
    CHECK(asked.first() == u"/feed.xml"_s);
    CHECK(asked.count(u"/feed.xml conditional"_s) == 1);
    CHECK(asked.indexOf(u"/feed.xml"_s, asked.indexOf(u"/moved"_s)) > asked.indexOf(u"/moved"_s));
    for (const QString &path : { u"/slow"_s, u"/malformed.xml"_s, u"/none.xml"_s })
        CHECK(asked.contains(path));
}
