#include "core/ingest/feedimport.h"

#include "core/ingest/wirechrome.h"
#include "core/ingest/wireduplicates.h"
#include "core/store/serveraddress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <algorithm>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Ingest", text);
}

void remember(FeedState &state, const FeedLogEntry &entry)
{
    state.log.append(entry);
    if (state.log.size() > FeedState::LogLimit)
        state.log.remove(0, state.log.size() - FeedState::LogLimit);
    if (!entry.itemId.isEmpty() && !state.seen.contains(entry.itemId)) {
        state.seen.append(entry.itemId);
        if (state.seen.size() > FeedState::SeenLimit)
            state.seen.remove(0, state.seen.size() - FeedState::SeenLimit);
    }
}

} // namespace

QJsonObject FeedState::toJson() const
{
    QJsonArray entries;
    for (const FeedLogEntry &entry : log) {
        entries.append(QJsonObject { { QStringLiteral("at"), entry.at.toString(Qt::ISODate) },
            { QStringLiteral("item"), entry.itemId }, { QStringLiteral("title"), entry.title },
            { QStringLiteral("article"), entry.articleId }, { QStringLiteral("skipped"), entry.skipped } });
    }
    return { { QStringLiteral("etag"), validators.etag },
        { QStringLiteral("last_modified"), validators.lastModified },
        { QStringLiteral("seen"), QJsonArray::fromStringList(seen) }, { QStringLiteral("log"), entries } };
}

FeedState FeedState::fromJson(const QJsonObject &json)
{
    FeedState state;
    state.validators = { json.value(u"etag").toString(), json.value(u"last_modified").toString() };
    for (const QJsonValue &id : json.value(u"seen").toArray())
        state.seen.append(id.toString());
    for (const QJsonValue &value : json.value(u"log").toArray()) {
        const QJsonObject entry = value.toObject();
        state.log.append({ QDateTime::fromString(entry.value(u"at").toString(), Qt::ISODate),
            entry.value(u"item").toString(), entry.value(u"title").toString(),
            entry.value(u"article").toString(), entry.value(u"skipped").toString() });
    }
    return state;
}

Result<FeedStates> FeedStates::load(const QString &path)
{
    FeedStates states;
    QFile file(path);
    if (!file.exists())
        return states;
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error::of(Error::Code::Io, tr("cannot read the feed log %1: %2").arg(path, file.errorString())));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(Error::of(Error::Code::Format,
            tr("the feed log %1 is not valid JSON (at byte %2): %3")
                .arg(path)
                .arg(error.offset)
                .arg(error.errorString())));
    const QJsonObject feeds = document.object().value(u"feeds").toObject();
    for (auto it = feeds.begin(); it != feeds.end(); ++it)
        states.feeds.insert(it.key(), FeedState::fromJson(it.value().toObject()));
    states.pollMinutes = std::clamp(document.object().value(u"poll_minutes").toInt(), 0, 24 * 60);
    return states;
}

Status FeedStates::save(const QString &path) const
{
    QJsonObject out;
    for (auto it = feeds.begin(); it != feeds.end(); ++it)
        out.insert(it.key(), it.value().toJson());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(
            Error::of(Error::Code::Io, tr("cannot write the feed log %1: %2").arg(path, file.errorString())));
    QJsonObject root { { QStringLiteral("feeds"), out } };
    if (pollMinutes > 0)
        root.insert(QStringLiteral("poll_minutes"), pollMinutes);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return std::unexpected(
            Error::of(Error::Code::Io, tr("cannot write the feed log %1: %2").arg(path, file.errorString())));
    return {};
}

qsizetype FeedRun::taken() const
{
    return std::count_if(
        entries.begin(), entries.end(), [](const FeedLogEntry &e) { return e.skipped.isEmpty(); });
}

WireDraft FeedImport::draft(const FeedItem &item, const QTimeZone &zone)
{
    WireDraft draft = WireParser::parse(item.copy(), zone);
    if (!draft.recognised) {
        // A feed item is a story by definition: its title is the headline, not a guess.
        draft.warnings.removeLast();
    }
    if (!item.title.isEmpty())
        draft.headline = item.title;
    if (draft.originalLink.isEmpty() && WireChrome::isWebLink(item.link))
        draft.originalLink = item.link;
    if (!draft.publishedAt.isValid() && item.published.isValid())
        draft.publishedAt = item.published.toTimeZone(zone);
    return draft;
}

Result<FeedRun> FeedImport::run(ArticleStore &store, const Feed &feed, FeedState &state,
    const WireImportOptions &options, const QTimeZone &zone)
{
    FeedRun run;
    for (const FeedItem &item : feed.items) {
        FeedLogEntry entry { QDateTime::currentDateTimeUtc(), item.id, item.title, {}, {} };
        if (item.id.isEmpty() && item.title.isEmpty() && item.text.isEmpty()) {
            entry.skipped = tr("empty item");
        } else if (!item.id.isEmpty() && state.seen.contains(item.id)) {
            entry.skipped = tr("taken before");
        } else {
            const WireDraft parsed = draft(item, zone);
            // The workflow's duplicate check, as for pasted copy: the same original link, or
            // nearly the same text (a wire's corrected repeat under a new id, another feed's
            // copy of the same release), compared in the script the draft would be stored in.
            const Result<WireDraft> adapted = WireImport::adapt(parsed, options);
            if (!adapted)
                return std::unexpected(adapted.error());
            const Result<std::optional<WireDuplicate>> duplicate
                = WireDuplicates::find(store.database(), *adapted);
            if (!duplicate)
                return std::unexpected(duplicate.error());
            if (*duplicate) {
                entry.skipped = tr("already in the portal as %1 (%2)")
                                    .arg((*duplicate)->existing.id, (*duplicate)->reason());
            } else {
                const Result<Article> article = WireImport::create(store, parsed, *adapted, options);
                if (!article) {
                    Error error = article.error();
                    error.message = item.title + QStringLiteral(": ") + error.message;
                    return std::unexpected(error);
                }
                entry.articleId = article->id;
            }
        }
        remember(state, entry);
        run.entries.append(entry);
    }
    return run;
}

