// save_bench: many editors saving at once. Starts N client processes on one portal
// database; each edits its own article and saves it once a second for S seconds, as an
// editor pressing Ctrl+S would (read the article once, then save on top of the version the
// last save returned). Prints the save latency over all clients (p50, p95, max), the
// failed saves, and then checks the database: every client's article must hold exactly
// the saves that client saw confirmed (version and text), so a lost save is counted too.
// Meanwhile this process follows the portal as an open PortalDesk does (ChangeWatch) and
// times each save's arrival here: notification latency, from the save's return to the
// change signal. Not a test: it asserts nothing and prints numbers.
//
//   save_bench --db ADDRESS [--clients 20] [--seconds 60] [--locking]
//
// --locking: the newsroom's way. The clients share a quarter as many articles as there
// are clients; each second a client picks one, takes its edit lock (or finds a colleague
// holding it and moves on), reads it, adds a line, saves and lets go. Also prints the lock
// latency, and checks every confirmed save against History: the revision of the version
// the save returned must hold that client's line (a lost or silently overwritten edit
// would not).
//
// ADDRESS is a PostgreSQL URL or an SQLite file path (anything --db takes).

#include "core/content/article.h"
#include "core/store/articlestore.h"
#include "core/store/changewatch.h"
#include "core/store/database.h"
#include "core/store/editlocks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>

using namespace PortalDesk;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

QString articleId(int client)
{
    return QStringLiteral("save-bench-%1").arg(client, 2, 10, QLatin1Char('0'));
}

