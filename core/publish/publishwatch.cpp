#include "core/publish/publishwatch.h"

#include "core/exchange/contentjson.h"
#include "core/render/portalsnapshot.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace PortalDesk {

namespace {

QString joinedSample(const QStringList &items)
{
    constexpr qsizetype shown = 3;
    QString text = items.mid(0, shown).join(QStringLiteral(", "));
    if (items.size() > shown)
        text += QStringLiteral(" and %1 more").arg(items.size() - shown);
    return text;
}

} // namespace

QString WatchStep::text() const
{
    switch (kind) {
    case Kind::Published:
        return QStringLiteral("published (%1): %2")
            .arg(reason, outcome ? outcome->published.summary() : QString());
    case Kind::Unchanged:
        return QStringLiteral("nothing came due");
    case Kind::StandingBy:
        return QStringLiteral("standing by: %1").arg(reason);
    case Kind::Failed:
        return QStringLiteral("failed: %1").arg(reason);
    }
    return {};
}

PublishWatch::PublishWatch(DatabasePtr database, PublishTarget target, Options options)
    : m_database(std::move(database))
    , m_target(std::move(target))
    , m_options(std::move(options))
{
    if (m_options.exportOptions.outFolder.isEmpty())
        m_options.exportOptions.outFolder = bundleFolderFor(m_database, m_target);
    if (m_options.stateFile.isEmpty())
        m_options.stateFile = m_options.exportOptions.outFolder + QStringLiteral(".watch.json");
}

Result<PublishWatch::Seen> PublishWatch::look(const QDateTime &now) const
{
    auto snapshot = PortalSnapshot::load(m_database, now, PortalSnapshot::Articles::Summaries);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    Seen seen;
    QCryptographicHash content(QCryptographicHash::Sha256);
    for (const Article &article : std::as_const(snapshot->articles)) {
        seen.live.append(QStringLiteral("article ") + article.id);
        content.addData(QStringLiteral("a %1 %2\n").arg(article.id).arg(article.version).toUtf8());
    }
    for (const Promo &promo : std::as_const(snapshot->promos)) {
        seen.live.append(QStringLiteral("promo ") + promo.id);
        content.addData(QStringLiteral("p %1 %2\n").arg(promo.id).arg(promo.version).toUtf8());
    }
    Portal portal = snapshot->portal;
    portal.publishTargets.clear(); // not on any page
    content.addData(QJsonDocument(ContentJson::toJson(portal)).toJson(QJsonDocument::Compact));
    for (const QList<Category> *categories : { &snapshot->sections, &snapshot->columns }) {
        for (const Category &category : *categories)
            content.addData(QJsonDocument(ContentJson::toJson(category)).toJson(QJsonDocument::Compact));
        content.addData("|");
    }
    seen.live.sort();
    seen.content = content.result().toHex();
    return seen;
}

std::optional<PublishWatch::Seen> PublishWatch::loadState() const
{
    QFile file(m_options.stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.value(QStringLiteral("target")).toString() != m_target.toString())
        return std::nullopt; // another target's: publish there afresh
    Seen seen;
    for (const QJsonValue &item : object.value(QStringLiteral("live")).toArray())
        seen.live.append(item.toString());
    seen.content = object.value(QStringLiteral("content")).toString().toLatin1();
    return seen;
}

Status PublishWatch::saveState(const Seen &seen, const QString &release) const
{
    QSaveFile file(m_options.stateFile);
    const QJsonObject object { { QStringLiteral("target"), m_target.toString() },
        { QStringLiteral("release"), release },
        { QStringLiteral("live"), QJsonArray::fromStringList(seen.live) },
        { QStringLiteral("content"), QString::fromLatin1(seen.content) } };
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit())
        return fail(Error::Code::Io,
            QStringLiteral("cannot write the watch state %1: %2")
                .arg(m_options.stateFile, file.errorString()));
    return {};
}

// The database failed: on a newsroom server the session may be gone, and the watch lock with
// it, so the next step reconnects and takes the lock again before it publishes anything.
void PublishWatch::lostTouch(const Error &error)
{
    if (error.code != Error::Code::Database)
        return;
    m_lock.reset();
    m_database->reconnect();
}

WatchStep PublishWatch::step(const QDateTime &now)
{
    WatchStep result;
    if (!m_lock) {
        auto lock = ExportLock::take(m_database, ExportLock::Purpose::Watch);
        if (!lock) {
            result.kind = lock.error().code == Error::Code::Conflict ? WatchStep::Kind::StandingBy
                                                                     : WatchStep::Kind::Failed;
            result.reason = lock.error().text();
            return result;
        }
        m_lock.emplace(std::move(*lock));
    }
    const auto seen = look(now);
    if (!seen) {
        result.kind = WatchStep::Kind::Failed;
        result.reason = seen.error().text();
        lostTouch(seen.error());
        return result;
    }
    const std::optional<Seen> last = loadState();
    if (last) {
        const bool liveChanged = last->live != seen->live;
        const bool contentChanged = last->content != seen->content;
        if (!liveChanged && !(m_options.onChange && contentChanged))
            return result; // Unchanged
        QStringList came;
        QStringList went;
        for (const QString &item : seen->live) {
            if (!std::binary_search(last->live.cbegin(), last->live.cend(), item))
                came.append(item);
        }
        for (const QString &item : last->live) {
            if (!std::binary_search(seen->live.cbegin(), seen->live.cend(), item))
                went.append(item);
        }
        QStringList parts;
        if (!came.isEmpty())
            parts.append(QStringLiteral("came live: %1").arg(joinedSample(came)));
        if (!went.isEmpty())
            parts.append(QStringLiteral("went off: %1").arg(joinedSample(went)));
        if (parts.isEmpty())
            parts.append(QStringLiteral("what is live was edited"));
        result.reason = parts.join(QStringLiteral("; "));
    } else {
        result.reason = QStringLiteral("first publish of this watch");
    }

    ExportOptions exportOptions = m_options.exportOptions;
    exportOptions.at = now;
    auto outcome = publishPortal(m_database, m_target, exportOptions, m_options.publishOptions);
    if (!outcome) {
        result.kind = WatchStep::Kind::Failed;
        result.reason = outcome.error().text();
        lostTouch(outcome.error());
        return result;
    }
    result.kind = WatchStep::Kind::Published;
    result.outcome = *outcome;
    if (auto saved = saveState(*seen, outcome->published.release); !saved) {
        // Live all the same; the next step publishes again rather than miss anything.
        result.reason += QStringLiteral("; ") + saved.error().text();
    }
    return result;
}

} // namespace PortalDesk