namespace {

// Fetches one feed (a conditional GET with what `state` remembers) and makes drafts of its
// new items, recording it all in `state`.
FeedPoll pollOne(ArticleStore &store, const QString &feed, FeedState &state, const WireImportOptions &options,
    const QTimeZone &zone, std::chrono::milliseconds timeout)
{
    FeedPoll poll { feed, false, {}, {}, {} };
    const Result<FetchedFeed> fetched = FeedFetch::fetch(feed, state.validators, timeout);
    Result<FeedRun> run = FeedRun {};
    if (!fetched) {
        run = std::unexpected(fetched.error());
    } else if (fetched->notModified) {
        poll.notModified = true;
    } else if (const Result<Feed> parsed = FeedReader::parse(fetched->bytes); !parsed) {
        run = std::unexpected(parsed.error());
    } else {
        run = FeedImport::run(store, *parsed, state, options, zone);
        if (run)
            state.validators = fetched->validators;
    }
    if (run) {
        poll.run = std::move(*run);
    } else {
        poll.error = run.error().text();
        remember(state, { QDateTime::currentDateTimeUtc(), {}, {}, {}, poll.error });
    }
    return poll;
}

} // namespace

QList<FeedPoll> FeedImport::poll(ArticleStore &store, const QStringList &feeds, FeedStates &states,
    const WireImportOptions &options, const QTimeZone &zone, std::chrono::milliseconds timeout)
{
    QList<FeedPoll> polls;
    for (const QString &feed : feeds)
        polls.append(pollOne(store, feed, states.feeds[feed], options, zone, timeout));
    return polls;
}

QList<FeedPoll> FeedImport::poll(ArticleStore &store, FeedLog &log, const QStringList &feeds,
    const QString &holder, const WireImportOptions &options, const QTimeZone &zone,
    std::chrono::milliseconds timeout)
{
    QList<FeedPoll> polls;
    for (const QString &feed : feeds) {
        const auto failed = [&](const Error &error) { polls.append({ feed, false, {}, error.text(), {} }); };
        if (Status added = log.add(feed); !added) {
            failed(added.error());
            continue;
        }
        const Result<QString> claim = log.claim(feed, holder, QDateTime::currentDateTimeUtc());
        if (!claim) {
            failed(claim.error());
            continue;
        }
        if (!claim->isEmpty()) {
            polls.append({ feed, false, {}, {}, *claim });
            continue;
        }
        // Read after the claim: what another client's poll took is in it.
        const Result<std::optional<QJsonObject>> stored = log.feed(feed);
        if (!stored) {
            failed(stored.error());
            (void)log.release(feed, holder);
            continue;
        }
        FeedState state = FeedState::fromJson(stored->value_or(QJsonObject()));
        FeedPoll poll = pollOne(store, feed, state, options, zone, timeout);
        if (Status kept = log.put(feed, state.toJson()); !kept && poll.error.isEmpty())
            poll.error = kept.error().text();
        (void)log.release(feed, holder);
        polls.append(std::move(poll));
    }
    return polls;
}

Status FeedImport::adoptFile(FeedLog &log, const QString &path)
{
    if (!QFile::exists(path))
        return {};
    const Result<QMap<QString, QJsonObject>> followed = log.feeds();
    if (!followed)
        return std::unexpected(followed.error());
    if (!followed->isEmpty())
        return {}; // the database has its own list: the file is an older copy
    const Result<FeedStates> states = FeedStates::load(path);
    if (!states)
        return std::unexpected(states.error());
    for (auto it = states->feeds.cbegin(); it != states->feeds.cend(); ++it) {
        if (Status put = log.put(it.key(), it.value().toJson()); !put)
            return put;
    }
    if (Status minutes = log.setPollMinutes(states->pollMinutes); !minutes)
        return minutes;
    // Kept, renamed, in case anything reads it; the database holds the list from now on.
    QFile::remove(path + QStringLiteral(".imported"));
    QFile::rename(path, path + QStringLiteral(".imported"));
    return {};
}

QString FeedImport::holder(const QString &userName)
{
    return tr("%1 on %2 (process %3)")
        .arg(userName, QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid());
}

Result<FeedStates> FeedImport::load(const FeedLog &log)
{
    const Result<QMap<QString, QJsonObject>> feeds = log.feeds();
    if (!feeds)
        return std::unexpected(feeds.error());
    const Result<int> minutes = log.pollMinutes();
    if (!minutes)
        return std::unexpected(minutes.error());
    FeedStates states;
    for (auto it = feeds->cbegin(); it != feeds->cend(); ++it)
        states.feeds.insert(it.key(), FeedState::fromJson(it.value()));
    states.pollMinutes = *minutes;
    return states;
}

QString FeedImport::logPathFor(const QString &databaseAddress)
{
    if (!ServerAddress::looksLikeServer(databaseAddress))
        return databaseAddress + QStringLiteral(".feeds.json");
    const QByteArray key
        = QCryptographicHash::hash(databaseAddress.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("feeds-%1.json").arg(QString::fromLatin1(key)));
}

} // namespace PortalDesk
