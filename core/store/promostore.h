#pragma once

// Promos by slot, in the order editors arranged them. Saves carry the version
// they started from, like articles.

#include "core/content/promo.h"
#include "core/store/database.h"

namespace PortalDesk {

class PromoStore
{
public:
    explicit PromoStore(DatabasePtr database);

    Result<QList<Promo>> list(const QString &slot = {}) const; // by slot, position
    Result<Promo> get(const QString &id) const;
    Result<Promo> create(Promo promo); // id assigned when empty; version 1
    Result<Promo> save(const Promo &promo); // promo.version = the version edited; Conflict if stale
    Status remove(const QString &id);
    Status reorder(const QString &slot, const QStringList &ids); // positions 1..n
    // Moves a promo from `fromSlot` to `row` of `toSlot` (the end when out of range)
    // and renumbers both slots 1..n, all in one transaction: on any refusal nothing
    // has moved. NotFound when the promo is gone, Conflict when it is no longer in `fromSlot`.
    Result<Promo> moveToSlot(const QString &id, const QString &fromSlot, const QString &toSlot, int row);

private:
    DatabasePtr m_database;
};

} // namespace PortalDesk
