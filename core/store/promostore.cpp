#include "core/store/promostore.h"

#include "core/content/rules.h"
#include "core/search/searchrows.h"
#include "core/store/articlestore.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <algorithm>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::PromoStore", text);
}

const QString selectPromo = QStringLiteral(
    "SELECT id, slot, kicker, text, call_to_action, link, image, language, start_at, "
    "end_at, position, enabled, version, zh_hans_kicker, zh_hans_text, zh_hans_call_to_action "
    "FROM promos");

Promo promoFrom(const QSqlQuery &q)
{
    Promo p;
    p.id = q.value(0).toString();
    p.slot = q.value(1).toString();
    p.kicker = q.value(2).toString();
    p.text = q.value(3).toString();
    p.callToAction = q.value(4).toString();
    p.link = q.value(5).toString();
    p.image = q.value(6).toString();
    p.language = languageFromTag(q.value(7).toString()).value_or(Language::ZhHantHK);
    p.startsAt = Sql::toTime(q.value(8));
    p.endsAt = Sql::toTime(q.value(9));
    p.position = q.value(10).toInt();
    p.enabled = q.value(11).toBool();
    p.version = q.value(12).toInt();
    p.simplifiedOverride.kicker = q.value(13).toString();
    p.simplifiedOverride.text = q.value(14).toString();
    p.simplifiedOverride.callToAction = q.value(15).toString();
    return p;
}

QVariantList fields(const Promo &p)
{
    return { p.slot, Sql::notNull(p.kicker), p.text, Sql::notNull(p.callToAction), p.link,
        Sql::nullIfEmpty(p.image), languageTag(p.language), Sql::fromTime(p.startsAt),
        Sql::fromTime(p.endsAt), p.position, p.enabled ? 1 : 0, Sql::nullIfEmpty(p.simplifiedOverride.kicker),
        Sql::nullIfEmpty(p.simplifiedOverride.text), Sql::nullIfEmpty(p.simplifiedOverride.callToAction) };
}

// Positions 1..n in the order of `ids`, inside the caller's transaction.
Status renumber(const QSqlDatabase &db, const QString &slot, const QStringList &ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto done = Sql::run(db,
            QStringLiteral("UPDATE promos SET position = ?, version = version + 1 WHERE id = ? AND slot = ?"),
            { int(i + 1), ids.at(i), slot });
        if (!done)
            return std::unexpected(done.error());
    }
    return {};
}

Result<QStringList> idsIn(const QSqlDatabase &db, const QString &slot)
{
    auto query = Sql::run(
        db, QStringLiteral("SELECT id FROM promos WHERE slot = ? ORDER BY position, id"), { slot });
    if (!query)
        return std::unexpected(query.error());
    QStringList ids;
    while (query->next())
        ids.append(query->value(0).toString());
    return ids;
}

} // namespace

