#pragma once

// A feed's new items as article drafts, through the same wire parser as pasted copy. An
// item is never imported twice: not when its id was taken before (the feed's state), and
// not when the workflow's duplicate check (WireDuplicates) finds it in the portal already,
// by its original link or by nearly the same text. Each run says, item by item,
// what it took and what it skipped, and the state remembers the server's validators
// (ETag, Last-Modified) for the next conditional fetch.

#include "core/ingest/feedfetch.h"
#include "core/ingest/feedreader.h"
#include "core/ingest/wireimport.h"
#include "core/store/feedlog.h"

#include <QJsonObject>
#include <QMap>

namespace PortalDesk {

struct FeedLogEntry
{
    QDateTime at; // UTC
    QString itemId;
    QString title;
    QString articleId; // the draft made; empty when skipped
    QString skipped; // why it was skipped; empty when taken
};

// What PortalDesk remembers about one feed between runs.
struct FeedState
{
    FeedValidators validators;
    QStringList seen; // ids of items taken or found to be duplicates
    QList<FeedLogEntry> log; // newest last, the latest LogLimit entries

    static constexpr qsizetype LogLimit = 1000;
    static constexpr qsizetype SeenLimit = 5000;

    QJsonObject toJson() const;
    static FeedState fromJson(const QJsonObject &json);
};

// Every feed's state, keyed by the feed's address: as the database's FeedLog holds it
// (FeedImport::load), or in one JSON file (the log before schema 14, adopted once).
struct FeedStates
{
    QMap<QString, FeedState> feeds;
    int pollMinutes = 0; // the editor polls every so many minutes while the portal is open; 0: on demand

    static Result<FeedStates> load(const QString &path); // a missing file is no feed yet
    Status save(const QString &path) const; // all or nothing
};

struct FeedRun
{
    QList<FeedLogEntry> entries; // this run's, in the feed's order
    qsizetype taken() const;
};

// One feed's share of a poll.
struct FeedPoll
{
    QString feed; // its address or file, as given
    bool notModified = false; // the server had nothing new
    FeedRun run;
    QString error; // non-empty: this feed failed (the others were still polled)
    QString busy; // non-empty: who was polling it at that moment, so this poll left it alone
};

class FeedImport
{
public:
    // The draft one item makes: its title is the headline, its link the original link, its
    // date the wire time when the text gives none.
    static WireDraft draft(const FeedItem &item, const QTimeZone &zone);

    // Creates drafts for the items `state` has not seen and updates `state` (seen, log).
    // Stops at the first store error; what was created before it stays, and is logged.
    static Result<FeedRun> run(ArticleStore &store, const Feed &feed, FeedState &state,
        const WireImportOptions &options, const QTimeZone &zone);

    // Fetches each feed (a conditional GET with what `states` remembers), makes drafts of its
    // new items and records it all in `states`: the log, the items seen, the validators.
    // A feed that fails is reported and logged; the others are still polled.
    static QList<FeedPoll> poll(ArticleStore &store, const QStringList &feeds, FeedStates &states,
        const WireImportOptions &options, const QTimeZone &zone,
        std::chrono::milliseconds timeout = std::chrono::seconds(20));

    // The same on the portal's shared log: each feed is claimed first (one that another
    // client is polling is left alone and reported `busy`), its state read after the claim,
    // and written back before the claim is released. `holder` names this client to others.
    static QList<FeedPoll> poll(ArticleStore &store, FeedLog &log, const QStringList &feeds,
        const QString &holder, const WireImportOptions &options, const QTimeZone &zone,
        std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // This client as another one's message names it: "chan.tai.man on desk-3 (process 4242)".
    static QString holder(const QString &userName);
    // Every feed of the shared log, and the poll interval.
    static Result<FeedStates> load(const FeedLog &log);
    // The feed log as a file, from before the database kept it: its feeds go into `log` when
    // that has none yet, and the file is renamed NAME.imported. No file: nothing happens.
    static Status adoptFile(FeedLog &log, const QString &path);

    // Where a portal's feed log was kept before the database held it: beside a SQLite file
    // (portal.sqlite.feeds.json); for a newsroom server, in this user's data folder.
    static QString logPathFor(const QString &databaseAddress);
};

} // namespace PortalDesk
