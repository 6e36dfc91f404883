#pragma once

// Sections or topic columns: the ordered lists the navigation and sidebar show.

#include "core/content/category.h"
#include "core/store/database.h"

namespace PortalDesk {

class CategoryStore
{
public:
    enum class Kind { Sections, Columns };

    CategoryStore(DatabasePtr database, Kind kind);

    Result<QList<Category>> list() const; // by position, then key
    Status put(const Category &category); // adds, or updates the one with the same key
    Status remove(const QString &key);
    Status reorder(const QStringList &keys); // positions 1..n in the given order

private:
    QString table() const;
    Status followSections() const; // the articles' copies of section positions

    DatabasePtr m_database;
    Kind m_kind;
};

} // namespace PortalDesk