PromoStore::PromoStore(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QList<Promo>> PromoStore::list(const QString &slot) const
{
    auto query = slot.isEmpty()
        ? Sql::run(Sql::connection(*m_database), selectPromo + QStringLiteral(" ORDER BY slot, position, id"))
        : Sql::run(Sql::connection(*m_database),
            selectPromo + QStringLiteral(" WHERE slot = ? ORDER BY position, id"), { slot });
    if (!query)
        return std::unexpected(query.error());
    QList<Promo> promos;
    while (query->next())
        promos.append(promoFrom(*query));
    return promos;
}

Result<Promo> PromoStore::get(const QString &id) const
{
    auto query
        = Sql::run(Sql::connection(*m_database), selectPromo + QStringLiteral(" WHERE id = ?"), { id });
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(Error::Code::NotFound, tr("there is no promo “%1”").arg(id));
    return promoFrom(*query);
}

Result<Promo> PromoStore::create(Promo promo)
{
    if (promo.id.isEmpty())
        promo.id = ArticleStore::newId();
    if (const QList<Error> problems = validate(promo); !problems.isEmpty())
        return std::unexpected(problems.first());
    promo.version = 1;
    QVariantList bindings { promo.id };
    bindings += fields(promo);
    bindings << promo.version;
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral(
            "INSERT INTO promos (id, slot, kicker, text, call_to_action, link, image, language,"
            " start_at, end_at, position, enabled, zh_hans_kicker, zh_hans_text, zh_hans_call_to_action,"
            " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        bindings);
    if (!done) {
        if (get(promo.id))
            return std::unexpected(Error::invalid(
                QStringLiteral("id"), tr("a promo with id “%1” already exists").arg(promo.id)));
        return std::unexpected(done.error());
    }
    if (auto indexed = SearchRows::putPromo(Sql::connection(*m_database), promo); !indexed)
        return std::unexpected(indexed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    emit m_database->promosChanged();
    return promo;
}

Result<Promo> PromoStore::save(const Promo &promo)
{
    if (const QList<Error> problems = validate(promo); !problems.isEmpty())
        return std::unexpected(problems.first());
    QVariantList bindings = fields(promo);
    bindings << promo.id << promo.version;
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto done = Sql::run(Sql::connection(*m_database),
        QStringLiteral(
            "UPDATE promos SET slot = ?, kicker = ?, text = ?, call_to_action = ?, link = ?, image = ?,"
            " language = ?, start_at = ?, end_at = ?, position = ?, enabled = ?, zh_hans_kicker = ?,"
            " zh_hans_text = ?, zh_hans_call_to_action = ?, version = version + 1"
            " WHERE id = ? AND version = ?"),
        bindings);
    if (!done)
        return std::unexpected(done.error());
    if (done->numRowsAffected() != 1) {
        if (auto current = get(promo.id); current)
            return fail(Error::Code::Conflict,
                tr("someone changed this promo (now version %1) after you opened it").arg(current->version));
        return fail(Error::Code::NotFound, tr("promo “%1” no longer exists").arg(promo.id));
    }
    if (auto indexed = SearchRows::putPromo(Sql::connection(*m_database), promo); !indexed)
        return std::unexpected(indexed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    emit m_database->promosChanged();
    Promo saved = promo;
    saved.version = promo.version + 1;
    return saved;
}

Status PromoStore::remove(const QString &id)
{
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto done
        = Sql::run(Sql::connection(*m_database), QStringLiteral("DELETE FROM promos WHERE id = ?"), { id });
    if (!done)
        return std::unexpected(done.error());
    if (done->numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("there is no promo “%1”").arg(id));
    if (auto unindexed = SearchRows::removePromo(Sql::connection(*m_database), id); !unindexed)
        return unindexed;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit m_database->promosChanged();
    return {};
}

Status PromoStore::reorder(const QString &slot, const QStringList &ids)
{
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return transaction.begun();
    if (auto numbered = renumber(Sql::connection(*m_database), slot, ids); !numbered)
        return numbered;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit m_database->promosChanged();
    return {};
}

Result<Promo> PromoStore::moveToSlot(
    const QString &id, const QString &fromSlot, const QString &toSlot, int row)
{
    if (fromSlot == toSlot)
        return std::unexpected(
            Error::invalid(QStringLiteral("slot"), tr("the promo is already in that slot")));
    const QSqlDatabase db = Sql::connection(*m_database);
    Sql::Transaction transaction(*m_database);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto promo = get(id);
    if (!promo)
        return std::unexpected(promo.error());
    if (promo->slot != fromSlot)
        return fail(Error::Code::Conflict,
            tr("someone moved promo “%1” to slot “%2” in the meantime").arg(id, promo->slot));
    auto there = idsIn(db, toSlot);
    if (!there)
        return std::unexpected(there.error());
    there->insert(std::clamp(row, 0, int(there->size())), id);
    auto moved = Sql::run(
        db, QStringLiteral("UPDATE promos SET slot = ? WHERE id = ? AND slot = ?"), { toSlot, id, fromSlot });
    if (!moved)
        return std::unexpected(moved.error());
    auto left = idsIn(db, fromSlot);
    if (!left)
        return std::unexpected(left.error());
    if (auto numbered = renumber(db, toSlot, *there); !numbered)
        return std::unexpected(numbered.error());
    if (auto numbered = renumber(db, fromSlot, *left); !numbered)
        return std::unexpected(numbered.error());
    auto stored = get(id);
    if (!stored)
        return stored;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    emit m_database->promosChanged();
    return stored;
}

} // namespace PortalDesk
