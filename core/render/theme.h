#pragma once

// A theme folder: Mustache templates for the layout and each kind of page,
// partials, and static assets. Loaded once, then rendered from any thread.

#include "core/error.h"
#include "core/store/database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <memory>

namespace PortalDesk {

class TemplateValues;

class Theme
{
public:
    enum class Page { Front, Section, Article, NotFound };

    // Reads every template and asset; a missing or broken template is an error naming it.
    static Result<Theme> load(const QString &folder);
    // The theme shipped with PortalDesk.
    static QString defaultFolder();
    // This theme with the portal's own logo (any picture Qt reads) as assets/logo.png and the
    // favicon and touch icon made from it; refused when the picture cannot be read.
    Result<Theme> withLogo(const QByteArray &picture) const;
    // withLogo() with the picture `logo` names in `database`'s media store (Portal::logo);
    // this theme as it is when `logo` is empty. The error names the logo.
    Result<Theme> withPortalLogo(const DatabasePtr &database, const QString &logo) const;

    // The page template rendered with `context`, placed in the layout as {{{content}}},
    // with the Content-Security-Policy meta inserted first in <head>.
    Result<QString> render(Page page, const QJsonObject &context) const;

    // Values many pages share (one edition's chrome at one folder depth), turned
    // into template data once; a page's own values sit on top and win on a clash.
    class Shared;
    std::shared_ptr<const Shared> prepare(const QJsonObject &values) const;
    // As render(), in UTF-8 as it goes to disk, with `shared` values beneath the page's own.
    Result<QByteArray> renderUtf8(
        Page page, const QJsonObject &context, const Shared *shared = nullptr) const;
    Result<QByteArray> renderUtf8(Page page, TemplateValues values, const Shared *shared) const;

    // False only for NotFound, whose template (404.mustache) a theme may leave out.
    bool has(Page page) const;

    // Asset file name (e.g. "style.css") → bytes.
    const QMap<QString, QByteArray> &assets() const { return m_assets; }
    // A hash of every template and asset, for incremental export.
    QByteArray fingerprint() const { return m_fingerprint; }
    QString folder() const { return m_folder; }

    static const QString contentSecurityPolicy;

private:
    const std::string &templateText(const QString &name) const; // empty when there is none

    QString m_folder;
    QMap<QString, std::string> m_templates; // "layout", "front", …, "partials/header"
    QMap<QString, QByteArray> m_assets;
    QByteArray m_fingerprint;
};

} // namespace PortalDesk
