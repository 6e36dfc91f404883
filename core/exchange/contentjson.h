#pragma once

// Content values as JSON objects in the portaldesk/1 interchange shape. Used by
// dump/load and by article revisions (whose snapshots are these objects).
// Readers check every field's type and report the field by name.

#include "core/content/article.h"
#include "core/content/category.h"
#include "core/content/portal.h"
#include "core/content/promo.h"
#include "core/error.h"

#include <QJsonObject>

namespace PortalDesk::ContentJson {

QJsonObject toJson(const Article &article);
QJsonObject toJson(const Promo &promo);
QJsonObject toJson(const Category &category);
QJsonObject toJson(const Portal &portal);
QJsonObject toJson(const LocalizedText &text);

Result<Article> articleFromJson(const QJsonObject &object);
Result<Promo> promoFromJson(const QJsonObject &object);
Result<Category> categoryFromJson(const QJsonObject &object);
Result<Portal> portalFromJson(const QJsonObject &object);

} // namespace PortalDesk::ContentJson