QString marker(int client, int save)
{
    return QStringLiteral("client %1, save %2").arg(client).arg(save);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

// Sleeps until the client's moment in second `tick`. Clients start spread over the first
// second, as editors do not press Ctrl+S in step.
void waitForTick(qint64 startMs, int index, int tick)
{
    const qint64 offset = qint64(index) * 1000 / 20 % 1000;
    const qint64 wait = startMs + offset + qint64(tick) * 1000 - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(quint64(wait));
}

// One client process. Prints "ok MS" or "failed MS MESSAGE" per save, then "saved N".
int client(const QString &address, int index, int seconds, qint64 startMs)
{
    auto opened = Database::open(
        address, Database::Options { .serverSchema = Database::Options::ServerSchema::Leave });
    if (!opened) {
        out << "failed 0 " << opened.error().text() << Qt::endl;
        return 1;
    }
    ArticleStore store(*opened);
    auto article = store.get(articleId(index));
    if (!article) {
        out << "failed 0 " << article.error().text() << Qt::endl;
        return 1;
    }
    const QString original = article->body;
    int saved = 0;
    for (int tick = 0; tick < seconds; ++tick) {
        waitForTick(startMs, index, tick);
        Article edited = *article;
        edited.body = original + QStringLiteral("\n\n") + marker(index, saved + 1);
        QElapsedTimer timer;
        const qint64 began = QDateTime::currentMSecsSinceEpoch();
        timer.start();
        const SaveResult result = store.save(edited);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (result) {
            *article = *result;
            ++saved;
            out << "ok " << ms << ' ' << began << ' ' << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
        } else {
            out << "failed " << ms << ' ' << result.error().error.text() << Qt::endl;
        }
    }
    out << "saved " << saved << Qt::endl;
    return 0;
}

QString sharedId(int article)
{
    return QStringLiteral("lock-bench-%1").arg(article, 2, 10, QLatin1Char('0'));
}

// One client of the --locking run. Prints "ok SAVE_MS BEGAN RETURNED ARTICLE VERSION LOCK_MS",
// "busy LOCK_MS" when a colleague held the lock, "failed MS MESSAGE", then "saved N".
int lockingClient(const QString &address, int index, int seconds, qint64 startMs, int articles, int editMs)
{
    auto opened = Database::open(
        address, Database::Options { .serverSchema = Database::Options::ServerSchema::Leave });
    if (!opened) {
        out << "failed 0 " << opened.error().text() << Qt::endl;
        return 1;
    }
    (*opened)->setUserName(QStringLiteral("client-%1").arg(index));
    ArticleStore store(*opened);
    EditLocks locks(*opened);
    int saved = 0;
    for (int tick = 0; tick < seconds; ++tick) {
        waitForTick(startMs, index, tick);
        const QString id = sharedId((index + tick) % articles);
        QElapsedTimer lockTimer;
        lockTimer.start();
        auto lock = locks.take(id);
        const double lockMs = double(lockTimer.nsecsElapsed()) / 1e6;
        if (!lock) {
            out << (lock.error().code == Error::Code::Conflict ? "busy " : "failed ") << lockMs << ' '
                << lock.error().text() << Qt::endl;
            continue;
        }
        auto article = store.get(id);
        if (!article) {
            out << "failed 0 " << article.error().text() << Qt::endl;
            (void)locks.release(id);
            continue;
        }
        QThread::msleep(quint64(editMs)); // typing, with the article locked
        Article edited = *article;
        edited.body += QStringLiteral("\n\n") + marker(index, saved + 1);
        QElapsedTimer timer;
        const qint64 began = QDateTime::currentMSecsSinceEpoch();
        timer.start();
        const SaveResult result = store.save(edited);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (result) {
            ++saved;
            out << "ok " << ms << ' ' << began << ' ' << QDateTime::currentMSecsSinceEpoch() << ' ' << id
                << ' ' << result->version << ' ' << lockMs << Qt::endl;
        } else {
            out << "failed " << ms << ' ' << result.error().error.text() << Qt::endl;
        }
        (void)locks.release(id);
    }
    out << "saved " << saved << Qt::endl;
    return 0;
}

QList<QProcess *> startClients(QCoreApplication &app, const QString &address, int clients, int seconds,
    bool locking, qint64 start, int editMs = 0)
{
    QList<QProcess *> processes;
    for (int i = 0; i < clients; ++i) {
        auto *process = new QProcess(&app);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments { QStringLiteral("--db"), address, QStringLiteral("--client"),
            QString::number(i), QStringLiteral("--seconds"), QString::number(seconds),
            QStringLiteral("--start"), QString::number(start), QStringLiteral("--clients"),
            QString::number(clients) };
        if (locking)
            arguments << QStringLiteral("--locking") << QStringLiteral("--edit-ms")
                      << QString::number(editMs);
        process->start(app.applicationFilePath(), arguments);
        processes.append(process);
    }
    return processes;
}

QString milliseconds(const QList<double> &values)
{
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms")
        .arg(QString::number(percentile(values, 0.5), 'f', 1),
            QString::number(percentile(values, 0.95), 'f', 1),
            QString::number(percentile(values, 1.0), 'f', 1));
}

int runLocking(QCoreApplication &app, const DatabasePtr &database, const QString &address, int clients,
    int seconds, int articles, int editMs)
{
    ArticleStore store(database);
    for (int i = 0; i < articles; ++i) {
        if (store.get(sharedId(i)))
            continue;
        Article draft;
        draft.id = sharedId(i);
        draft.headline = QStringLiteral("多人輪流編輯測試 %1").arg(i);
        draft.body = QStringLiteral("每位編輯先鎖定，再修改及儲存。");
        if (auto created = store.create(draft); !created) {
            err << draft.id << ": " << created.error().error.text() << Qt::endl;
            return 1;
        }
    }
    out << clients << " clients sharing " << articles << " articles for " << seconds
        << " s, each edit holding the article's lock for " << editMs << " ms before it saves, on "
        << (database->kind() == Database::Kind::Postgres ? "PostgreSQL" : "SQLite") << Qt::endl;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + 2000;
    const QList<QProcess *> processes = startClients(app, address, clients, seconds, true, start, editMs);
    QHash<QString, QList<qint64>> arrivals;
    ChangeWatch watch(database);
    if (auto watching = watch.start(); !watching) {
        err << watching.error().text() << Qt::endl;
        return 1;
    }
    QObject::connect(database.get(), &Database::articlesChanged, &app, [&](const QStringList &ids) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < articles; ++i) {
            if (ids.isEmpty() || ids.contains(sharedId(i)))
                arrivals[sharedId(i)].append(now);
        }
    });
    int running = clients;
    for (QProcess *process : processes)
        QObject::connect(process, &QProcess::finished, &app, [&] {
            if (--running == 0)
                QTimer::singleShot(2 * ChangeWatch::PollMs, &app, &QCoreApplication::quit);
        });
    QTimer::singleShot(qint64(seconds + 120) * 1000, &app, &QCoreApplication::quit);
    app.exec();

    QList<double> saves, lockTimes, notified;
    int busy = 0, unheard = 0, lost = 0;
    QStringList failures;
    for (int i = 0; i < clients; ++i) {
        const QStringList lines
            = QString::fromUtf8(processes.at(i)->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        int confirmed = 0;
        for (const QString &line : lines) {
            const QStringList words = line.split(u' ');
            if (words.value(0) == u"ok") {
                ++confirmed;
                saves.append(words.value(1).toDouble());
                lockTimes.append(words.value(6).toDouble());
                const QString id = words.value(4);
                const QList<qint64> heard = arrivals.value(id);
                const auto first
                    = std::lower_bound(heard.cbegin(), heard.cend(), words.value(2).toLongLong());
                if (first == heard.cend())
                    ++unheard;
                else
                    notified.append(double(std::max<qint64>(0, *first - words.value(3).toLongLong())));
                // History must hold this very save: its version, with this client's line last.
                bool found = false;
                for (const Revision &revision : store.revisions(id).value_or(QList<Revision> {})) {
                    if (revision.version != words.value(5).toInt())
                        continue;
                    auto text = store.revision(revision.id);
                    found = text && text->body.endsWith(marker(i, confirmed));
                    break;
                }
                if (!found) {
                    ++lost;
                    err << id << " version " << words.value(5) << ": client " << i << "'s save " << confirmed
                        << " is not in History" << Qt::endl;
                }
            } else if (words.value(0) == u"busy") {
                ++busy;
                lockTimes.append(words.value(1).toDouble());
            } else if (words.value(0) == u"failed") {
                failures.append(QStringLiteral("client %1: %2").arg(i).arg(line.section(u' ', 2)));
            }
        }
    }
    for (const QString &failure : std::as_const(failures))
        err << failure << Qt::endl;
    out << "saves: " << saves.size() << " confirmed, " << busy << " found the article locked by a colleague, "
        << failures.size() << " failed; " << lost
        << " confirmed saves missing from History (lost or overwritten)" << Qt::endl;
    out << "lock (take): " << milliseconds(lockTimes) << Qt::endl;
    out << "save: " << milliseconds(saves) << Qt::endl;
    out << "notification here (save returned → change signal): " << milliseconds(notified) << "; " << unheard
        << " never signalled (goal: p95 under 250 ms)" << Qt::endl;
    return failures.isEmpty() && lost == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Portal database."), QStringLiteral("ADDRESS"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
        QStringLiteral("Client processes (20)."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
        QStringLiteral("How long each saves (60)."), QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption clientOption(
        QStringLiteral("client"), QStringLiteral("(internal)"), QStringLiteral("I"));
    const QCommandLineOption startOption(
        QStringLiteral("start"), QStringLiteral("(internal)"), QStringLiteral("MS"));
    const QCommandLineOption lockingOption(QStringLiteral("locking"),
        QStringLiteral("Shared articles, each save under its edit lock (see the header)."));
    const QCommandLineOption editOption(QStringLiteral("edit-ms"),
        QStringLiteral("--locking: how long each edit holds the lock before saving (300)."),
        QStringLiteral("MS"), QStringLiteral("300"));
    parser.addOptions(
        { dbOption, clientsOption, secondsOption, clientOption, startOption, lockingOption, editOption });
    parser.process(app);
    const QString address = parser.value(dbOption);
    const int clients = std::clamp(parser.value(clientsOption).toInt(), 1, 99);
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    if (address.isEmpty()) {
        err << "save_bench: --db ADDRESS is required" << Qt::endl;
        return 2;
    }
    const bool locking = parser.isSet(lockingOption);
    const int sharedArticles = std::max(1, clients / 4);
    if (parser.isSet(clientOption) && locking)
        return lockingClient(address, parser.value(clientOption).toInt(), seconds,
            parser.value(startOption).toLongLong(), sharedArticles,
            std::clamp(parser.value(editOption).toInt(), 0, 900));
    if (parser.isSet(clientOption))
        return client(
            address, parser.value(clientOption).toInt(), seconds, parser.value(startOption).toLongLong());

    auto opened = Database::open(address);
    if (!opened) {
        err << address << ": " << opened.error().text() << Qt::endl;
        return 1;
    }
    ArticleStore store(*opened);
    if (locking)
        return runLocking(app, *opened, address, clients, seconds, sharedArticles,
            std::clamp(parser.value(editOption).toInt(), 0, 900));
    QList<int> startVersions;
    for (int i = 0; i < clients; ++i) {
        auto existing = store.get(articleId(i));
        if (existing) {
            startVersions.append(existing->version);
            continue;
        }
        Article draft;
        draft.id = articleId(i);
        draft.headline = QStringLiteral("多人同時儲存測試 %1").arg(i);
        draft.body = QStringLiteral("每位編輯每秒儲存一次。");
        auto created = store.create(draft);
        if (!created) {
            err << draft.id << ": " << created.error().error.text() << Qt::endl;
            return 1;
        }
        startVersions.append(created->version);
    }

    out << clients << " clients, each saving one article once a second for " << seconds << " s on "
        << ((*opened)->kind() == Database::Kind::Postgres ? "PostgreSQL" : "SQLite") << Qt::endl;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + 2000; // time for every client to connect
    const QList<QProcess *> processes = startClients(app, address, clients, seconds, false, start);
    // Every change signal here, with when it came, while the clients run.
    QHash<QString, QList<qint64>> arrivals;
    ChangeWatch watch(*opened);
    if (auto watching = watch.start(); !watching) {
        err << watching.error().text() << Qt::endl;
        return 1;
    }
    QObject::connect((*opened).get(), &Database::articlesChanged, &app, [&](const QStringList &ids) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < clients; ++i) {
            if (ids.isEmpty() || ids.contains(articleId(i)))
                arrivals[articleId(i)].append(now);
        }
    });
    int running = clients;
    for (QProcess *process : std::as_const(processes))
        QObject::connect(process, &QProcess::finished, &app, [&] {
            if (--running == 0) // the last saves' signals are still on their way
                QTimer::singleShot(2 * ChangeWatch::PollMs, &app, &QCoreApplication::quit);
        });
    QTimer::singleShot(qint64(seconds + 120) * 1000, &app, &QCoreApplication::quit);
    app.exec();

    QList<double> latencies;
    QList<double> notified;
    qsizetype unheard = 0;
    QStringList failures;
    QList<int> confirmed(clients, -1);
    for (int i = 0; i < clients; ++i) {
        QProcess *process = processes.at(i);
        const QStringList lines
            = QString::fromUtf8(process->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        const QList<qint64> heard = arrivals.value(articleId(i));
        for (const QString &line : lines) {
            const QStringList words = line.split(u' ');
            if (words.value(0) == u"ok") {
                latencies.append(words.value(1).toDouble());
                // The first signal for this article after the save began is this save's.
                const qint64 returned = words.value(3).toLongLong();
                const auto first
                    = std::lower_bound(heard.cbegin(), heard.cend(), words.value(2).toLongLong());
                if (first == heard.cend())
                    ++unheard;
                else
                    notified.append(double(std::max<qint64>(0, *first - returned)));
            } else if (words.value(0) == u"failed")
                failures.append(QStringLiteral("client %1: %2").arg(i).arg(line.section(u' ', 2)));
            else if (words.value(0) == u"saved")
                confirmed[i] = words.value(1).toInt();
        }
        if (confirmed.at(i) < 0)
            failures.append(
                QStringLiteral("client %1 ended without a count (exit %2)").arg(i).arg(process->exitCode()));
    }

    // Every confirmed save must be in the database: the version counts them and the body ends
    // with the last one's marker.
    int lost = 0;
    for (int i = 0; i < clients; ++i) {
        auto stored = store.get(articleId(i));
        const int saves = std::max(0, confirmed.at(i));
        const bool whole = stored && stored->version == startVersions.at(i) + saves
            && (saves == 0 || stored->body.endsWith(marker(i, saves)));
        if (!whole) {
            ++lost;
            err << articleId(i) << ": " << saves << " saves confirmed, but the database holds version "
                << (stored ? stored->version : -1) << Qt::endl;
        }
    }
    for (const QString &failure : std::as_const(failures))
        err << failure << Qt::endl;
    out << "saves: " << latencies.size() << " confirmed, " << failures.size() << " failed, " << lost
        << " articles missing a confirmed save" << Qt::endl;
    out << "save latency: p50 " << QString::number(percentile(latencies, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(percentile(latencies, 0.95), 'f', 1) << " ms, max "
        << QString::number(percentile(latencies, 1.0), 'f', 1) << " ms (goal: p95 under 50 ms)" << Qt::endl;
    out << "notification latency here (save returned → change signal): p50 "
        << QString::number(percentile(notified, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(percentile(notified, 0.95), 'f', 1) << " ms, max "
        << QString::number(percentile(notified, 1.0), 'f', 1) << " ms; " << unheard
        << " saves never signalled (goal: p95 under 250 ms)" << Qt::endl;
    return failures.isEmpty() && lost == 0 ? 0 : 1;
}
